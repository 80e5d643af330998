package wirepad.repl.lookup;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.repl.CommandTable;
import wirepad.repl.CoreCommands;
import wirepad.repl.Repl;
import wirepad.repl.ServerCommands;
import wirepad.repl.Session;
import wirepad.transcript.ScriptConsole;

/** 'serve dns' and 'serve dns-lab' in the REPL: zone loading, the query log and its bytes. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DnsServeTest {
    private Session session;
    private ScriptConsole console;
    private Repl repl;

    @BeforeEach void start() {
        CommandTable table = new CommandTable(List.of(new CoreCommands(), new DnsCommands(), new ServerCommands()));
        session = table.newSession(Path.of("examples").toAbsolutePath());
        console = new ScriptConsole(100);
        repl = new Repl(table, session, console);
        run("set timeout 2s");
        run("set width 160");
    }

    @AfterEach void stop() { session.close(); }

    private String run(String line) {
        repl.execute(line);
        return console.take();
    }

    private String fails(String line) {
        int before = repl.failures();
        String out = run(line);
        assertEquals(before + 1, repl.failures(), line + " should fail:\n" + out);
        return out;
    }

    @Test void anEndlessZoneFileIsAnErrorNotAHang() {
        if (!Files.isReadable(Path.of("/dev/zero"))) return;
        String out = fails("serve dns /dev/zero");
        assertTrue(out.contains("/dev/zero: larger than the limit for a zone file (16777216 bytes, 16 MiB)"), out);
        assertTrue(run("servers").contains("no servers running"));
    }

    @Test void aLabBindFailureSaysWhichAddressAndWhy() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket()) {
            taken.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0.3"), 0));
            int port = taken.getLocalPort();
            String out = fails("serve dns-lab " + port);
            assertTrue(out.contains("cannot bind 127.0.0.3 port " + port + " (UDP and TCP): Address already in use: another program"), out);
            assertTrue(out.contains("pick another port, or 0 for a free one"), out);
        }
    }
}
