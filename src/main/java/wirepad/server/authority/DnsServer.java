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
import wirepad.dns.TcpFramer;

/**
 * UDP and TCP on the same port, answering with an {@link Authority}. TCP connections may carry
 * several (pipelined) queries and are closed after {@link #TCP_IDLE_MILLIS} of silence
 * (RFC 7766 §6.2.3). Each query goes to a {@link QueryLog}: a numbered line, and its bytes and the
 * reply's kept for viewing.
 */
public final class DnsServer implements AutoCloseable {
    public static final int TCP_IDLE_MILLIS = 10_000;

    private final Authority authority;
    private final Breakage breakage;
    private final QueryLog log;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private volatile boolean closed;
    private final String local; // "127.0.0.1:5353", for the query log

    /** Binds both sockets; port 0 picks a free port that both UDP and TCP can use. */
    public DnsServer(Authority authority, InetAddress bind, int port, Breakage breakage, PrintStream log) throws IOException {
        this(authority, new InetSocketAddress(bind, port), breakage, new QueryLog(log, false));
    }

    /** Binds both sockets on {@code where} (port 0: a free one); queries go to {@code log}, which keeps their bytes. */
    public DnsServer(Authority authority, InetSocketAddress where, Breakage breakage, QueryLog log) throws IOException {
        InetAddress bind = where.getAddress();
        int port = where.getPort();
        this.authority = authority;
        this.breakage = breakage;
        this.log = log;
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
                byte[] q = java.util.Arrays.copyOf(p.getData(), p.getLength());
                Authority.Response a = authority.handle(q, false);
                byte[] r = breakage.apply(a.reply());
                note("udp", p.getSocketAddress().toString(), q, r, a.note());
                if (r != null) udp.send(new DatagramPacket(r, r.length, p.getSocketAddress()));
            } catch (IOException e) {
                if (!closed) log.problem("dns server: udp: " + e.getMessage());
            }
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = tcp.accept();
                thread("dns-tcp-conn", () -> connection(s));
            } catch (IOException e) {
                if (!closed) log.problem("dns server: tcp accept: " + e.getMessage());
            }
        }
    }

    private void connection(Socket s) {
        String peer = s.getRemoteSocketAddress().toString();
        try (s) {
            s.setSoTimeout(TCP_IDLE_MILLIS);
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            TcpFramer framer = new TcpFramer();
            byte[] buf = new byte[4096];
            while (!closed) {
                int n = in.read(buf);
                if (n < 0) return;
                framer.feed(buf, 0, n);
                for (byte[] q; (q = framer.next()) != null; ) {
                    Authority.Response a = authority.handle(q, true);
                    byte[] r = breakage.apply(a.reply());
                    note("tcp", peer, q, r, a.note());
                    if (r == null) return; // nothing sensible to say: close (RFC 7766 §6.2.4 leaves this to us)
                    out.write(TcpFramer.frame(r));
                    out.flush();
                }
            }
        } catch (SocketTimeoutException e) {
            // idle: close quietly
        } catch (SocketException e) {
            // peer went away
        } catch (IOException e) {
            log.problem("dns server: tcp " + peer + ": " + e.getMessage());
        }
    }

    private void note(String transport, String peer, byte[] q, byte[] r, String why) {
        log.record(transport, peer, local, q, r, why, breakage);
    }

    @Override public void close() {
        closed = true;
        udp.close();
        try {
            tcp.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
