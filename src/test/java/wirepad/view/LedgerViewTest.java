package wirepad.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import wirepad.http.ParserOptions;
import wirepad.net.Connection;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Exchange;
import wirepad.net.ExchangeLog;
import wirepad.net.Ledger;
import wirepad.server.EchoHandler;
import wirepad.server.HttpServer;

/** The ledger view lists every chunk: time since connect, direction, offsets in its direction, size, first bytes. */
class LedgerViewTest {
    static Ledger ledger() {
        Ledger l = new Ledger(new Endpoint("127.0.0.1", 40138), new Endpoint("127.0.0.1", 8080), System.nanoTime());
        for (String part : List.of("GET /", " HTTP/1.1\r\n", "Host: x\r\n\r\n")) {
            byte[] b = Offline.b(part);
            l.record(Direction.SENT, b, 0, b.length);
        }
        byte[] r = Offline.b("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi");
        l.record(Direction.RECEIVED, r, 0, 17);
        l.record(Direction.RECEIVED, r, 17, r.length - 17);
        return l;
    }

    static void matches(String regex, String line) { assertTrue(Pattern.matches(regex, line), () -> "\"" + line + "\" !~ " + regex); }

    @Test void everyChunkWithItsOffsetsSizeAndBytes() {
        String[] lines = LedgerView.render(ledger(), 0, Long.MAX_VALUE, 0, Long.MAX_VALUE).split("\n");
        assertEquals("127.0.0.1:40138 -> 127.0.0.1:8080 (> written, < read; time since connect start; offsets per direction)", lines[0]);
        String t = " +\\+\\d+\\.\\d ms  ";
        matches(t + "> 0\\.\\.5     5 bytes  GET /", lines[1]);
        matches(t + "> 5\\.\\.16   11 bytes   HTTP/1\\.1␍␊", lines[2]);
        matches(t + "> 16\\.\\.27  11 bytes  Host: x␍␊␍␊", lines[3]);
        matches(t + "< 0\\.\\.17   17 bytes  HTTP/1\\.1 200 OK␍␊", lines[4]);
        matches(t + "< 17\\.\\.40  23 bytes  Content-Length: 2␍␊␍␊hi", lines[5]);
        assertEquals("3 writes (27 bytes), 2 reads (40 bytes)", lines[6]);
    }

    @Test void aRangeIsClippedAndTheCloseShowsOnlyAtTheEnd() {
        Ledger l = ledger();
        l.closedBy("peer closed");
        String part = LedgerView.render(l, 5, 27, 17, 40);
        assertTrue(part.contains("> 5..16") && part.contains("> 16..27") && part.contains("< 17..40"), part);
        assertFalse(part.contains("> 0..5") || part.contains("< 0..17"), part);
        assertTrue(part.contains(" ms  peer closed\n"), part);
        String early = LedgerView.render(l, 0, 16, 0, 17);
        assertTrue(early.contains("> 0..5") && early.contains("> 5..16") && !early.contains("> 16..27"), early);
        assertTrue(!early.contains("peer closed"), "an earlier exchange on the connection does not end with the close:\n" + early);
    }

    @Test void aLongConnectionListsItsFirstAndLastChunks() {
        Ledger l = new Ledger(new Endpoint("127.0.0.1", 1), new Endpoint("127.0.0.1", 2), System.nanoTime());
        byte[] one = {'x'};
        for (int i = 0; i < 1000; i++) l.record(Direction.RECEIVED, one, 0, 1);
        String v = LedgerView.render(l, 0, Long.MAX_VALUE, 0, Long.MAX_VALUE);
        assertTrue(v.contains("< 299..300") && v.contains("  … 650 more chunks …\n") && v.contains("< 950..951") && !v.contains("< 300..301"), v);
        assertTrue(v.endsWith("0 writes (0 bytes), 1000 reads (1000 bytes)\n"), v);
    }

    @Test void splitWritesAreListedOneByOne() throws Exception {
        byte[] get = Offline.b("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        try (HttpServer s = HttpServer.start("echo", new EchoHandler(Clock.systemUTC()), HttpServer.Options.loopback(0), Clock.systemUTC(), null);
             Connection c = Connection.open("127.0.0.1", s.port(), Connection.Options.DEFAULT)) {
            Exchange.Result r = Exchange.run(c, List.of(get), new Exchange.WritePlan(5, 10), ParserOptions.STRICT);
            ExchangeLog x = new ExchangeLog(1, c.target(), List.of(get), c.ledger(), r, c.connectNanos(), 0, 0, get.length);
            String v = LedgerView.render(x);
            assertTrue(v.contains(" connected\n"), v);
            for (int off = 0; off < get.length; off += 5)
                assertTrue(v.contains("> " + off + ".." + Math.min(get.length, off + 5) + " "), "write at " + off + " in\n" + v);
            assertTrue(v.contains("6 writes (27 bytes)"), v);
            assertTrue(HexView.render(x).startsWith("> sent 27 bytes in 6 writes"), HexView.render(x));
        }
    }
}
