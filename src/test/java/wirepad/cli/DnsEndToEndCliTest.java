package wirepad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wirepad.dns.Name;
import wirepad.server.authority.Authority;
import wirepad.server.authority.Breakage;
import wirepad.server.authority.DnsServer;
import wirepad.server.authority.LabZone;
import wirepad.server.authority.ZoneFile;

/** The CLI commands against a server started by the test on loopback. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class DnsEndToEndCliTest {
    static DnsCommandTest.Result run(String... args) { return DnsCommandTest.run(new byte[0], args); }

    static DnsServer server(Breakage b) throws Exception {
        return new DnsServer(new Authority(List.of(ZoneFile.parse(LabZone.TEXT, "lab.zone", Name.ROOT))),
                InetAddress.getLoopbackAddress(), 0, b, null).start();
    }

    @Test void queryShortJsonAndDig() throws Exception {
        try (DnsServer s = server(Breakage.NONE)) {
            String at = "@127.0.0.1:" + s.port();
            DnsCommandTest.Result sh = run("dns", "query", "alias.lab", "A", at, "+short");
            assertEquals(0, sh.code(), sh.err());
            assertEquals("www.lab.\n192.0.2.7\n", sh.out());
            DnsCommandTest.Result json = run("dns", "query", "nope.lab", at, "+json");
            assertTrue(json.out().contains("\"rcode\":\"NXDOMAIN\""), json.out());
            DnsCommandTest.Result dig = run("dns", "query", "big.lab", "TXT", at, "+noedns");
            assertTrue(dig.out().contains("TC=1 (truncated): retrying over TCP"), dig.out());
            assertTrue(dig.out().contains(";; ->>HEADER<<- opcode: QUERY, status: NOERROR"), dig.out());
            assertTrue(dig.out().contains("(TCP)"), dig.out());
            DnsCommandTest.Result tcp = run("dns", "query", "www.lab", at, "+tcp", "+short");
            assertEquals("192.0.2.7\n", tcp.out());
            DnsCommandTest.Result rep = run("dns", "query", "alias.lab", at, "+repeat=2");
            assertTrue(rep.out().contains(";; cache: 2 hits, "), rep.out());
        }
    }

    @Test void malformedReplyExitsOne() throws Exception {
        try (DnsServer s = server(Breakage.TRUNCATED_RDATA)) {
            DnsCommandTest.Result r = run("dns", "query", "www.lab", "@127.0.0.1:" + s.port(), "+tries=1", "+timeout=500ms");
            assertEquals(1, r.code());
            assertTrue(r.err().contains("answer[0].rdlength"), r.err());
        }
    }

    @Test void queryUsageErrors() {
        assertEquals(2, run("dns", "query").code());
        assertEquals(2, run("dns", "query", "a.lab", "NOTATYPE", "@127.0.0.1").code());
        assertEquals(2, run("dns", "query", "a.lab", "+frobnicate").code());
        assertEquals(2, run("dns", "query", "-x", "300.1.1.1", "@127.0.0.1").code());
        assertEquals(0, run("dns", "query", "--help").code());
        assertEquals(2, run("dns", "trace").code());
    }

    @Test void serveReportsItsPortAndRejectsBadZones(@TempDir Path tmp) throws Exception {
        Path zone = Files.writeString(tmp.resolve("lab.zone"), LabZone.TEXT);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = DnsServeCommand.dns(new String[] {"--port", "0", "--zone", zone.toString()}, new java.io.PrintStream(out, true), System.err, false);
        assertEquals(0, code);
        assertTrue(out.toString().matches("(?s).*dns: listening on 127\\.0\\.0\\.1 port [1-9][0-9]* \\(udp\\+tcp\\).*"), out.toString());
        Path bad = Files.writeString(tmp.resolve("bad.zone"), "$TTL 1\n@ SOA a b 1 2 3 4 5\nwww A 1.2.3\n");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertEquals(1, DnsServeCommand.dns(new String[] {"--zone", bad.toString()}, System.out, new java.io.PrintStream(err, true), false));
        assertTrue(err.toString().contains("bad.zone:3: not an IPv4 address"), err.toString());
        java.io.PrintStream sink = new java.io.PrintStream(new java.io.ByteArrayOutputStream());
        assertEquals(2, ServeCommand.run(new String[] {"dns"}, sink, sink), "no --zone");
        assertEquals(2, ServeCommand.run(new String[] {"dns", "--zone", zone.toString(), "--break", "weird"}, sink, sink));
        assertEquals(2, ServeCommand.run(new String[] {"http"}, sink, sink));
    }
}
