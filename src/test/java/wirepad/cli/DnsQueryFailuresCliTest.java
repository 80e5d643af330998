package wirepad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.net.resolver.FakeDnsPeer;
import wirepad.server.authority.Breakage;
import wirepad.server.authority.DnsServer;

/** 'dns query' when no usable reply comes: a clear error, never a stack trace, and the attempts shown. Loopback only. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class DnsQueryFailuresCliTest {
    static DnsCommandTest.Result run(String... args) { return DnsCommandTest.run(new byte[0], args); }

    static void noStackTrace(DnsCommandTest.Result r) {
        assertFalse((r.out() + r.err()).contains("Exception"), r.out() + r.err());
        assertFalse((r.out() + r.err()).contains("\tat "), r.out() + r.err());
    }

    @Test void ignoreWithATruncatedReplyThatDoesNotDecodeSaysMalformed() throws Exception {
        try (FakeDnsPeer peer = new FakeDnsPeer(q -> List.of(FakeDnsPeer.truncatedAndUndecodable(q)), null)) {
            String at = "@127.0.0.1:" + peer.port();
            for (String mode : List.of("+ignore", "+repeat=2")) {
                DnsCommandTest.Result r = run("dns", "query", "www.example.lab", at, "+ignore", mode, "+tries=1", "+timeout=300ms");
                assertEquals(1, r.code(), mode + ": " + r.err());
                noStackTrace(r);
                assertTrue(r.err().contains("wirepad dns query: malformed reply: offset 0x"), mode + ": " + r.err());
                assertTrue(r.err().contains("answer[0].rdlength"), mode + ": " + r.err());
                assertTrue(r.out().contains("TC=1 and malformed"), mode + ": " + r.out());
            }
        }
    }

    @Test void aPcapThatCannotBeWrittenSaysWhy() throws Exception {
        try (DnsServer s = DnsEndToEndCliTest.server(Breakage.NONE)) {
            DnsCommandTest.Result r = run("dns", "query", "www.lab", "@127.0.0.1:" + s.port(), "+short", "+timeout=5", "--pcap", "/nonexistent/x.pcap");
            assertEquals(1, r.code(), r.err());
            noStackTrace(r);
            assertEquals("wirepad dns query: cannot write /nonexistent/x.pcap: the directory /nonexistent does not exist\n", r.err());
        }
    }

    @Test void ignoredRepliesAreShownWhenTheQueryFails() throws Exception {
        try (DnsServer broken = DnsEndToEndCliTest.server(Breakage.WRONG_ID)) {
            DnsCommandTest.Result r = run("dns", "query", "www.lab", "@127.0.0.1:" + broken.port(), "+tries=2", "+timeout=300ms");
            assertEquals(1, r.code());
            assertTrue(r.err().contains("no reply from 127.0.0.1#" + broken.port() + "(127.0.0.1) after 2 tries of 300 ms"), r.err());
            assertTrue(r.out().contains(";; attempt 1: UDP ") && r.out().contains(";; attempt 2: UDP "), r.out());
            assertEquals(2, r.out().split(";;   ignored \\d+ bytes from 127\\.0\\.0\\.1#\\d+\\(127\\.0\\.0\\.1\\) after [0-9.]+ ms: id 0x[0-9a-f]{4}, expected 0x", -1).length - 1, r.out());
            DnsCommandTest.Result sh = run("dns", "query", "www.lab", "@127.0.0.1:" + broken.port(), "+tries=1", "+timeout=300ms", "+short");
            assertEquals("", sh.out(), "+short keeps stdout for the data");
            assertTrue(sh.err().contains(";;   ignored ") && sh.err().contains("expected 0x"), sh.err());
        }
        try (FakeDnsPeer echo = new FakeDnsPeer(q -> List.of(FakeDnsPeer.echo(q)), null)) {
            DnsCommandTest.Result r = run("dns", "query", "www.lab", "@127.0.0.1:" + echo.port(), "+tries=1", "+timeout=300ms");
            assertEquals(1, r.code());
            assertTrue(r.out().contains(": QR=0: a query, not a response"), r.out());
            DnsCommandTest.Result tcp = run("dns", "query", "www.lab", "@127.0.0.1:" + echo.port(), "+tcp", "+timeout=300ms");
            assertEquals(1, tcp.code());
            assertTrue(tcp.out().contains(";; attempt 1: TCP to 127.0.0.1#" + echo.port()), tcp.out());
            assertTrue(tcp.err().contains("no complete reply within 300 ms"), tcp.err());
        }
    }

    @Test void refusedTcpNamesTheServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DnsCommandTest.Result r = run("dns", "query", "www.lab", "@127.0.0.1:" + port, "+tcp", "+timeout=500ms");
        assertEquals(1, r.code());
        assertTrue(r.err().endsWith("wirepad dns query: connection refused by 127.0.0.1:" + port + " (TCP): is a DNS server listening there?\n"), r.err());
    }

    @Test void repeatCountsOneMissPerNetworkQuery() throws Exception {
        try (DnsServer s = DnsEndToEndCliTest.server(Breakage.NONE)) {
            DnsCommandTest.Result r = run("dns", "query", "alias.lab", "@127.0.0.1:" + s.port(), "+repeat=3");
            assertEquals(0, r.code(), r.err());
            assertEquals(1, r.out().split("cache miss", -1).length - 1, r.out());
            assertTrue(r.out().contains(";; cache: 4 hits, 1 miss, "), r.out());
        }
    }
}
