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

    /** No raw byte 0x80-0xff (nor a control byte) in text the codec makes; '§' (RFC sections) is the codec's own. */
    static void assertVisible(String text) {
        for (char c : text.toCharArray())
            assertTrue(c >= 0x20 && c < 0x7f || c > 0xff || c == '§', () -> String.format("raw U+%04X in: %s", (int) c, text));
    }

    @Test
    void bytesAbove0x7fInFramingTextAreEscaped() {
        StreamParse r = Parse.resp("HTTP/1.1 200 OK\r\nContent-Length: 5\u0080\r\n\r\n");
        ParseError e = error(r);
        assertEquals("invalid Content-Length \"5\\x80\": the byte '\\x80' is not allowed (Content-Length = 1*DIGIT)", e.message());
        HttpMessage noBody = Parse.one(Parse.both(Role.RESPONSE, ParserOptions.STRICT,
                "HTTP/1.1 204 No Content\r\nContent-Length: 5\u00ff\r\n\r\n", false, null));
        assertTrue(noBody.framing().reason().contains("even with Content-Length: 5\\xff"), noBody.framing().reason());
        HttpMessage te = Parse.one(Parse.respEof("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\u00a0\r\nContent-Length: 5\u0080\r\n\r\nabc"));
        assertEquals("Transfer-Encoding: chunked\\xa0 overrides Content-Length: 5\\x80 (chunked not last) -> body runs until the"
                + " connection closes (RFC 9112 §6.3 rule 4)", te.framing().reason());
        assertTrue(te.diagnostics().stream().anyMatch(d -> d.message().startsWith("transfer-coding \"chunked\\xa0\" is not a token")),
                te.diagnostics().toString());
        for (HttpMessage m : java.util.List.of(noBody, te)) {
            assertVisible(m.framing().reason());
            for (Diagnostic d : m.diagnostics()) assertVisible(d.message());
        }
        assertVisible(e.message());
        assertVisible(error(req(GET.replace("GET", "POST") + "Content-Length: 1\u00e9\r\n\r\n")).message());
        assertVisible(error(req(GET.replace("GET", "POST") + "Transfer-Encoding: gzip\u00e9\r\n\r\n")).message());
    }

    @Test
    void bareCrInAChunkSizeLineIsQuoted() {
        String head = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        ParseError e = error(req(head + "5\rX;a=b\r\n"), head.length() + 1, "RFC 9112 §2.2");
        assertEquals("bare CR (a CR not followed by LF) in a chunk-size line \"5\\rX\"", e.message());
    }

    @Test
    void framingErrorsQuoteTheValue() {
        String m = message("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1_000\r\n\r\n");
        assertTrue(m.contains("\"1_000\"") && m.contains("'_'") && m.contains("1*DIGIT"), m);
    }
}
