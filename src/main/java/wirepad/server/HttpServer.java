package wirepad.server;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import wirepad.http.HttpMessage;
import wirepad.http.MessageParser;
import wirepad.http.ParseResult;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Ledger;
import wirepad.net.NetException;

/**
 * A small HTTP/1.1 server for the playground: strict parsing, keep-alive, pipelined requests
 * answered in order, a 400 that explains the error (then close), idle timeout, a connection cap
 * (over it, a 503 that says so, then close).
 * Every connection is recorded in a {@link Ledger}; {@code onEvent} hears each request raw.
 * Binds 127.0.0.1 unless told otherwise.
 */
public final class HttpServer implements Closeable {
    /** Server settings: bind address, port (0 = ephemeral), idle timeout, connection cap, parser profile. */
    public record Options(String bind, int port, int idleMs, int maxConnections, ParserOptions profile) {
        public static Options loopback(int port) { return new Options("127.0.0.1", port, 30_000, 64, ParserOptions.STRICT); }

        public Options withBind(String b) { return new Options(b, port, idleMs, maxConnections, profile); }

        public Options withIdle(int ms) { return new Options(bind, port, ms, maxConnections, profile); }

        public Options withProfile(ParserOptions p) { return new Options(bind, port, idleMs, maxConnections, p); }

        public Options withMaxConnections(int n) { return new Options(bind, port, idleMs, n, profile); }
    }

    private static final int KEPT_LEDGERS = 100;
    /** Connections over the cap being answered 503 at once; past this they are closed unanswered. */
    private static final int REFUSING = 8;
    /** How long a refused connection may keep sending before it is closed (its request is read and dropped). */
    private static final int REFUSE_DRAIN_MS = 1000;

    private final String name;
    private final Handler handler;
    private final Options o;
    private final Clock clock;
    private final Consumer<String> onEvent;
    private final ServerSocket listener;
    private final Semaphore slots;
    private final Semaphore refusing = new Semaphore(REFUSING);
    private final AtomicInteger ids = new AtomicInteger();
    private final ArrayDeque<Ledger> ledgers = new ArrayDeque<>();
    private final ArrayDeque<Socket> open = new ArrayDeque<>();
    private volatile boolean closed;
    private final wirepad.net.WriteGuard guard = new wirepad.net.WriteGuard();
    /** Counted down by {@link #close()}: streaming replies pause on it, so stopping never waits for them. */
    private final java.util.concurrent.CountDownLatch stopping = new java.util.concurrent.CountDownLatch(1);

    private HttpServer(String name, Handler h, Options o, Clock clock, Consumer<String> onEvent, ServerSocket s) {
        this.name = name;
        this.handler = h;
        this.o = o;
        this.clock = clock;
        this.onEvent = onEvent;
        this.listener = s;
        this.slots = new Semaphore(o.maxConnections());
    }

    public static HttpServer start(String name, Handler h, Options o, Clock clock, Consumer<String> onEvent) throws NetException {
        if (o.maxConnections() < 1) throw new NetException("the connection limit must be 1 or more, not " + o.maxConnections());
        ServerSocket s;
        InetAddress addr = null;
        try {
            addr = InetAddress.getByName(o.bind());
            s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(addr, o.port()), 128);
        } catch (BindException e) {
            throw new NetException("cannot listen on " + o.bind() + ":" + o.port() + ": " + e.getMessage() + bindHint(addr, o));
        } catch (IOException e) {
            throw new NetException("cannot listen on " + o.bind() + ":" + o.port() + ": " + e.getMessage());
        }
        HttpServer srv = new HttpServer(name, h, o, clock, onEvent, s);
        Thread t = new Thread(srv::acceptLoop, "wirepad-" + name + "-accept");
        t.setDaemon(true);
        t.start();
        return srv;
    }

    /** Why a bind failed, as far as can be told: a foreign address, a privileged port, or a port in use. */
    static String bindHint(InetAddress addr, Options o) {
        if (addr != null && !addr.isAnyLocalAddress() && !isLocal(addr))
            return " (" + o.bind() + " is not an address of this machine; 127.0.0.1 is loopback only, 0.0.0.0 every interface)";
        if (o.port() != 0 && o.port() < 1024) return " (ports below 1024 need privileges)";
        return " (is another server using it? port 0 picks a free one)";
    }

    private static boolean isLocal(InetAddress a) {
        if (a.isLoopbackAddress()) return true;
        try {
            return java.net.NetworkInterface.getByInetAddress(a) != null;
        } catch (IOException e) {
            return true; // cannot tell: do not claim it is foreign
        }
    }

    public String name() { return name; }

    /** How many connections may be open at once; the next one is answered 503 and closed. */
    public int maxConnections() { return o.maxConnections(); }

    public int port() { return listener.getLocalPort(); }

    public String address() { return new Endpoint(o.bind(), port()).toString(); }

    /** The most recent connections' ledgers (up to 100), oldest first. */
    public List<Ledger> ledgers() {
        synchronized (ledgers) { return List.copyOf(ledgers); }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket s;
            try {
                s = listener.accept();
            } catch (IOException e) {
                if (closed) return;
                continue;
            }
            if (!slots.tryAcquire()) {
                refuse(s);
                continue;
            }
            int id = ids.incrementAndGet();
            Thread t = new Thread(() -> {
                try {
                    serve(s, id);
                } finally {
                    slots.release();
                }
            }, "wirepad-" + name + "-" + id);
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Over the cap: a 503 that names the limit, {@code Connection: close}, then the connection's
     * request is read and dropped for a moment before closing (closing with unread bytes would
     * send a reset, and the client could lose the 503). On a thread of its own, a few at a time.
     */
    private void refuse(Socket s) {
        String from = String.valueOf(s.getRemoteSocketAddress());
        if (!refusing.tryAcquire()) {
            event("closed a connection from " + from + " unanswered: " + o.maxConnections() + " connections open (the limit)"
                    + " and " + REFUSING + " more being answered 503");
            closeQuietly(s);
            return;
        }
        event("answered 503 to a connection from " + from + ": " + o.maxConnections() + " connections open, the limit"
                + " (wirepad serve --max-connections N)");
        Thread t = new Thread(() -> {
            try (s) {
                byte[] b = Replies.busy(o.maxConnections(), clock);
                guard.write(s, s.getOutputStream(), b, 0, b.length, o.idleMs());
                s.shutdownOutput();
                s.setSoTimeout(REFUSE_DRAIN_MS);
                InputStream in = s.getInputStream();
                byte[] sink = new byte[4096];
                long until = System.nanoTime() + REFUSE_DRAIN_MS * 1_000_000L;
                for (int read = 0; read < 64 * 1024 && System.nanoTime() < until; ) {
                    int n = in.read(sink);
                    if (n < 0) break;
                    read += n;
                }
            } catch (IOException e) {
                // the peer went away or was slow: the 503 was a courtesy
            } finally {
                refusing.release();
            }
        }, "wirepad-" + name + "-refuse");
        t.setDaemon(true);
        t.start();
    }

    private void serve(Socket s, int id) {
        synchronized (open) { open.add(s); }
        Ledger ledger = new Ledger(endpoint(s.getLocalSocketAddress()), endpoint(s.getRemoteSocketAddress()), System.nanoTime());
        synchronized (ledgers) {
            ledgers.add(ledger);
            while (ledgers.size() > KEPT_LEDGERS) ledgers.poll();
        }
        Handler.Peer peer = new Handler.Peer(id, ledger.remote().toString(), ledger.local().toString());
        try (s) {
            s.setSoTimeout(o.idleMs());
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            MessageParser p = new MessageParser(Role.REQUEST, o.profile());
            long base = 0; // where the current request starts on the connection
            byte[] buf = new byte[16 * 1024];
            while (true) {
                ParseResult r = p.next().rejecting(); // a framed request with a bad Host is answered 400 (RFC 9112 §3.2)
                if (r instanceof ParseResult.Done d) {
                    HttpMessage m = d.message();
                    event(flow(ledger.remote(), ledger.local(), m.raw()));
                    Handler.Reply reply = handler.handle(m, peer);
                    if (reply.stream() != null) reply.stream().writeTo(wire(s, out, ledger));
                    else send(s, out, ledger, reply.bytes());
                    if (reply.close() || !m.keepAlive()) { ledger.closedBy("server closed"); return; }
                    base += p.consumed();
                    p = next(p); // a fresh parser per request: a long keep-alive connection holds one message at a time
                } else if (r instanceof ParseResult.Failed f) {
                    event(name + " #" + id + ": " + f.error().describe() + " -> answered " + Replies.statusFor(f.error()) + ", closing");
                    send(s, out, ledger, Replies.error(f.error(), p.bytes(), p.received(), base, clock));
                    ledger.closedBy("server closed");
                    return;
                } else if (r instanceof ParseResult.NeedMore) {
                    int n;
                    try {
                        n = in.read(buf);
                    } catch (SocketTimeoutException e) {
                        if (p.received() > p.consumed()) send(s, out, ledger, Replies.timeout(p.bodyBytesMissing(), o.idleMs()));
                        ledger.closedBy("server closed (idle " + o.idleMs() + " ms)");
                        return;
                    }
                    if (n < 0) { ledger.closedBy("peer closed"); p.feedEof(); continue; }
                    ledger.record(Direction.RECEIVED, buf, 0, n);
                    p.feed(buf, 0, n);
                } else {
                    return; // Closed (peer finished cleanly) or Tunnel
                }
            }
        } catch (IOException e) {
            if (!closed) event(name + " #" + id + ": connection ended: " + e.getMessage());
        } finally {
            synchronized (open) { open.remove(s); }
        }
    }

    /** A new parser holding the bytes after the last request (pipelined ones), and the EOF if it came. */
    private MessageParser next(MessageParser done) {
        MessageParser p = new MessageParser(Role.REQUEST, o.profile());
        if (done.received() > done.consumed()) p.feed(done.bytes(), done.consumed(), done.received() - done.consumed());
        if (done.eof()) p.feedEof();
        return p;
    }

    private void send(Socket s, OutputStream out, Ledger ledger, byte[] b) throws IOException {
        // into the ledger first: a client that has read the answer may ask 'received' at once
        // (a failed write still ends the connection, and the ledger says how it closed)
        ledger.record(Direction.SENT, b, 0, b.length);
        guard.write(s, out, b, 0, b.length, o.idleMs());
    }

    /** The connection as a streaming reply sees it: writes go to the ledger, pauses end when the server stops. */
    private Handler.Wire wire(Socket s, OutputStream out, Ledger ledger) {
        return new Handler.Wire() {
            @Override public void write(byte[] b) throws IOException {
                if (closed) throw new IOException("server stopped");
                send(s, out, ledger, b);
            }

            @Override public void pause(long ms) throws IOException {
                try {
                    if (stopping.await(Math.max(0, ms), java.util.concurrent.TimeUnit.MILLISECONDS)) throw new IOException("server stopped");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        };
    }

    /** A request as tcpflow -c shows it: {@code 127.0.0.1.40138-127.0.0.1.08080: GET / ...}. */
    static String flow(Endpoint from, Endpoint to, byte[] raw) {
        return from.flowLabel() + "-" + to.flowLabel() + ": " + wirepad.bytes.Visible.render(raw, wirepad.bytes.Visible.Style.GLYPHS);
    }

    private void event(String text) { if (onEvent != null) onEvent.accept(text); }

    private static Endpoint endpoint(java.net.SocketAddress a) { return Endpoint.of((InetSocketAddress) a); }

    @Override public void close() {
        closed = true;
        guard.close();
        stopping.countDown();
        closeQuietly(listener);
        synchronized (open) { for (Socket s : open) closeQuietly(s); }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // shutting down
        }
    }
}
