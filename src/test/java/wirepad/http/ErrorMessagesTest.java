package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.error;
import static wirepad.http.Parse.req;

import org.junit.jupiter.api.Test;

/** Errors quote the offending bytes in visible form and name the rule; whole and sliced give the same text. */
class ErrorMessagesTest {
    private static final String GET = "GET / HTTP/1.1\r\nHost: h\r\n";

    private static String message(String in) { return error(req(in)).message(); }

    @Test
    void describeNamesOffsetMessageAndRule() {
        ParseError e = error(req(GET + "Bad Name: x\r\n\r\n"));
        assertEquals("byte " + e.offset() + ": " + e.message() + " (" + e.rule() + ")", e.describe());
        assertEquals(e.describe(), e.toString());
    }

    @Test
    void invalidBytesAreShownEscaped() {
        assertTrue(message(GET + "X: \u0000\r\n\r\n").contains("invalid byte \"\\x00\""), message(GET + "X: \u0000\r\n\r\n"));
        assertTrue(message(GET + "X: a\u001b[31m\r\n\r\n").contains("\"\\x1b\""));
        assertTrue(message("GET /\u00ff HTTP/1.1\r\n").contains("\"\\xff\""));
        assertTrue(message(GET + "X\tY: 1\r\n\r\n").contains("\"X\\tY\""), message(GET + "X\tY: 1\r\n\r\n"));
    }

    @Test
    void bareCrAndLfAreShownAsEscapes() {
        String cr = message(GET + "X: ab\rc\r\n\r\n");
        assertTrue(cr.contains("bare CR") && cr.contains("\"X: ab\\rc\""), cr);
        String lf = message("GET / HTTP/1.1\nHost: h\n\n");
        assertTrue(lf.contains("bare LF") && lf.contains("\"GET / HTTP/1.1\""), lf);
        String start = message("GET / HTTP/1.1\rX\r\n");
        assertTrue(start.contains("start-line") && start.contains("\"HTTP/1.1\\rX\""), start);
    }

    @Test
    void foldIsQuotedWithThePreviousLine() {
        String m = message(GET + "X: a\r\n b\r\n\r\n");
        assertTrue(m.contains("continues the previous field \"X: a\\r\\n \""), m);
    }

    @Test
    void wrongChunkSizeNamesTheDeclaredSizeAndTheBytesFound() {
        String m = message("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n");
        assertTrue(m.contains("chunk-size \"2\"") && m.contains("came \"c\"") && m.contains("is the chunk-size wrong?"), m);
    }

    @Test
    void versionIsQuotedWhole() {
        String m = message("GET / HTTP/1.1x\r\n");
        assertTrue(m.contains("\"HTTP/1.1x\""), m);
        String lower = message("GET / Http/1.1\r\nHost: h\r\n\r\n");
        assertTrue(lower.contains("\"Http/1.1\"") && lower.contains("\"HTTP/\""), lower);
    }

    @Test
    void longQuotesAreCut() {
        String m = message(GET + "X: " + "a".repeat(60) + "\u0000\r\n\r\n");
        assertTrue(m.contains("…"), m);
    }

    @Test
    void framingErrorsQuoteTheValue() {
        String m = message("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1_000\r\n\r\n");
        assertTrue(m.contains("\"1_000\"") && m.contains("'_'") && m.contains("1*DIGIT"), m);
    }
}
