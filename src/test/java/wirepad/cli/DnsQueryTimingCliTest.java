package wirepad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.net.resolver.FakeDnsPeer;

/** Issue #11 for 'dns query': connection refused at once; +timeout in seconds (or ms), +tries as in dig. Loopback only. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DnsQueryTimingCliTest {
    static DnsCommandTest.Result run(String... args) { return DnsCommandTest.run(new byte[0], args); }

    @Test void aClosedUdpPortIsConnectionRefusedAtOnce() throws Exception {
        int port;
        try (java.net.DatagramSocket s = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        DnsCommandTest.Result r = run("dns", "query", "www.lab", "@127.0.0.1:" + port, "+timeout=10", "+tries=3");
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "not after the first try's 10 s");
        assertEquals(1, r.code(), r.err());
        assertEquals("wirepad dns query: connection refused: nothing listens on UDP port " + port
                + " at 127.0.0.1 (its host answered ICMP port unreachable)\n", r.err());
        assertTrue(r.out().startsWith(";; attempt 1: UDP "), r.out());
        assertTrue(r.out().contains("\n;;   connection refused: nothing listens on UDP port " + port), r.out());
        assertFalse(r.out().contains("attempt 2"), r.out());
    }

    @Test void timeoutIsSecondsAndTriesCountEveryTry() throws Exception {
        try (FakeDnsPeer silent = new FakeDnsPeer(q -> List.of(), null)) {
            long t0 = System.nanoTime();
            DnsCommandTest.Result r = run("dns", "query", "www.lab", "@127.0.0.1:" + silent.port(), "+timeout=1", "+tries=2");
            long took = System.nanoTime() - t0;
            assertEquals(1, r.code());
            assertEquals(2, r.out().lines().filter(l -> l.equals(";;   no reply within 1000 ms")).count(), r.out());
            assertTrue(took >= TimeUnit.MILLISECONDS.toNanos(1900), "two tries of one second each: " + took / 1_000_000 + " ms");
            assertEquals("wirepad dns query: no reply from 127.0.0.1#" + silent.port() + "(127.0.0.1) after 2 tries of 1000 ms\n", r.err());
            DnsCommandTest.Result ms = run("dns", "query", "www.lab", "@127.0.0.1:" + silent.port(), "+timeout=200ms", "+retry=2");
            assertEquals(3, ms.out().lines().filter(l -> l.equals(";;   no reply within 200 ms")).count(), ms.out());
        }
    }

    @Test void aBadTimeoutIsAUsageError() {
        DnsCommandTest.Result r = run("dns", "query", "www.lab", "@127.0.0.1:53", "+timeout=2s");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("wirepad dns query: +timeout=2s: want seconds (+timeout=2) or milliseconds with ms (+timeout=300ms)\n"), r.err());
    }
}
