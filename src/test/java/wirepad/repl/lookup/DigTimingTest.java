package wirepad.repl.lookup;

import static org.junit.jupiter.api.Assertions.*;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.net.resolver.FakeDnsPeer;
import wirepad.repl.CoreCommands;
import wirepad.repl.ServerCommands;

/** Issue #11 for the REPL's dig, qsend and lookup: connection refused at once; +timeout and +tries as in dig. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DigTimingTest extends wirepad.repl.ReplTestBase {
    @Override protected List<wirepad.repl.CommandSet> sets() { return List.of(new CoreCommands(), new DnsCommands(), new ServerCommands()); }

    @Override protected Path workDir() { return Path.of("examples"); }

    @Override protected void ready() { run("set timeout 10s"); }

    static int closedPort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test void digLookupAndQsendSayConnectionRefusedAtOnce() throws Exception {
        int port = closedPort();
        for (String line : List.of("dig www.example.lab @127.0.0.1:" + port + " +tries=3",
                "lookup www.example.lab @127.0.0.1:" + port + " +tries=3", "qsend @127.0.0.1:" + port)) {
            long t0 = System.nanoTime();
            String out = run(line);
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), line + ": before the 10 s timeout");
            assertTrue(out.contains("error: connection refused: nothing listens on UDP port " + port + " at 127.0.0.1"), line + "\n" + out);
        }
    }

    @Test void digTakesTimeoutInSecondsOrMsAndTries() throws Exception {
        try (FakeDnsPeer silent = new FakeDnsPeer(q -> List.of(), null)) {
            String out = run("dig www.example.lab @127.0.0.1:" + silent.port() + " +timeout=200ms +tries=3");
            assertTrue(out.contains("error: no UDP reply from 127.0.0.1:" + silent.port() + " after 3 tries of 200 ms"), out);
            out = run("dig www.example.lab @127.0.0.1:" + silent.port() + " +timeout=1");
            assertTrue(out.contains("error: no UDP reply from 127.0.0.1:" + silent.port() + " within 1000 ms"), out);
            assertTrue(run("dig www.example.lab +timeout=soon").contains("error: +timeout=soon: want seconds (+timeout=2) or milliseconds with ms"));
        }
    }
}
