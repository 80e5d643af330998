package wirepad.repl.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import wirepad.net.resolver.FakeDnsPeer;
import wirepad.repl.CoreCommands;
import wirepad.repl.ServerCommands;

/** The REPL's trace takes dig's +timeout (seconds, or Nms) and +tries, as dig and 'dns trace' do; without them, the timeout setting. */
class TraceTimingTest extends wirepad.repl.ReplTestBase {
    @Override protected List<wirepad.repl.CommandSet> sets() { return List.of(new CoreCommands(), new DnsCommands(), new ServerCommands()); }

    @Test void timeoutAndTriesAreDigs() throws Exception {
        AtomicInteger heard = new AtomicInteger();
        try (FakeDnsPeer silent = new FakeDnsPeer(q -> { heard.incrementAndGet(); return List.of(); }, null)) {
            String at = "@127.0.0.1:" + silent.port();
            String out = run("trace www.lab " + at + " +timeout=300ms +tries=3");
            assertTrue(out.contains("step 1: 127.0.0.1 (root hint) failed: no reply from 127.0.0.1 after 3 tries of 300 ms"), out);
            assertEquals(3, heard.get(), out);

            heard.set(0);
            run("set timeout 250ms");
            String dflt = run("trace www.lab " + at);
            assertTrue(dflt.contains("after 2 tries of 250 ms"), dflt);
            assertEquals(2, heard.get(), dflt);

            assertTrue(run("trace www.lab " + at + " +timeout=1s").startsWith("error: +timeout=1s: want seconds"));
        }
    }
}
