package wirepad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.net.resolver.FakeDnsPeer;

/** 'dns trace' waits as 'dns query' and dig do: +timeout=T seconds (or Nms) per try, +tries/+retry per server. Loopback only. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DnsTraceTimingCliTest {
    static DnsCommandTest.Result run(String... args) { return DnsCommandTest.run(new byte[0], args); }

    @Test void timeoutIsSecondsAndTriesCountEveryTry() throws Exception {
        AtomicInteger heard = new AtomicInteger();
        try (FakeDnsPeer silent = new FakeDnsPeer(q -> { heard.incrementAndGet(); return List.of(); }, null)) {
            String port = Integer.toString(silent.port());
            long t0 = System.nanoTime();
            DnsCommandTest.Result r = run("dns", "trace", "www.lab", "--root", "127.0.0.1", "--port", port, "+timeout=1", "+tries=3");
            long took = System.nanoTime() - t0;
            assertEquals(1, r.code(), r.err());
            assertTrue(r.out().contains("failed: no reply from 127.0.0.1#" + port + "(127.0.0.1) after 3 tries of 1000 ms"), r.out());
            assertTrue(took >= TimeUnit.MILLISECONDS.toNanos(2900), "three tries of one second each, not of 1 ms: " + took / 1_000_000 + " ms");
            assertEquals(3, heard.get(), "one datagram per try");

            heard.set(0);
            DnsCommandTest.Result ms = run("dns", "trace", "www.lab", "--root", "127.0.0.1", "--port", port, "+timeout=200ms", "+retry=1");
            assertEquals(1, ms.code(), ms.err());
            assertTrue(ms.out().contains("after 2 tries of 200 ms"), ms.out());
            assertEquals(2, heard.get(), "+retry=1 is one try after the first");
        }
    }

    @Test void badWaitingWordsAreUsageErrors() {
        DnsCommandTest.Result r = run("dns", "trace", "www.lab", "--root", "127.0.0.1", "+timeout=2s");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("wirepad dns trace: +timeout=2s: want seconds (+timeout=2) or milliseconds with ms (+timeout=300ms)\n"), r.err());
        DnsCommandTest.Result t = run("dns", "trace", "www.lab", "--root", "127.0.0.1", "+tries=x");
        assertEquals(2, t.code());
        assertTrue(t.err().startsWith("wirepad dns trace: +tries=x: want a number of tries\n"), t.err());
        assertTrue(run("dns", "trace", "--help").out().contains("+timeout=T is T seconds per try"));
    }
}
