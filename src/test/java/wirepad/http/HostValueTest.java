package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.b;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Host (RFC 9112 §3.2, RFC 3986 §3.2.2): strict frames the request and records an error-level
 * finding (a server answers 400); lenient records a note. Every input whole and byte by byte.
 */
class HostValueTest {
    static String request(String host) { return "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n"; }

    /** Each case: the Host value, and the index in it of the byte the finding points at. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a b|1", "a/b|1", "a\tb|1", "a@b|1", "a,b|1", "[::1|4", "a?b|1", "a#b|1", "a:b:c|2",
        "a\u00e9|1", "%zz|0", "[::g]|1", "[::1]x|5", "a:8o|3", "[1:2:3:4:5:6:7:8:9]|1"})
    void strictFramesTheRequestAndRejectsIt(String host, int index) {
        StreamParse r = Parse.req(request(host));
        assertEquals(1, r.messages().size(), "the request is still framed and shown");
        HttpMessage m = r.messages().get(0);
        assertEquals(request(host).length(), m.span().end(), "it ends where the head ends");
        ParseError no = m.rejection();
        assertNotNull(no, "strict rejects Host " + host);
        assertEquals("RFC 9112 §3.2", no.rule());
        assertEquals(22 + index, no.offset(), no::describe);
        assertTrue(no.message().contains("is not uri-host") && no.message().contains("a server MUST answer 400"), no.message());
        assertEquals(no, r.error(), "the stream stops at the rejected request with that finding as its error");
        assertTrue(m.diagnostics().stream().anyMatch(d -> d.isError() && d.offset() == no.offset()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a/b", "a@b", "a,b", "[::1", "a:b:c"})
    void lenientNotesIt(String host) {
        StreamParse r = Parse.lenientReq(request(host));
        HttpMessage m = Parse.one(r);
        assertNull(m.rejection());
        Parse.assertDiag(m, "RFC 9112 §3.2", "is not uri-host");
        assertTrue(m.diagnostics().stream().noneMatch(Diagnostic::isError));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "example.com:8080", "a:", "127.0.0.1:80", "[::1]", "[::1]:8080", "[2001:db8::7]",
        "[::ffff:10.0.0.1]", "[v1.fe:x]", "xn--caf-dma.example", "%41b", "a_b~c-d.e", "a!$&'()*+;="})
    void validHostsPass(String host) {
        HttpMessage m = Parse.one(Parse.req(request(host)));
        assertNull(m.rejection(), () -> "Host " + host + ": " + m.diagnostics());
        assertNull(HostValue.check(host));
    }

    @Test
    void missingHostIsFramedAndShownWithTheVerdict() {
        StreamParse r = Parse.req("POST /x HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiGET / HTTP/1.1\r\nHost: a\r\n\r\n");
        assertEquals(1, r.messages().size(), "a server answers 400 and reads no further");
        HttpMessage m = r.messages().get(0);
        assertEquals("hi", Parse.s(m.body()), "framed: the body is read");
        assertEquals(Framing.Kind.LENGTH, m.framing().kind());
        ParseError no = Parse.error(r, 37, "RFC 9112 §3.2");
        assertTrue(no.message().contains("without a Host"), no.message());
        assertEquals(no, m.rejection());
        assertFalse(r.complete());
        assertEquals(41, r.consumed(), "consumed up to the end of the rejected request");
    }

    @Test
    void twoHostsAreFramedAndRejected() {
        StreamParse r = Parse.req("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
        assertEquals(1, r.messages().size());
        Parse.error(r, 25, "RFC 9112 §3.2");
    }

    @Test
    void http10WithoutHostIsFineButAnInvalidOneIsNot() {
        assertNull(Parse.one(Parse.req("GET / HTTP/1.0\r\n\r\n")).rejection());
        assertNotNull(Parse.req("GET / HTTP/1.0\r\nHost: a b\r\n\r\n").messages().get(0).rejection());
    }

    @Test
    void aServerReadsTheRejectionAsAFailure() {
        MessageParser p = new MessageParser(Role.REQUEST, ParserOptions.STRICT);
        p.feed(b(request("a/b")));
        ParseResult r = p.next().rejecting();
        assertTrue(r instanceof ParseResult.Failed f && f.error().offset() == 23, r::toString);
        MessageParser ok = new MessageParser(Role.REQUEST, ParserOptions.STRICT);
        ok.feed(b(request("a")));
        assertTrue(ok.next().rejecting() instanceof ParseResult.Done);
    }

    @Test
    void aServerNeedNotReadTheBodyOfARejectedRequest() {
        String head = "POST / HTTP/1.1\r\nHost: a b\r\nContent-Length: 100\r\n\r\n";
        MessageParser p = new MessageParser(Role.REQUEST, ParserOptions.STRICT);
        p.feed(b(head + "ab"));
        ParseResult r = p.next();
        assertTrue(r instanceof ParseResult.NeedMore n && n.rejection() != null && n.rejection().offset() == 24, r::toString);
        assertTrue(r.rejecting() instanceof ParseResult.Failed f && f.error().rule().equals("RFC 9112 §3.2"), r::toString);
        // chunked too; and http parse still frames the whole message once the body is there
        MessageParser c = new MessageParser(Role.REQUEST, ParserOptions.STRICT);
        c.feed(b("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"));
        assertTrue(c.next().rejecting() instanceof ParseResult.Failed);
        StreamParse whole = Parse.req(head + "x".repeat(100));
        assertEquals(100, whole.messages().get(0).body().length);
        assertEquals(24, whole.error().offset());
        // lenient: a note, the body is awaited as usual
        MessageParser l = new MessageParser(Role.REQUEST, ParserOptions.LENIENT);
        l.feed(b(head));
        assertTrue(l.next().rejecting() instanceof ParseResult.NeedMore n && n.rejection() == null);
    }

    @Test
    void responsesHaveNoHostRule() {
        assertNull(Parse.one(Parse.resp("HTTP/1.1 200 OK\r\nHost: a b\r\nContent-Length: 0\r\n\r\n")).rejection());
    }

    /** Lenient joins an obs-fold in Host with SP: the Host checks read the joined value, not the line before the fold. */
    @Test void foldedHostIsCheckedWhole() {
        HttpMessage m = Parse.one(Parse.lenientReq("GET / HTTP/1.1\r\nHost: exa\r\n mple.org\r\n\r\n"));
        assertEquals("exa mple.org", m.headers().get(0).value());
        Parse.assertDiag(m, "RFC 9112 §3.2", "Host \"exa mple.org\" is not uri-host");
        assertFalse(Parse.hasDiag(m, "RFC 9112 §3.2", "more than one Host"), m.diagnostics()::toString);
    }
}
