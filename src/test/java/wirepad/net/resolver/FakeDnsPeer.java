package wirepad.net.resolver;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wirepad.dns.Builder;
import wirepad.dns.Message;
import wirepad.dns.Parser;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;
import wirepad.dns.TcpFramer;

/**
 * A hand-made DNS peer on loopback, started by the test: a UDP socket and a TCP listener on the
 * same port number, each answering every query as the test says (or, for TCP, accepting and
 * staying silent). For the misbehaviours the lab server does not offer.
 */
public final class FakeDnsPeer implements AutoCloseable {
    static final InetAddress LO = InetAddress.getLoopbackAddress();

    /** The datagrams (or TCP messages, unframed) to send back for one query. */
    public interface Replies { List<byte[]> to(Message query) throws Exception; }

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final List<Socket> accepted = new ArrayList<>();

    /** {@code tcpReplies} null: TCP connections are accepted and never answered. */
    public FakeDnsPeer(Replies udpReplies, Replies tcpReplies) throws IOException {
        ServerSocket ss = null;
        DatagramSocket ds = null;
        for (int i = 0; ds == null; i++) {
            ss = new ServerSocket(0, 10, LO);
            try {
                ds = new DatagramSocket(new InetSocketAddress(LO, ss.getLocalPort()));
            } catch (BindException e) {
                ss.close();
                if (i == 20) throw e;
            }
        }
        udp = ds;
        tcp = ss;
        Thread u = new Thread(() -> serveUdp(udpReplies), "fake-dns-udp");
        u.setDaemon(true);
        u.start();
        Thread t = new Thread(() -> serveTcp(tcpReplies), "fake-dns-tcp");
        t.setDaemon(true);
        t.start();
    }

    public InetSocketAddress address() { return new InetSocketAddress(LO, udp.getLocalPort()); }

    public int port() { return udp.getLocalPort(); }

    private void serveUdp(Replies r) {
        byte[] buf = new byte[65535];
        while (!udp.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                udp.receive(p);
                Message q = Parser.parse(Arrays.copyOf(buf, p.getLength()));
                for (byte[] b : r.to(q)) udp.send(new DatagramPacket(b, b.length, p.getSocketAddress()));
            } catch (Exception e) {
                if (udp.isClosed()) return;
            }
        }
    }

    private void serveTcp(Replies r) {
        while (!tcp.isClosed()) {
            try {
                Socket s = tcp.accept();
                synchronized (accepted) { accepted.add(s); }
                if (r == null) continue; // silent: keep the connection open, never answer
                InputStream in = s.getInputStream();
                TcpFramer f = new TcpFramer();
                byte[] q = null, buf = new byte[4096];
                while (q == null) {
                    int n = in.read(buf);
                    if (n < 0) break;
                    f.feed(buf, 0, n);
                    q = f.next();
                }
                if (q == null) continue;
                for (byte[] b : r.to(Parser.parse(q))) s.getOutputStream().write(TcpFramer.frame(b));
                s.getOutputStream().flush();
            } catch (Exception e) {
                if (tcp.isClosed()) return;
            }
        }
    }

    /** A correct answer: {@code name} A 192.0.2.1 for whatever was asked. */
    public static byte[] answer(Message q) {
        return Builder.encode(new Message(q.header().response(true, 0), q.questions(),
                List.of(ResourceRecord.in(q.questions().get(0).name().toString(), 5, Rdata.A.of("192.0.2.1"))), List.of(), List.of()));
    }

    /** TC=1 and ANCOUNT=1, cut inside the answer: the header decodes, the message does not. */
    public static byte[] truncatedAndUndecodable(Message q) {
        byte[] whole = Builder.encode(new Message(q.header().response(true, 0).withTc(true), q.questions(),
                List.of(ResourceRecord.in(q.questions().get(0).name().toString(), 5, Rdata.A.of("192.0.2.1"))), List.of(), List.of()));
        return Arrays.copyOf(whole, whole.length - 3);
    }

    /** The query itself sent back: QR=0. */
    public static byte[] echo(Message q) { return Builder.encode(q); }

    @Override public void close() {
        udp.close();
        try {
            tcp.close();
        } catch (IOException ignored) {
            // closing
        }
        synchronized (accepted) {
            for (Socket s : accepted) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }
    }
}
