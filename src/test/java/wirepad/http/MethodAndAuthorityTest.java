package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CONNECT's authority-form needs a port; methods are case-sensitive (RFC 9110 §9.1). */
class MethodAndAuthorityTest {
    @Test void connectWithPortIsAuthorityForm() {
        StreamParse r = Parse.req("CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n");
        assertNull(r.error());
        assertEquals(StartLine.TargetForm.AUTHORITY, Parse.one(r).requestLine().form());
    }

    @Test void connectWithoutPortIsRejected() {
        StreamParse r = Parse.req("CONNECT example.test HTTP/1.1\r\nHost: example.test\r\n\r\n");
        assertEquals("RFC 9112 §3.2.3", r.error().rule());
        assertEquals(8, r.error().offset());
        assertTrue(r.error().message().contains("the port is required"), r.error().message());
        assertEquals("RFC 9112 §3.2.3", Parse.req("CONNECT example.test: HTTP/1.1\r\nHost: x\r\n\r\n").error().rule());
    }

    @Test void aTargetFormThatDoesNotFitTheMethodIsFramedThenRejected() {
        for (ParserOptions o : new ParserOptions[] {ParserOptions.STRICT, ParserOptions.LENIENT}) {
            StreamParse r = Parse.both(Role.REQUEST, o, "GET * HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", false, null);
            assertEquals(1, r.messages().size(), "shown, and a server reads no further");
            assertEquals(StartLine.TargetForm.ASTERISK, r.messages().get(0).requestLine().form());
            assertEquals(r.error(), r.messages().get(0).rejection());
            Parse.error(r, 4, "RFC 9112 §3.2.4");
            StreamParse c = Parse.both(Role.REQUEST, o, "CONNECT a/b HTTP/1.1\r\nHost: a\r\n\r\n", false, null);
            assertEquals(1, c.messages().size());
            Parse.error(c, 8, "RFC 9112 §3.2.3");
        }
    }

    @Test void lowerCaseHeadIsNotHead() {
        String reply = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc";
        StreamParse head = Parse.both(Role.RESPONSE, ParserOptions.STRICT, reply, false, "HEAD");
        assertEquals(Framing.Kind.NONE, Parse.one(head).framing().kind());
        StreamParse lower = Parse.both(Role.RESPONSE, ParserOptions.STRICT, reply, false, "head");
        assertEquals(Framing.Kind.LENGTH, Parse.one(lower).framing().kind());
        assertEquals(3, Parse.one(lower).body().length);
    }
}
