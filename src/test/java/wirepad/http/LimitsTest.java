package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.error;
import static wirepad.http.Parse.one;

import org.junit.jupiter.api.Test;

/**
 * Every buffer has a limit and each limit its own error rule. Inputs here stop right after the
 * limit is passed (no line end, no more bytes): the error must come at once, not a NeedMore.
 */
class LimitsTest {
    private static StreamParse req(Limits l, String in) {
        return Parse.both(Role.REQUEST, ParserOptions.STRICT.withLimits(l), in, false, null);
    }

    private static StreamParse resp(Limits l, String in) {
        return Parse.both(Role.RESPONSE, ParserOptions.STRICT.withLimits(l), in, false, null);
    }

    @Test
    void startLine() {
        Limits l = Limits.DEFAULT.withMaxStartLine(20);
        String ok = "GET /abcdef HTTP/1.1"; // exactly 20
        assertEquals(20, ok.length());
        one(req(l, ok + "\r\nHost: h\r\n\r\n"));
        ParseError e = error(req(l, "GET /abcdefgh HTTP/1."), 20, "limit:start-line");
        assertTrue(e.message().contains("request-line longer than 20 bytes"), e.message());
        error(req(l, "GET /abcdefgh HTTP/1.\r"), 20, "limit:start-line");
        assertTrue(req(l, "GET /abcdefg HTTP/1.\r").ok(), "20 bytes and a CR that may start the CRLF: not over yet");
        error(resp(l, "HTTP/1.1 200 a long reason"), 20, "limit:start-line");
    }

    @Test
    void startLineDefaultIs8k() {
        String target = "/" + "a".repeat(8 * 1024);
        error(req(Limits.DEFAULT, "GET " + target), 8 * 1024, "limit:start-line");
    }

    @Test
    void fieldLine() {
        Limits l = Limits.DEFAULT.withMaxFieldLine(16);
        one(req(l, "GET / HTTP/1.1\r\nHost: h\r\nX: 0123456789abc\r\n\r\n")); // 16 bytes
        ParseError e = error(req(l, "GET / HTTP/1.1\r\nHost: h\r\nX: 0123456789abcd"), 25 + 16, "limit:field-line");
        assertTrue(e.message().contains("field line longer than 16 bytes") && e.message().contains("\"X: 0123456789abc\""), e.message());
    }

    @Test
    void head() {
        Limits l = Limits.DEFAULT.withMaxHead(40);
        String in = "GET / HTTP/1.1\r\nHost: h\r\nX-Long: 0123456789";
        ParseError e = error(req(l, in), 40, "limit:head");
        assertTrue(e.message().contains("header section longer than 40 bytes"), e.message());
    }

    @Test
    void headLimitReachedExactlyAtALineEnd() {
        // "Host: h" ends at byte 23: its CRLF and the empty line cross the limit by line ends only
        Limits l = Limits.DEFAULT.withMaxHead(23);
        one(req(l, "GET / HTTP/1.1\r\nHost: h\r\n\r\n"));
        error(req(l, "GET / HTTP/1.1\r\nHost: h\r\nX"), 25, "limit:head");
        error(req(l, "GET / HTTP/1.1\r\nHost: h\r\n\rX"), 25, "limit:head");
    }

    @Test
    void fields() {
        Limits l = Limits.DEFAULT.withMaxFields(2);
        one(req(l, "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\n\r\n"));
        ParseError e = error(req(l, "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\n"), 31, "limit:fields");
        assertTrue(e.message().contains("more than 2 field lines"), e.message());
    }

    @Test
    void trailerSectionHasTheSameLimits() {
        String head = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n";
        ParseError e = error(req(Limits.DEFAULT.withMaxFields(3), head + "T1: 1\r\nT2: 2\r\nT3: 3\r\nT4: 4\r\n"),
                head.length() + 21, "limit:fields");
        assertTrue(e.message().contains("trailer section"), e.message());
        error(req(Limits.DEFAULT.withMaxHead(100), head + "T: " + "x".repeat(200)), head.length() + 100, "limit:head");
    }

    @Test
    void chunkSize() {
        String head = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        error(req(Limits.DEFAULT.withMaxChunkSize(255), head + "100"), head.length() + 2, "limit:chunk-size");
        error(req(Limits.DEFAULT, head + "100000000"), head.length() + 8, "limit:chunk-size");
    }

    @Test
    void chunkSizeLineLength() {
        String head = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        // "Transfer-Encoding: chunked" is 26 bytes: the same limit holds the chunk-size line
        error(req(Limits.DEFAULT.withMaxFieldLine(26), head + "1;ext=" + "x".repeat(21)), head.length() + 26, "limit:field-line");
    }

    @Test
    void bodyByContentLength() {
        Limits l = Limits.DEFAULT.withMaxBody(10);
        one(req(l, "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n0123456789"));
        String head = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n";
        StreamParse early = req(l, head + "0123456789");
        assertNull(early.error(), "a declared length past the limit is not an error by itself");
        assertEquals("1 more body bytes (Content-Length: 11, 10 received)", early.waiting());
        ParseError e = error(req(l, head + "0123456789A"), head.length() + 10, "limit:body");
        assertTrue(e.message().contains("body longer than the body limit of 10 bytes (Content-Length: 11)"), e.message());
        // the error comes with the first byte past the limit, not only once the declared length is in
        error(req(l, head.replace("11", "1000") + "0123456789A"), head.length() + 2 + 10, "limit:body");
    }

    @Test
    void aLargeDeclaredLengthIsNoErrorUntilTheBytesCome() {
        // 100 000 000 > the 64 MiB default: the input just ended before the message did
        StreamParse r = resp(Limits.DEFAULT, "HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\nabc");
        assertNull(r.error());
        assertFalse(r.complete());
        assertEquals("99999997 more body bytes (Content-Length: 100000000, 3 received)", r.waiting());
    }

    @Test
    void bodyByChunks() {
        Limits l = Limits.DEFAULT.withMaxBody(10);
        String head = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        String first = "6\r\nabcdef\r\n";
        assertNull(req(l, head + first + "5\r\nabcd").error(), "10 body bytes: at the limit, not past it");
        ParseError e = error(req(l, head + first + "5\r\nabcde"), head.length() + first.length() + 3 + 4, "limit:body");
        assertTrue(e.message().contains("past the body limit of 10 bytes (chunk-size \"5\" declares 5)"), e.message());
    }

    @Test
    void theLargestChunkSizeIsASizeNotAnError() {
        String head = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        StreamParse r = req(Limits.DEFAULT, head + "7fffffff\r\nabc");
        assertNull(r.error());
        assertEquals("2147483647 bytes of chunk data (chunk 1)", r.waiting());
        Limits l = Limits.DEFAULT.withMaxBody(10);
        error(req(l, head + "7fffffff\r\n0123456789A"), head.length() + 10 + 10, "limit:body");
    }

    @Test
    void bodyUntilClose() {
        Limits l = Limits.DEFAULT.withMaxBody(10);
        String head = "HTTP/1.1 200 OK\r\n\r\n";
        ParseError e = error(resp(l, head + "0123456789A"), head.length() + 10, "limit:body");
        assertTrue(e.message().contains("close-delimited"), e.message());
    }
}
