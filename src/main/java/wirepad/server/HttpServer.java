package wirepad.server;

import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import wirepad.http.Framing;
import wirepad.http.HttpMessage;
import wirepad.http.Limits;
import wirepad.http.MessageParser;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Ledger;
import wirepad.net.NetException;

/**
 * A small HTTP/1.1 server for the playground: strict parsing, keep-alive, pipelined requests
 * answered in order, a 400 that explains the error (then close), {@code Expect: 100-continue},
 * deadlines (the whole head, idle time, slow readers) and caps on everything a client can make it
 * hold: connections (over the cap, a 503 that says so), request bytes, ledger bytes.
 * One {@link ReadLoop} thread reads all connections while they wait; workers answer complete
 * requests. Every connection is recorded in a {@link Ledger}; {@code onEvent} hears each request.
 * Binds 127.0.0.1 unless told otherwise.
 */
public final class HttpServer implements Closeable {
    /**
     * Server settings: bind address, port (0 = ephemeral), idle timeout, connection cap, parser
     * profile, the time the whole head of a request may take from its first byte, and the body's
     * deadline: {@code bodyMs} after the head, plus 1 s for every {@code minBodyRate} bytes that came
     * (an average of at least that many bytes a second; 0 = no body deadline, only the idle timeout).
     */
    public record Options(String bind, int port, int idleMs, int maxConnections, ParserOptions profile, int headMs,
                          int bodyMs, int minBodyRate) {
        /** Open connections at once; waiting ones cost a few KiB each, no thread. */
        public static final int DEFAULT_MAX_CONNECTIONS = 4096;

        public static Options loopback(int port) {
            return new Options("127.0.0.1", port, 30_000, DEFAULT_MAX_CONNECTIONS, ParserOptions.STRICT, 10_000, 20_000, 500);
        }

        public Options withBind(String b) { return new Options(b, port, idleMs, maxConnections, profile, headMs, bodyMs, minBodyRate); }

        public Options withIdle(int ms) { return new Options(bind, port, ms, maxConnections, profile, headMs, bodyMs, minBodyRate); }

        public Options withProfile(ParserOptions p) { return new Options(bind, port, idleMs, maxConnections, p, headMs, bodyMs, minBodyRate); }

        public Options withMaxConnections(int n) { return new Options(bind, port, idleMs, n, profile, headMs, bodyMs, minBodyRate); }

        public Options withHeadTimeout(int ms) { return new Options(bind, port, idleMs, maxConnections, profile, ms, bodyMs, minBodyRate); }

        /** The body's deadline: {@code ms} after the head, plus 1 s per {@code bytesPerSecond} bytes received (0: none). */
        public Options withBodyDeadline(int ms, int bytesPerSecond) {
            return new Options(bind, port, idleMs, maxConnections, profile, headMs, ms, bytesPerSecond);
        }
    }

    /** The largest request body a server reads (a longer Content-Length is answered 413 before reading it). */
    public static final long MAX_BODY = 32L * 1024 * 1024;
    /** Threads answering complete requests at once (one more request is answered 503); each is made when needed. */
    static final int WORKERS = 256;
    /** Connections over the cap being answered 503 at once; past this they are closed unanswered. */
    private static final int REFUSING = 16;
    /** How long a connection refused over the cap may keep sending before it is closed. */
    private static final int LINGER_MS = 1000;

    private final String name;
    private final Handler handler;
    private final Options o;
    private final ParserOptions profile;
    private final Clock clock;
    private final Consumer<String> onEvent;
    private final ServerSocketChannel listener;
    private final ReadLoop loop;
    private final Responder responder;
    private final ThreadPoolExecutor workers;
    private final Semaphore refusing = new Semaphore(REFUSING);
    private final AtomicInteger ids = new AtomicInteger(), openCount = new AtomicInteger();
    private final RequestMemory memory;
    private final ServerLedgers ledgers = new ServerLedgers(ServerLedgers.MAX_BYTES);
    private final Set<Conn> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** Counted down by {@link #close()}: streaming replies pause on it, so stopping never waits for them. */
    private final CountDownLatch stopping = new CountDownLatch(1);

    private HttpServer(String name, Handler h, Options o, Clock clock, Consumer<String> onEvent, ServerSocketChannel s) throws IOException {
        this.name = name;
        this.handler = h;
        this.o = o;
        Limits l = o.profile().limits();
        this.profile = o.profile().withLimits(l.withMaxBody(Math.min(l.maxBody(), MAX_BODY)));
        this.clock = clock;
        this.memory = new RequestMemory(profile.limits().maxBody(), profile.limits().maxHead(), clock);
        this.onEvent = onEvent;
        this.listener = s;
        this.loop = new ReadLoop(this);
        this.responder = new Responder(this, h, clock);
        AtomicInteger n = new AtomicInteger();
        // An idle worker takes the next request; a new one is made only when all are busy, up to WORKERS.
        this.workers = new ThreadPoolExecutor(0, WORKERS, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(null, r, "wirepad-" + name + "-worker-" + n.incrementAndGet(), 512 * 1024);
            t.setDaemon(true);
            return t;
        });
    }

    public static HttpServer start(String name, Handler h, Options o, Clock clock, Consumer<String> onEvent) throws NetException {
        if (o.maxConnections() < 1) throw new NetException("the connection limit must be 1 or more, not " + o.maxConnections());
        ServerSocketChannel s = null;
        InetAddress addr = null;
        try {
            addr = InetAddress.getByName(o.bind());
            s = ServerSocketChannel.open();
            s.socket().setReuseAddress(true);
            s.bind(new InetSocketAddress(addr, o.port()), 1024);
        } catch (BindException e) {
            closeQuietly(s);
            throw new NetException("cannot listen on " + o.bind() + ":" + o.port() + ": " + e.getMessage() + bindHint(addr, o));
        } catch (IOException e) {
            closeQuietly(s);
            throw new NetException("cannot listen on " + o.bind() + ":" + o.port() + ": " + e.getMessage());
        }
        HttpServer srv;
        try {
            srv = new HttpServer(name, h, o, clock, onEvent, s);
        } catch (IOException e) {
            closeQuietly(s);
            throw new NetException("cannot start the " + name + " server: " + e.getMessage());
        }
        Thread r = new Thread(null, srv.loop, "wirepad-" + name + "-read", 512 * 1024);
        r.setDaemon(true);
        r.start();
        Thread t = new Thread(null, srv::acceptLoop, "wirepad-" + name + "-accept", 256 * 1024);
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

    public int port() { return listener.socket().getLocalPort(); }

    public String address() { return new Endpoint(o.bind(), port()).toString(); }

    /** The most recent connections' ledgers (up to 100), oldest first. */
    public List<Ledger> ledgers() { return ledgers.list(); }

    Options options() { return o; }

    ServerLedgers ledgerStore() { return ledgers; }

    Clock clock() { return clock; }

    RequestMemory memory() { return memory; }

    boolean isClosed() { return closed; }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel ch;
            try {
                ch = listener.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (closed) return;
                event(name + ": cannot accept a connection: " + e.getMessage() + " (out of file descriptors? see ulimit -n)");
                pauseQuietly(100); // the error may last (no descriptors left): do not spin
                continue;
            }
            if (openCount.incrementAndGet() > o.maxConnections()) {
                openCount.decrementAndGet();
                refuse(ch);
                continue;
            }
            try {
                ch.configureBlocking(false);
                Ledger ledger = new Ledger(endpoint(ch.getLocalAddress()), endpoint(ch.getRemoteAddress()), System.nanoTime());
                Conn c = new Conn(ids.incrementAndGet(), ch, ledger, new MessageParser(Role.REQUEST, profile));
                open.add(c);
                ledgers.opened(ledger);
                loop.add(c);
                if (closed) finish(c);
            } catch (IOException | RuntimeException e) { // the peer went already (no address), or worse: this connection only
                openCount.decrementAndGet();
                closeQuietly(ch);
            }
        }
    }

    /**
     * Over the cap: a 503 that names the limit, {@code Connection: close}, then the connection's
     * request is read and dropped for a moment before closing (closing with unread bytes would
     * send a reset, and the client could lose the 503). A few at a time.
     */
    private void refuse(SocketChannel ch) {
        String from;
        try {
            from = String.valueOf(ch.getRemoteAddress());
        } catch (IOException e) {
            from = "a closed peer";
        }
        if (!refusing.tryAcquire()) {
            event("closed a connection from " + from + " unanswered: " + o.maxConnections() + " connections open (the limit)"
                    + " and " + REFUSING + " more being answered 503");
            closeQuietly(ch);
            return;
        }
        event("answered 503 to a connection from " + from + ": " + o.maxConnections() + " connections open, the limit"
                + " (wirepad serve --max-connections N)");
        try {
            workers.execute(() -> {
                try {
                    ch.configureBlocking(false);
                    byte[] b = Replies.busy(o.maxConnections(), clock);
                    ChannelWriter.write(ch, b, 0, b.length, o.idleMs());
                } catch (IOException e) {
                    // the peer went away or was slow: the 503 was a courtesy
                } finally {
                    ChannelWriter.lingerAndClose(ch, LINGER_MS, 64 * 1024);
                    refusing.release();
                }
            });
        } catch (RejectedExecutionException e) {
            refusing.release();
            closeQuietly(ch);
        }
    }

    /**
     * The answer the head alone decides, before the body is read: 413 for a Content-Length over
     * the body limit (any request), and, for a request that waits for {@code 100 Continue}, what
     * the handler can tell from the head (RFC 9110 §10.1.1). Null: read the body.
     */
    Handler.Reply early(HttpMessage head, Conn c) {
        long max = profile.limits().maxBody();
        if (head.framing().kind() == Framing.Kind.LENGTH && head.framing().length() > max)
            return new Handler.Reply(Replies.tooLarge(head.framing().length(), max, clock), true);
        if (!Expect.continues(head)) return null;
        try {
            Handler.Reply r = handler.early(head, c.peer);
            return r == null ? null : new Handler.Reply(r.bytes(), true);
        } catch (RuntimeException e) {
            return null; // the full handler will answer (and its failure is reported there)
        }
    }

    /** Sends a short answer from the read loop without waiting (a 100 Continue, a 408): what the socket takes now. */
    void sendNow(Conn c, byte[] b) {
        ledgers.record(c.ledger, Direction.SENT, b, 0, b.length);
        try {
            c.ch.write(ByteBuffer.wrap(b));
        } catch (IOException e) {
            // the connection is going anyway
        }
    }

    /** Hands a connection with a complete (or broken, or early-answered) request to a worker. */
    void answer(Conn c, Handler.Reply early) { work(c, () -> responder.respond(c, early)); }

    /** Whether complete requests may be answered on the read loop's thread (see {@link Handler#quick()}). */
    boolean quick() { return handler.quick(); }

    Responder responder() { return responder; }

    /** Runs a connection's turn on a worker; a 503 when all are busy. */
    void work(Conn c, Runnable turn) {
        try {
            workers.execute(turn);
        } catch (RejectedExecutionException e) {
            if (!closed) { // every worker is busy (slow replies): say so rather than wait without a word
                event(nameOf(c) + ": all " + WORKERS + " workers are busy -> answered 503, closing");
                sendNow(c, Replies.workersBusy(WORKERS, clock));
                c.ledger.closedBy("server closed");
            }
            finish(c);
        }
    }

    /** After a worker answered and the connection stays: the next request's bytes count anew. */
    void nextRequest(Conn c) {
        c.nextRequest();
        memory.recount(c);
    }

    /** Gives a connection back to the read loop. */
    void resume(Conn c) { loop.resume(c); }

    /** Closes a connection (once) and gives back what it held. */
    void finish(Conn c) {
        if (!c.markClosed()) return;
        openCount.decrementAndGet();
        memory.release(c);
        open.remove(c);
        ledgers.closed(c.ledger);
        loop.wakeup();
    }

    /**
     * An answer sent before the request's body was read: close in stages so the peer reads it (RFC 9112
     * §9.6): our side now, then the read loop drops what the client still sends until it stops (see
     * {@link ReadLoop#linger}). The request's memory is given back at once: its bytes are not needed.
     */
    void lingerAndFinish(Conn c) {
        forget(c);
        try {
            c.ch.shutdownOutput();
        } catch (IOException e) { // the peer went already
            finish(c);
            return;
        }
        loop.linger(c);
    }

    /**
     * A request answered before it was read whole: its bytes are not needed, so the memory it held is
     * given back before the answer goes (a client that reads the answer and uploads again at once
     * must not find it still counted).
     */
    void forget(Conn c) {
        memory.release(c);
        c.parser = new MessageParser(Role.REQUEST, profile);
    }

    CountDownLatch stopping() { return stopping; }

    String nameOf(Conn c) { return name + " #" + c.id; }

    void event(String text) { if (onEvent != null) onEvent.accept(text); }

    private static Endpoint endpoint(java.net.SocketAddress a) { return Endpoint.of((InetSocketAddress) a); }

    private static void pauseQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override public void close() {
        closed = true;
        stopping.countDown();
        closeQuietly(listener);
        loop.wakeup();
        for (Conn c : open) finish(c);
        workers.shutdownNow();
    }

    static void closeQuietly(Closeable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // shutting down
        }
    }
}
