package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.one;
import static wirepad.http.Parse.req;

import org.junit.jupiter.api.Test;

/** RFC 9112 §9.3: persistence, with the reason in words. */
class PersistenceTest {
    @Test
    void http11IsPersistentByDefault() {
        HttpMessage m = one(req("GET / HTTP/1.1\r\nHost: h\r\n\r\n"));
        assertTrue(m.keepAlive());
        assertEquals("HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3)", m.persistence());
    }

    @Test
    void connectionCloseCloses() {
        HttpMessage m = one(req("GET / HTTP/1.1\r\nHost: h\r\nConnection: foo, CLOSE\r\n\r\n"));
        assertFalse(m.keepAlive());
        assertTrue(m.persistence().contains("Connection: close"), m.persistence());
    }

    @Test
    void http10ClosesUnlessKeepAlive() {
        HttpMessage plain = one(req("GET / HTTP/1.0\r\n\r\n"));
        assertFalse(plain.keepAlive());
        assertEquals("HTTP/1.0 without Connection: keep-alive -> closes after this message (RFC 9112 §9.3)", plain.persistence());
        HttpMessage ka = one(req("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"));
        assertTrue(ka.keepAlive());
        assertEquals("HTTP/1.0 with Connection: keep-alive -> persistent (RFC 9112 §9.3)", ka.persistence());
        HttpMessage both = one(req("GET / HTTP/1.0\r\nConnection: keep-alive\r\nConnection: close\r\n\r\n"));
        assertFalse(both.keepAlive());
    }

    @Test
    void http10ResponseWithKeepAliveAndLength() {
        HttpMessage m = one(Parse.resp("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n"));
        assertTrue(m.keepAlive());
    }

    @Test
    void closeDelimitedBodyCannotBeReused() {
        HttpMessage m = one(Parse.respEof("HTTP/1.1 200 OK\r\n\r\nx"));
        assertFalse(m.keepAlive());
        assertTrue(m.persistence().contains("cannot be reused"), m.persistence());
    }

    @Test
    void transferEncodingInHttp10MustClose() {
        HttpMessage m = one(req("POST / HTTP/1.0\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
        assertFalse(m.keepAlive());
        Parse.assertDiag(m, "RFC 9112 §6.1", "HTTP/1.0");
    }

    @Test
    void keepAliveTokenMeansNothingIn11() {
        HttpMessage m = one(req("GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive\r\n\r\n"));
        assertTrue(m.keepAlive());
    }

    @Test
    void bytesAfterAClosingMessageAreParsedWithANote() {
        String next = "GET /after HTTP/1.1\r\nHost: h\r\n\r\n";
        String[] closing = {
                "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.0\r\n\r\n",
                "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"};
        for (String first : closing) {
            StreamParse r = req(first + next);
            assertEquals(2, r.messages().size(), "kept parsing, so the bytes can be seen");
            HttpMessage after = r.messages().get(1);
            assertEquals("/after", after.requestLine().target());
            Diagnostic d = after.diagnostics().get(0);
            assertEquals(first.length(), d.offset());
            assertEquals("RFC 9112 §9.6", d.rule());
            assertTrue(d.message().startsWith("bytes after a message that closes the connection: a server would not read them"
                    + " (parsed anyway, to show them); before them: " + r.messages().get(0).persistence().replaceFirst(" \\(RFC 9112 §9\\.\\d\\)$", "")),
                    d.message());
            assertFalse(d.message().endsWith(")"), "the rule is cited once, by the diagnostic: " + d.message());
        }
        HttpMessage resp = Parse.resp("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n").messages().get(1);
        Parse.assertDiag(resp, "RFC 9112 §9.6", "a client would not read them");
        StreamParse open = req("GET / HTTP/1.1\r\nHost: h\r\n\r\n" + next);
        assertTrue(open.messages().get(1).diagnostics().isEmpty(), "a persistent connection carries the next message");
        StreamParse three = req(closing[0] + closing[0] + next);
        assertEquals(1, three.messages().get(1).diagnostics().size(), "one note after each message that closes");
        assertEquals(1, three.messages().get(2).diagnostics().size(), "one note after each message that closes");
    }
}
