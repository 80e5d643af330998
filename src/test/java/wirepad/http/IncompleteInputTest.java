package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Truncated input: NeedMore with a sensible waitingFor; with eof an "incomplete message" error (RFC 9112 §8). */
class IncompleteInputTest {
    private static final String CL = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n";
    private static final String TE = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";

    private static StreamParse open(String in) { return Parse.both(Role.REQUEST, ParserOptions.STRICT, in, false, null); }

    private static StreamParse closed(String in) { return Parse.both(Role.REQUEST, ParserOptions.STRICT, in, true, null); }

    private static void waiting(String in, String expected) {
        StreamParse r = open(in);
        assertNull(r.error(), () -> String.valueOf(r.error()));
        assertFalse(r.complete());
        assertEquals(0, r.consumed());
        assertEquals(expected, r.waiting());
        ParseError e = Parse.error(closed(in), in.length(), "RFC 9112 §8");
        assertTrue(e.message().startsWith("incomplete message"), e.message());
    }

    @Test
    void insideTheStartLine() {
        waiting("GET / HT", "the rest of the request-line");
        waiting("GET / HTTP/1.1\r", "the rest of the request-line");
    }

    @Test
    void insideTheHead() {
        waiting("GET / HTTP/1.1\r\nHost: h\r\n", "the rest of the header section");
        waiting("GET / HTTP/1.1\r\nHost: h\r\n\r", "the rest of the header section");
        ParseError e = Parse.error(closed("GET / HTTP/1.1\r\nHo"));
        assertTrue(e.message().contains("inside the header section"), e.message());
    }

    @Test
    void insideAContentLengthBody() {
        waiting(CL + "abc", "7 more body bytes (Content-Length: 10, 3 received)");
        ParseError e = Parse.error(closed(CL + "abc"));
        assertTrue(e.message().contains("after 3 of 10 body bytes"), e.message());
    }

    @Test
    void insideAChunkedBody() {
        waiting(TE, "a chunk-size line (chunk 1)");
        waiting(TE + "5\r\nab", "5 bytes of chunk data (chunk 1)");
        waiting(TE + "2\r\nab", "the CRLF after chunk 1's data");
        waiting(TE + "2\r\nab\r\n", "a chunk-size line (chunk 2)");
        waiting(TE + "0\r\n", "the trailer section and its final CRLF");
        waiting(TE + "0\r\nX: 1\r\n", "the trailer section and its final CRLF");
    }

    @Test
    void emptyInput() {
        StreamParse r = open("");
        assertFalse(r.complete());
        assertNull(r.error());
        assertTrue(r.messages().isEmpty());
        StreamParse c = closed("");
        assertNull(c.error());
        assertFalse(c.complete());
    }

    @Test
    void eofRightAfterAMessageIsClean() {
        StreamParse r = closed("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        assertNull(r.error());
        assertTrue(r.complete());
    }

    @Test
    void emptyLinesBeforeTheCloseAreNotAMessage() {
        String in = "GET / HTTP/1.1\r\nHost: h\r\n\r\n\r\n";
        StreamParse r = closed(in);
        assertNull(r.error(), () -> String.valueOf(r.error()));
        assertEquals(1, r.messages().size());
        assertEquals(in.length(), r.consumed());
        assertTrue(r.complete());
        Parse.error(closed(in + "\r\nG"), in.length() + 3, "RFC 9112 §8");
    }

    @Test
    void closeDelimitedResponseWaitsForTheClose() {
        StreamParse r = Parse.resp("HTTP/1.1 200 OK\r\n\r\npartial");
        assertEquals("the peer to close the connection (close-delimited body, 7 bytes so far)", r.waiting());
        assertFalse(r.complete());
    }
}
