package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.assertDiag;
import static wirepad.http.Parse.error;
import static wirepad.http.Parse.one;
import static wirepad.http.Parse.req;
import static wirepad.http.Parse.s;

import org.junit.jupiter.api.Test;
import wirepad.http.Framing.Kind;

/** Message body length, RFC 9112 §6.3, each rule in order with its reason text. */
class BodyLengthTest {
    private static StreamParse resp(String in, String method, boolean eof) {
        return Parse.both(Role.RESPONSE, ParserOptions.STRICT, in, eof, method);
    }

    private static void framing(HttpMessage m, Kind kind, int rule, String reason) {
        assertEquals(kind, m.framing().kind(), m.framing().reason());
        assertEquals(rule, m.framing().rule(), m.framing().reason());
        assertEquals(reason, m.framing().reason());
    }

    @Test
    void rule1HeadResponseHasNoBodyEvenWithContentLength() {
        StreamParse r = resp("HTTP/1.1 200 OK\r\nContent-Length: 22\r\n\r\n", "HEAD", false);
        HttpMessage m = one(r);
        framing(m, Kind.NONE, 1, "response to HEAD -> no body, even with Content-Length: 22 (RFC 9112 §6.3 rule 1)");
        assertTrue(r.complete());
        assertTrue(m.keepAlive());
    }

    @Test
    void rule1NoBodyStatuses() {
        for (String[] c : new String[][] {{"204", "204 No Content"}, {"304", "304 Not Modified"}, {"103", "103 interim response"}}) {
            HttpMessage m = one(resp("HTTP/1.1 " + c[0] + " X\r\nContent-Length: 5\r\n\r\n", null, false));
            framing(m, Kind.NONE, 1, c[1] + " -> no body, even with Content-Length: 5 (RFC 9112 §6.3 rule 1)");
            assertEquals(0, m.body().length);
        }
        HttpMessage m = one(resp("HTTP/1.1 204 No Content\r\n\r\n", null, false));
        framing(m, Kind.NONE, 1, "204 No Content -> no body (RFC 9112 §6.3 rule 1)");
    }

    @Test
    void rule1With304AndChunkedIgnoresTheCoding() {
        StreamParse r = resp("HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n", null, false);
        assertEquals(Kind.NONE, one(r).framing().kind());
        assertTrue(r.complete());
    }

    @Test
    void rule1Switching101IsATunnel() {
        String in = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\u0081\u0005hello";
        StreamParse r = resp(in, null, false);
        HttpMessage m = one(r);
        assertEquals(Kind.TUNNEL, m.framing().kind());
        assertTrue(m.framing().reason().contains("belong to the new protocol"), m.framing().reason());
        int headEnd = in.indexOf("\r\n\r\n") + 4;
        assertEquals(headEnd, r.tunnelAt());
        assertEquals(headEnd, r.consumed());
        assertTrue(r.complete());
        assertFalse(m.keepAlive());
    }

    @Test
    void rule2SuccessfulConnectIsATunnel() {
        String in = "HTTP/1.1 200 Connection Established\r\nContent-Length: 10\r\n\r\n\u0016\u0003\u0001";
        StreamParse r = resp(in, "CONNECT", false);
        HttpMessage m = one(r);
        framing(m, Kind.TUNNEL, 2, "200 to CONNECT -> no body; the connection is now a tunnel (RFC 9112 §6.3 rule 2)");
        assertEquals(in.length() - 3, r.tunnelAt());
        // a refused CONNECT has an ordinary body
        HttpMessage refused = one(resp("HTTP/1.1 407 Auth\r\nContent-Length: 2\r\n\r\nno", "CONNECT", false));
        assertEquals(Kind.LENGTH, refused.framing().kind());
    }

    @Test
    void rule4ChunkedLast() {
        HttpMessage m = one(req("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"));
        framing(m, Kind.CHUNKED, 4, "Transfer-Encoding: gzip, chunked -> chunked body, ends at the zero-size chunk (RFC 9112 §6.3 rule 4)");
        assertEquals("abc", s(m.body()));
        assertDiag(m, "RFC 9112 §6.1", "\"gzip\" is not undone");
    }

    @Test
    void rule4PlainChunkedReadsTheSameInEverySpelling() {
        // "chunked" alone takes a shortcut (no list splitting, a constant sentence); other spellings of it do not
        for (String te : new String[] {"chunked", "Chunked", " chunked", "chunked ;", ",chunked", "CHUNKED"}) {
            HttpMessage m = one(req("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: " + te + "\r\n\r\n3\r\nabc\r\n0\r\n\r\n"));
            framing(m, Kind.CHUNKED, 4, "Transfer-Encoding: chunked -> chunked body, ends at the zero-size chunk (RFC 9112 §6.3 rule 4)");
            assertEquals("abc", s(m.body()));
        }
    }

    @Test
    void rule4ChunkedNotLastInAResponseRunsUntilClose() {
        StreamParse r = resp("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nxyz", null, true);
        HttpMessage m = one(r);
        framing(m, Kind.CLOSE, 4, "Transfer-Encoding: chunked, gzip (chunked not last) -> body runs until the connection closes (RFC 9112 §6.3 rule 4)");
        assertEquals("xyz", s(m.body()));
        assertFalse(m.keepAlive());
    }

    @Test
    void rule4ChunkedNotLastInARequestIsAnError() {
        ParseError e = error(req("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n"), 26, "RFC 9112 §6.3 rule 4");
        assertTrue(e.message().contains("400"), e.message());
    }

    @Test
    void rule3TransferEncodingWinsOverContentLength() {
        HttpMessage m = one(req("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nA\r\n0\r\n\r\n"));
        framing(m, Kind.CHUNKED, 3, "Transfer-Encoding: chunked overrides Content-Length: 100 -> chunked body, ends at the zero-size chunk (RFC 9112 §6.3 rule 3)");
        assertDiag(m, "RFC 9112 §6.3 rule 3", "possible request smuggling");
        assertFalse(m.keepAlive());
        assertTrue(m.persistence().contains("Transfer-Encoding and Content-Length together"), m.persistence());
    }

    @Test
    void rule5DifferingContentLengthsAreAnError() {
        ParseError e = error(req("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 10\r\n\r\nhello"),
                61, "RFC 9112 §6.3 rule 5");
        assertTrue(e.message().contains("5 and 10"), e.message());
    }

    @Test
    void rule6ContentLength() {
        String body = "0123456789abcdefghijkl";
        HttpMessage m = one(req("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 22\r\n\r\n" + body));
        framing(m, Kind.LENGTH, 6, "Content-Length: 22 -> body is the next 22 bytes (RFC 9112 §6.3 rule 6)");
        assertEquals(22, m.framing().length());
        assertEquals(body, s(m.body()));
        HttpMessage oneByte = one(req("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n\r\nx"));
        assertEquals("Content-Length: 1 -> body is the next 1 byte (RFC 9112 §6.3 rule 6)", oneByte.framing().reason());
        HttpMessage zero = one(req("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n"));
        assertEquals(0, zero.body().length);
        assertEquals(Kind.LENGTH, zero.framing().kind());
    }

    @Test
    void rule7RequestWithNeitherHasNoBody() {
        StreamParse r = req("POST / HTTP/1.1\r\nHost: h\r\n\r\n");
        framing(one(r), Kind.NONE, 7, "request without Content-Length or Transfer-Encoding -> no body (RFC 9112 §6.3 rule 7)");
        assertTrue(r.complete());
    }

    @Test
    void rule8ResponseWithNeitherRunsUntilClose() {
        String in = "HTTP/1.1 200 OK\r\n\r\nall of this\r\n\r\nis body";
        HttpMessage m = one(resp(in, null, true));
        framing(m, Kind.CLOSE, 8, "response without Content-Length or Transfer-Encoding -> body runs until the connection closes (RFC 9112 §6.3 rule 8)");
        assertEquals("all of this\r\n\r\nis body", s(m.body()));
        assertFalse(m.keepAlive());
        StreamParse open = resp(in, null, false);
        assertTrue(open.messages().isEmpty());
        assertFalse(open.complete());
        assertTrue(open.waiting().contains("close"), open.waiting());
    }

    @Test
    void rule8ResponseWithNeitherAndNoBytesEndsAtClose() {
        StreamParse r = resp("HTTP/1.0 200 OK\r\n\r\n", null, true);
        assertEquals(0, one(r).body().length);
        assertTrue(r.complete());
    }
}
