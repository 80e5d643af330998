package wirepad.server.authority;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.List;
import wirepad.dns.Builder;
import wirepad.dns.Message;
import wirepad.dns.Parser;
import wirepad.dns.Rcode;
import wirepad.dns.TcpFramer;
import wirepad.net.WriteGuard;

/**
 * UDP and TCP on the same port, answering with an {@link Authority}. No request can stop it: a
 * query that makes the answering code fail gets SERVFAIL (and one log line), and the loop goes on.
 * TCP connections may carry several (pipelined) queries; they are bounded by {@link Limits}: at most
 * so many open at once (past that, the quietest one is closed to make room: {@link TcpConnections}), closed after so long without a byte
 * (RFC 7766 §6.2.3) or when a query takes longer than that to arrive whole (a byte now and then
 * does not keep a connection), and closed when a reply cannot be written for so long (a peer that
 * sends queries but never reads its replies does not keep a thread). Each query goes to a
 * {@link QueryLog}: a numbered line, and its bytes and the reply's kept for viewing.
 */
public final class DnsServer implements AutoCloseable {
    /**
     * TCP bounds: connections open at once; idle time before closing, which is also the most one
     * query may take to arrive whole; and how long one reply may take to write.
     */
    public record Limits(int maxConnections, int idleMillis, int writeMillis) {
        /** 64 connections, 10 s idle (RFC 7766 §6.2.3 suggests seconds, not minutes), 10 s per reply. */
        public static final Limits DEFAULT = new Limits(64, 10_000, 10_000);

        public Limits {
            if (maxConnections < 1 || idleMillis < 1 || writeMillis < 1)
                throw new IllegalArgumentException("TCP limits must be 1 or more: " + maxConnections + " connections, "
                        + idleMillis + " ms idle, " + writeMillis + " ms per write");
        }
    }

    /** Query bytes in, a reply (or null) out: an {@link Authority}, or in tests something that fails. */
    interface Responder { Authority.Response handle(byte[] query, boolean tcp); }

    public static final int TCP_IDLE_MILLIS = Limits.DEFAULT.idleMillis();

    private final Responder responder;
    private final Breakage breakage;
    private final QueryLog log;
    private final Limits limits;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final TcpConnections open;
    private final WriteGuard guard = new WriteGuard();
    private volatile boolean closed;
    private final String local; // "127.0.0.1:5353", for the query log

    /** Binds both sockets; port 0 picks a free port that both UDP and TCP can use. */
    public DnsServer(Authority authority, InetAddress bind, int port, Breakage breakage, PrintStream log) throws IOException {
        this(authority, new InetSocketAddress(bind, port), breakage, new QueryLog(log, false));
    }

    /** Binds both sockets on {@code where} (port 0: a free one); queries go to {@code log}, which keeps their bytes. */
    public DnsServer(Authority authority, InetSocketAddress where, Breakage breakage, QueryLog log) throws IOException {
        this(authority::handle, where, breakage, log, Limits.DEFAULT);
    }

    /** As above, with other TCP limits. */
    public DnsServer(Authority authority, InetSocketAddress where, Breakage breakage, QueryLog log, Limits limits) throws IOException {
        this(authority::handle, where, breakage, log, limits);
    }

    DnsServer(Responder responder, InetSocketAddress where, Breakage breakage, QueryLog log, Limits limits) throws IOException {
        InetAddress bind = where.getAddress();
        int port = where.getPort();
        this.responder = responder;
        this.breakage = breakage;
        this.log = log;
        this.limits = limits;
        this.open = new TcpConnections(limits.maxConnections());
        ServerSocket t = null;
        DatagramSocket u = null;
        IOException last = null;
        for (int tries = 0; tries < (port == 0 ? 20 : 1) && u == null; tries++) {
            t = new ServerSocket();
            try {
                t.setReuseAddress(true);
                t.bind(new InetSocketAddress(bind, port));
            } catch (IOException e) {
                t.close(); // not left open when the address is taken
                throw e;
            }
            try {
                u = new DatagramSocket(new InetSocketAddress(bind, t.getLocalPort()));
            } catch (BindException e) {
                last = e;
                t.close();
            }
        }
        if (u == null) throw last != null ? last : new IOException("could not bind UDP and TCP on one port");
        this.tcp = t;
        this.udp = u;
        String ip = t.getInetAddress().getHostAddress();
        this.local = (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + t.getLocalPort();
    }

    public int port() { return tcp.getLocalPort(); }

    /** What this server was asked and answered. */
    public QueryLog log() { return log; }

    public Limits limits() { return limits; }

    /** TCP connections open now (never more than the cap for long: a closed one's thread ends at once). */
    public int openTcpConnections() { return open.size(); }

    public InetSocketAddress address() { return new InetSocketAddress(tcp.getInetAddress(), port()); }

    /** Starts the UDP and TCP loops on daemon threads. */
    public DnsServer start() {
        thread("dns-udp", this::udpLoop);
        thread("dns-tcp", this::acceptLoop);
        return this;
    }

    private static void thread(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private void udpLoop() {
        byte[] buf = new byte[65535];
        while (!closed) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                udp.receive(p);
            } catch (IOException e) {
                if (!closed) log.problem("dns server: udp: " + e.getMessage());
                continue;
            }
            byte[] q = java.util.Arrays.copyOf(p.getData(), p.getLength());
            String peer = p.getSocketAddress().toString();
            Authority.Response a = answer(q, false);
            note("udp", peer, q, a);
            if (a.reply() == null) continue;
            try {
                udp.send(new DatagramPacket(a.reply(), a.reply().length, p.getSocketAddress()));
            } catch (IOException e) {
                if (!closed) log.problem("dns server: udp " + peer + ": could not send the " + a.reply().length + "-byte reply: " + e.getMessage());
            }
        }
    }

    /**
     * The reply to one query, broken as asked; never throws. When answering fails (a bug, or a
     * query nobody foresaw) the reply is SERVFAIL (RFC 1035 §4.1.1: "unable to process this query
     * due to a problem with the name server"), with the reason as the log line's note.
     */
    private Authority.Response answer(byte[] q, boolean tcp) {
        try {
            Authority.Response a = responder.handle(q, tcp);
            return new Authority.Response(breakage.apply(a.reply()), a.note());
        } catch (RuntimeException | StackOverflowError e) {
            byte[] r = servfail(q);
            return new Authority.Response(r, "internal error: " + describe(e) + (r == null ? "; no reply" : "; answered SERVFAIL"));
        }
    }

    /** A header-only SERVFAIL with the query's id, opcode and RD; null when the query has no usable header. */
    static byte[] servfail(byte[] q) {
        try {
            var h = new Parser(q).header();
            if (h.qr()) return null; // never answer a response
            return Builder.encode(new Message(h.response(false, Rcode.SERVFAIL.code()), List.of(), List.of(), List.of(), List.of()));
        } catch (Exception e) {
            return null;
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isEmpty() ? "" : ": " + m);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket s;
            try {
                s = tcp.accept();
            } catch (IOException e) {
                if (!closed) log.problem("dns server: tcp accept: " + e.getMessage());
                continue;
            }
            TcpConnections.Admission a = open.admit(s);
            if (a.admitted() == null) {
                log.problem("dns server: tcp " + s.getRemoteSocketAddress() + ": closed at once: " + limits.maxConnections()
                        + " TCP connections are open, the limit, and every one is being answered");
                closeQuietly(s);
                continue;
            }
            if (a.closed() != null)
                log.problem("dns server: tcp " + a.admitted().peer + ": " + limits.maxConnections() + " TCP connections are open, the limit:"
                        + " closed the one from " + a.closed().peer + " (quiet for " + a.closedQuietMillis() + " ms) to make room");
            thread("dns-tcp-conn", () -> {
                try {
                    connection(a.admitted());
                } finally {
                    open.remove(a.admitted());
                }
            });
        }
    }

    private void connection(TcpConnections.Open c) {
        Socket s = c.socket;
        String peer = c.peer;
        try (s) {
            s.setSoTimeout(limits.idleMillis());
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            TcpFramer framer = new TcpFramer();
            byte[] buf = new byte[4096];
            long partSince = 0; // when the query being received began arriving (System.nanoTime), 0: none
            while (!closed) {
                if (partSince != 0) {
                    // a query trickling in a byte at a time must still arrive whole within the idle time
                    long left = limits.idleMillis() - (System.nanoTime() - partSince) / 1_000_000L;
                    if (left <= 0) {
                        log.problem("dns server: tcp " + peer + ": a query did not arrive whole within " + limits.idleMillis() + " ms ("
                                + framer.pending() + " bytes of " + (framer.announced() + 2) + "); closed the connection");
                        return;
                    }
                    s.setSoTimeout((int) left);
                } else {
                    s.setSoTimeout(limits.idleMillis());
                }
                int n;
                try {
                    n = in.read(buf);
                } catch (SocketTimeoutException e) {
                    if (partSince != 0) continue; // the loop says why it closes
                    return; // idle between queries: close quietly
                }
                if (n < 0) return;
                c.active();
                framer.feed(buf, 0, n);
                boolean answered = false;
                for (byte[] q; (q = framer.next()) != null; ) {
                    answered = true;
                    c.answering(true);
                    Authority.Response a = answer(q, true);
                    note("tcp", peer, q, a);
                    if (a.reply() == null) return; // nothing sensible to say: close (RFC 7766 §6.2.4 leaves this to us)
                    byte[] framed = TcpFramer.frame(a.reply());
                    guard.write(s, out, framed, 0, framed.length, limits.writeMillis());
                }
                c.answering(false);
                if (framer.pending() == 0) partSince = 0;
                else if (answered || partSince == 0) partSince = System.nanoTime();
            }
        } catch (SocketException e) {
            // peer went away
        } catch (IOException e) {
            if (!closed) log.problem("dns server: tcp " + peer + ": " + e.getMessage());
        }
    }

    /** Logs one query; the log never stops the server (a view that fails becomes one line saying so). */
    private void note(String transport, String peer, byte[] q, Authority.Response a) {
        try {
            log.record(transport, peer, local, q, a.reply(), a.note(), breakage);
        } catch (RuntimeException | StackOverflowError e) {
            log.problem("dns server: " + transport + " " + peer + ": could not log a " + q.length + "-byte query: " + describe(e));
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override public void close() {
        closed = true;
        udp.close();
        guard.close();
        try {
            tcp.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.closeAll();
    }
}
