package wirepad.net.resolver;

import static org.junit.jupiter.api.Assertions.*;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.dns.Builder;
import wirepad.dns.Message;
import wirepad.dns.Question;
import wirepad.dns.RRType;

/**
 * Issue #11: a UDP port nobody listens on answers ICMP port unreachable; the client says
 * "connection refused" at once, as dig does, instead of waiting out every try. Loopback only.
 * Without the fix each of these would wait 3 tries of 10 s; the bound is the first try's timeout.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PortUnreachableTest {
    /** A loopback UDP port that was free a moment ago (bound, then closed). */
    static InetSocketAddress closedPort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), s.getLocalPort());
        }
    }

    @Test void theStubClientFailsAtOnceWithConnectionRefused() throws Exception {
        InetSocketAddress closed = closedPort();
        DnsClient c = new DnsClient(DnsClient.Options.defaults(closed).withTimeout(10_000).withTries(3), new Random(3));
        Attempts a = new Attempts();
        long t0 = System.nanoTime();
        PortUnreachableException e = assertThrows(PortUnreachableException.class, () -> c.query(Question.of("www.lab", RRType.A), a));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "before the first try's timeout");
        assertEquals("connection refused: nothing listens on UDP port " + closed.getPort() + " at 127.0.0.1 (its host answered ICMP port unreachable)", e.getMessage());
        assertEquals(2, a.log().size(), a.log().toString());
        assertTrue(a.log().get(0).startsWith("attempt 1: UDP "), a.log().get(0));
        assertTrue(a.log().get(1).startsWith("  connection refused: "), a.log().get(1));
        assertEquals(1, a.datagrams().size(), "one query sent, nothing received");
    }

    @Test void rawExchangeFailsAtOnceToo() throws Exception {
        InetSocketAddress closed = closedPort();
        byte[] q = Builder.encode(Message.query(1, Question.of("www.lab", RRType.A), null));
        long t0 = System.nanoTime();
        PortUnreachableException e = assertThrows(PortUnreachableException.class, () -> RawExchange.udp(closed, q, 10_000, 3));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10));
        assertTrue(e.getMessage().startsWith("connection refused: nothing listens on UDP port " + closed.getPort()), e.getMessage());
    }
}
