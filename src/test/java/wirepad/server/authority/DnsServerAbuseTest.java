package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.dns.Builder;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Parser;
import wirepad.dns.Question;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.dns.TcpFramer;

/**
 * Issue #8: no request stops the server. The attack datagrams get an answer and the next query is
 * still answered; a failure inside the answering code is SERVFAIL and one log line; TCP has a
 * connection cap, an idle timeout and a write timeout. Loopback only; every wait is bounded.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DnsServerAbuseTest {
    static final InetAddress LO = InetAddress.getLoopbackAddress();
    static final byte[] WWW = Builder.encode(Message.query(0x0101, Question.of("www.lab", RRType.A), null));

    /** A printing log that tests can read while the server writes to it. */
    static final class Captured {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            synchronized (out) { return bytes.toString(StandardCharsets.UTF_8); }
        }

        /** Waits (20 s at most) for {@code s} to appear in the log. */
        String await(String s) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!text().contains(s) && System.nanoTime() < until) Thread.sleep(20);
            return text();
        }
    }

    static Authority labAndBig() throws ZoneException {
        return new Authority(List.of(ZoneFile.parse(LabZone.TEXT, "lab.zone", Name.ROOT),
                ZoneFile.parse(Attacks.manyRecordsZone(4_200), "big.zone", Name.ROOT)));
    }

    static byte[] udp(DnsServer s, byte[] q) throws IOException {
        try (DatagramSocket c = new DatagramSocket(new InetSocketAddress(LO, 0))) {
            c.setSoTimeout(15_000);
            c.send(new DatagramPacket(q, q.length, s.address()));
            byte[] buf = new byte[65535];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            c.receive(p);
            return Arrays.copyOf(buf, p.getLength());
        }
    }

    static byte[] tcp(DnsServer s, byte[] q) throws IOException {
        try (Socket c = new Socket()) {
            c.connect(s.address(), 10_000);
            c.setSoTimeout(15_000);
            c.getOutputStream().write(TcpFramer.frame(q));
            DataInputStream in = new DataInputStream(c.getInputStream());
            byte[] r = new byte[in.readUnsignedShort()];
            in.readFully(r);
            return r;
        }
    }

    static void answersWww(DnsServer s) throws Exception {
        for (byte[] r : List.of(udp(s, WWW), tcp(s, WWW)))
            assertEquals("192.0.2.7", Parser.parse(r).answers().get(0).data().presentation());
    }

    @Test void theAttackDatagramsAreAnsweredAndTheServerGoesOn() throws Exception {
        for (boolean hex : List.of(false, true)) {
            Captured log = new Captured();
            try (DnsServer s = new DnsServer(labAndBig(), new InetSocketAddress(LO, 0), Breakage.NONE, new QueryLog(log.out, hex)).start()) {
                Message many = Parser.parse(udp(s, Attacks.manyQuestions()));
                assertEquals(Rcode.FORMERR.code(), many.rcode());
                assertTrue(many.questions().isEmpty());
                Message big = Parser.parse(udp(s, Builder.encode(Message.query(9, Question.of("many.big", RRType.A), null))));
                assertTrue(big.header().tc(), "4,200 A records: truncated");
                assertTrue(udp(s, WWW).length > 12);
                Message huge = Parser.parse(udp(s, Attacks.hugeUncompressed()));
                assertEquals(Rcode.FORMERR.code(), huge.rcode());
                Message bigTcp = Parser.parse(tcp(s, Builder.encode(Message.query(9, Question.of("many.big", RRType.A), null))));
                assertTrue(bigTcp.header().tc(), "over 65535 bytes even for TCP: truncated");
                answersWww(s);
                String text = log.await("#7");
                assertFalse(text.contains("Exception"), text.length() > 2000 ? text.substring(0, 2000) : text);
                if (hex) assertTrue(text.contains("more than 65535 (more than a DNS message may hold"), "the annotated view says why it has no size");
            }
        }
    }

    @Test void aFailureWhileAnsweringIsServfailAndOneLine() throws Exception {
        Captured log = new Captured();
        AtomicInteger calls = new AtomicInteger();
        Authority real = labAndBig();
        DnsServer.Responder flaky = (q, tcp) -> {
            int n = calls.incrementAndGet();
            if (n == 1) throw new IllegalStateException("boom over udp");
            if (n == 2) throw new StackOverflowError();
            return real.handle(q, tcp);
        };
        try (DnsServer s = new DnsServer(flaky, new InetSocketAddress(LO, 0), Breakage.NONE, new QueryLog(log.out, false), DnsServer.Limits.DEFAULT).start()) {
            Message a = Parser.parse(udp(s, WWW));
            assertEquals(Rcode.SERVFAIL.code(), a.rcode());
            assertEquals(0x0101, a.header().id());
            assertTrue(a.header().qr());
            Message b = Parser.parse(tcp(s, WWW));
            assertEquals(Rcode.SERVFAIL.code(), b.rcode());
            answersWww(s);
            String text = log.await("#4");
            assertTrue(text.contains("-> SERVFAIL, 12 bytes (internal error: IllegalStateException: boom over udp; answered SERVFAIL) #1"), text);
            assertTrue(text.contains("(internal error: StackOverflowError; answered SERVFAIL) #2"), text);
            assertEquals(4, text.lines().count(), "one line per query: " + text);
        }
    }

    @Test void anIdleConnectionIsClosed() throws Exception {
        try (DnsServer s = new DnsServer(labAndBig(), new InetSocketAddress(LO, 0), Breakage.NONE, new QueryLog(null, false),
                new DnsServer.Limits(4, 300, 10_000)).start();
             Socket c = new Socket()) {
            c.connect(s.address(), 10_000);
            c.setSoTimeout(20_000);
            c.getOutputStream().write(new byte[] {0, 40, 1, 2}); // half a frame, then silence
            long t0 = System.nanoTime();
            assertTrue(closedByPeer(c.getInputStream()));
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(19), "closed by the idle timeout, not ours");
        }
    }

    /** A query sent a byte at a time, each before the idle timeout: the connection still ends when the query is that late. */
    @Test void aQueryTricklingInIsCutOffAfterTheIdleTime() throws Exception {
        Captured log = new Captured();
        try (DnsServer s = new DnsServer(labAndBig(), new InetSocketAddress(LO, 0), Breakage.NONE, new QueryLog(log.out, false),
                new DnsServer.Limits(4, 500, 10_000)).start();
             Socket c = new Socket()) {
            c.connect(s.address(), 10_000);
            c.setSoTimeout(100);
            OutputStream out = c.getOutputStream();
            out.write(new byte[] {0, (byte) 200}); // a 200-byte query announced ...
            boolean closed = false;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!closed && System.nanoTime() < until) { // ... then one byte every 100 ms: 20 s for the whole
                try {
                    out.write('x');
                    closed = c.getInputStream().read() < 0;
                } catch (SocketTimeoutException e) {
                    // nothing yet: keep trickling
                } catch (IOException e) {
                    closed = true;
                }
            }
            assertTrue(closed, "closed before the query was whole");
            String text = log.await("did not arrive whole");
            assertTrue(text.matches("(?s)dns server: tcp /127\\.0\\.0\\.1:\\d+: a query did not arrive whole within 500 ms \\(\\d+ bytes of 202\\); closed the connection\n"), text);
            answersWww(s);
        }
    }

    /** A client that sends queries and never reads: the write timeout closes it, and its slot serves the next client. */
    @Test void aClientThatNeverReadsDoesNotPinAThread() throws Exception {
        Captured log = new Captured();
        StringBuilder z = new StringBuilder("$ORIGIN w.\n$TTL 60\n@ SOA ns h 1 2 3 4 5\n");
        for (int i = 0; i < 200; i++) z.append("t TXT \"").append(i).append("z".repeat(240)).append("\"\n");
        Authority a = new Authority(List.of(ZoneFile.parse(z.toString(), "w.zone", Name.ROOT), ZoneFile.parse(LabZone.TEXT, "lab.zone", Name.ROOT)));
        byte[] q = Builder.encode(Message.query(5, Question.of("t.w", RRType.TXT), null)); // ~50 KB per reply over TCP
        try (DnsServer s = new DnsServer(a, new InetSocketAddress(LO, 0), Breakage.NONE, new QueryLog(log.out, false),
                new DnsServer.Limits(1, 30_000, 500)).start();
             Socket greedy = new Socket()) {
            greedy.setReceiveBufferSize(4096);
            greedy.connect(s.address(), 10_000);
            OutputStream out = greedy.getOutputStream();
            byte[] framed = TcpFramer.frame(q);
            List<byte[]> all = new ArrayList<>();
            for (int i = 0; i < 2000; i++) all.add(framed); // 2000 replies of ~50 KB: far more than any socket buffer
            try {
                for (byte[] f : all) out.write(f);
            } catch (IOException e) {
                // the server may close first: that is the point
            }
            String text = log.await("it is not reading");
            assertTrue(text.contains("took no bytes for 500 ms (it is not reading); closed the connection"), text.lines().filter(l -> !l.contains(" #")).toList().toString());
            byte[] r = null;
            for (int i = 0; i < 100 && r == null; i++) {
                try {
                    r = tcp(s, WWW);
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
            assertNotNull(r, "the one slot was freed");
            assertEquals("192.0.2.7", Parser.parse(r).answers().get(0).data().presentation());
        }
    }

    /** True when the peer closed (EOF or reset) before sending anything. */
    static boolean closedByPeer(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
