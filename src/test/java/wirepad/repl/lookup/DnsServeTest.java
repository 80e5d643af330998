package wirepad.repl.lookup;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.repl.CoreCommands;
import wirepad.repl.ServerCommands;

/** 'serve dns' and 'serve dns-lab' in the REPL: zone loading, the query log and its bytes. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DnsServeTest extends wirepad.repl.ReplTestBase {
    @Override protected List<wirepad.repl.CommandSet> sets() { return List.of(new CoreCommands(), new DnsCommands(), new ServerCommands()); }

    @Override protected Path workDir() { return Path.of("examples"); }

    @Override protected void ready() {
        run("set timeout 2s");
        run("set width 160");
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

    private String ok(String line) {
        int before = repl.failures();
        String out = run(line);
        assertEquals(before, repl.failures(), line + " failed:\n" + out);
        return out;
    }

    @Test void logNameNShowsTheBytesOfQueryNAndItsReply() {
        String started = ok("serve dns example.lab.zone");
        assertTrue(started.contains("queries it receives: 'log dns', query N byte by byte: 'log dns N'"), started);
        ok("dig www.example.lab @$dns +noedns");
        ok("dig nothere.example.lab @$dns");
        String log = ok("log dns");
        List<String> lines = log.lines().toList();
        assertEquals(2, lines.size(), log);
        assertTrue(lines.get(0).startsWith("dns: udp /127.0.0.1:") && lines.get(0).endsWith(" www.example.lab. IN A -> NOERROR, 49 bytes #1"), log);
        assertTrue(lines.get(1).endsWith(" nothere.example.lab. IN A -> NXDOMAIN, 99 bytes #2"), log);
        String two = ok("log dns 2");
        assertTrue(two.startsWith("query #2 over UDP from /127.0.0.1:"), two);
        assertTrue(two.contains("question[0].name.label len=7 \"nothere\""), two);
        assertTrue(two.contains("\nreply #2: 99 bytes\n"), two);
        assertTrue(two.contains("header.flags 0x8503 qr aa rd opcode=QUERY rcode=NXDOMAIN"), two);
        assertTrue(two.contains("authority[0].type 6 (SOA)"), two);
        assertEquals(two, ok("log $dns #2"), "$dns and #2 are accepted too");
        assertTrue(fails("log dns 3").contains("no query #3: the queries so far are 1..2"));
        assertTrue(fails("log nosuch 1").contains("no server 'nosuch'"));
    }

    @Test void theLabNumbersTheQueriesOfItsThreeServersInOneSequence() {
        ok("serve dns-lab");
        ok("trace www.example.lab");
        String log = ok("log dnslab");
        assertTrue(log.lines().count() >= 3, log);
        assertTrue(log.contains(" #1\n") && log.contains(" #3\n"), log);
        String three = ok("log dnslab 3");
        assertTrue(three.startsWith("query #3 over UDP from /127.0.0.1:") && three.contains(" to 127.0.0.4:"), three);
        assertTrue(three.contains("answer[0].address 192.0.2.7"), three);
    }
}
