package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.dns.Builder;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Question;
import wirepad.dns.RRType;

/** The server's query log: numbered lines, the bytes of each query and reply kept (bounded) and shown annotated. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class QueryLogTest {
    static final byte[] QUERY = Builder.encode(Message.query(0x1234, Question.of("www.lab", RRType.A), null));

    static Authority authority() throws ZoneException { return new Authority(List.of(ZoneFile.parse(LabZone.TEXT, "lab.zone", Name.ROOT))); }

    @Test void linesAreNumberedAndBytesAreShownByNumber() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryLog log = new QueryLog(new PrintStream(out, true, StandardCharsets.UTF_8), false);
        byte[] reply = authority().respond(QUERY, false);
        log.record("udp", "/127.0.0.1:4000", "127.0.0.1:53", QUERY, reply, null, Breakage.NONE);
        log.record("tcp", "/127.0.0.1:4001", "127.0.0.1:53", new byte[] {1, 2, 3}, null, null, Breakage.NONE);
        assertEquals("udp /127.0.0.1:4000 www.lab. IN A -> NOERROR, 41 bytes #1\n"
                + "tcp /127.0.0.1:4001 malformed (offset 0x0002 (2), header.flags: truncated: needs 2 bytes, only 1 left in the message (3 bytes);"
                + " bytes here: \"\\x03\") -> no reply #2\n", out.toString(StandardCharsets.UTF_8));
        String one = log.bytes(1);
        assertTrue(one.startsWith("query #1 over UDP from /127.0.0.1:4000 to 127.0.0.1:53: 25 bytes\n00000000  12 34 01 00"), one);
        assertTrue(one.contains("└ 000c..0010 question[0].name.label len=3 \"www\""), one);
        assertTrue(one.contains("\nreply #1: 41 bytes\n00000000  12 34 85 00"), one);
        assertTrue(one.contains("answer[0].address 192.0.2.7"), one);
        assertTrue(log.bytes(2).contains("\nreply #2: none sent\n"), log.bytes(2));
        assertEquals("no query #3: the queries so far are 1..2", assertThrows(IllegalArgumentException.class, () -> log.bytes(3)).getMessage());
        assertEquals("no queries yet", assertThrows(IllegalArgumentException.class, () -> new QueryLog(null, false).bytes(1)).getMessage());
    }

    @Test void theNewest1000AreKept() {
        QueryLog log = new QueryLog(null, false);
        for (int i = 0; i < QueryLog.KEEP + 5; i++) log.record("udp", "p", "s", QUERY, null, null, Breakage.NONE);
        assertEquals("query #3 is no longer kept (the newest 1000 queries, 16 MiB at most, are; kept now: 6..1005)",
                assertThrows(IllegalArgumentException.class, () -> log.bytes(3)).getMessage());
        assertTrue(log.bytes(6).startsWith("query #6 "));
        assertTrue(log.bytes(1005).startsWith("query #1005 "));
    }

    @Test void andAtMost16MiB() {
        QueryLog log = new QueryLog(null, false);
        byte[] big = new byte[65535];
        for (int i = 0; i < 300; i++) log.record("tcp", "p", "s", big, big, null, Breakage.NONE); // 39 MB offered
        int kept = QueryLog.KEEP_BYTES / (2 * 65535); // 128 exchanges of 2 x 65535 bytes
        assertEquals("query #" + (300 - kept) + " is no longer kept (the newest 1000 queries, 16 MiB at most, are; kept now: " + (301 - kept) + "..300)",
                assertThrows(IllegalArgumentException.class, () -> log.bytes(300 - kept)).getMessage());
        assertTrue(log.bytes(301 - kept).startsWith("query #" + (301 - kept) + " over TCP from p to s: 65535 bytes\n"));
    }

    @Test void aServerWithHexPrintsEveryQueryAnnotated() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        QueryLog log = new QueryLog(ps, true);
        try (DnsServer s = new DnsServer(authority(), new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Breakage.NONE, log).start();
             DatagramSocket c = new DatagramSocket()) {
            c.setSoTimeout(5000);
            c.send(new DatagramPacket(QUERY, QUERY.length, s.address()));
            c.receive(new DatagramPacket(new byte[512], 512));
            for (int i = 0; i < 100 && !out.toString(StandardCharsets.UTF_8).contains("compression:\n  0021"); i++) Thread.sleep(20);
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("udp /127.0.0.1:" + c.getLocalPort() + " www.lab. IN A -> NOERROR, 41 bytes #1\nquery #1 over UDP from /127.0.0.1:"
                    + c.getLocalPort() + " to 127.0.0.1:" + s.port() + ": 25 bytes\n"), text);
            assertTrue(text.contains("reply #1: 41 bytes"), text);
            assertEquals(text.substring(text.indexOf('\n') + 1), s.log().bytes(1));
        }
    }
}
