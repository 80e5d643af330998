package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.error;
import static wirepad.http.Parse.one;
import static wirepad.http.Parse.req;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.http.StartLine.RequestLine;
import wirepad.http.StartLine.TargetForm;

/** request-line = method SP request-target SP HTTP-version (RFC 9112 §3). */
class RequestLineTest {
    private static RequestLine line(String startLine) {
        return one(req(startLine + "\r\nHost: h\r\n\r\n")).requestLine();
    }

    private static ParseError bad(String startLine, int offset, String rule) {
        return error(req(startLine + "\r\nHost: h\r\n\r\n"), offset, rule);
    }

    @Test
    void originForm() {
        RequestLine r = line("GET /index.html?q=1 HTTP/1.1");
        assertEquals("GET", r.method());
        assertEquals("/index.html?q=1", r.target());
        assertEquals(TargetForm.ORIGIN, r.form());
        assertEquals("HTTP/1.1", r.version());
        assertEquals(0, r.line().start());
        assertEquals(28, r.line().end());
    }

    @Test
    void methodIsAnyTokenAndCaseIsKept() {
        RequestLine r = line("x-My~Method! / HTTP/1.1");
        assertEquals("x-My~Method!", r.method());
        assertEquals("get", line("get / HTTP/1.1").method());
    }

    @Test
    void absoluteForm() {
        RequestLine r = line("GET http://example.com:8080/p?x HTTP/1.1");
        assertEquals(TargetForm.ABSOLUTE, r.form());
        assertEquals("http://example.com:8080/p?x", r.target());
        assertEquals(TargetForm.ABSOLUTE, line("GET svn+ssh://h/ HTTP/1.1").form());
    }

    @Test
    void authorityFormForConnect() {
        RequestLine r = line("CONNECT example.com:443 HTTP/1.1");
        assertEquals(TargetForm.AUTHORITY, r.form());
        assertEquals("example.com:443", r.target());
    }

    @Test
    void connectWithAPathIsRejected() {
        ParseError e = bad("CONNECT /x HTTP/1.1", 8, "RFC 9112 §3.2.3");
        assertTrue(e.message().contains("\"/x\""), e.message());
        bad("CONNECT http://a:1/ HTTP/1.1", 8, "RFC 9112 §3.2.3");
    }

    @Test
    void asteriskFormOnlyForOptions() {
        assertEquals(TargetForm.ASTERISK, line("OPTIONS * HTTP/1.1").form());
        ParseError e = bad("GET * HTTP/1.1", 4, "RFC 9112 §3.2.4");
        assertTrue(e.message().contains("OPTIONS") && e.message().contains("GET"), e.message());
    }

    @Test
    void targetThatIsNoFormIsRejected() {
        ParseError e = bad("GET index.html HTTP/1.1", 4, "RFC 9112 §3.2");
        assertTrue(e.message().contains("\"index.html\""), e.message());
        bad("GET 1http://a/ HTTP/1.1", 4, "RFC 9112 §3.2");
        bad("GET http:/a HTTP/1.1", 4, "RFC 9112 §3.2");
    }

    @Test
    void http10() {
        RequestLine r = line("GET / HTTP/1.0");
        assertEquals("HTTP/1.0", r.version());
        // HTTP/1.0 needs no Host
        assertEquals("HTTP/1.0", one(req("GET / HTTP/1.0\r\n\r\n")).version());
    }

    @Test
    void invalidMethodBytes() {
        ParseError e = bad("G@T / HTTP/1.1", 1, "RFC 9110 §9.1");
        assertTrue(e.message().contains("\"@\""), e.message());
        bad("(GET / HTTP/1.1", 0, "RFC 9110 §9.1");
        bad("GE\u0000T / HTTP/1.1", 2, "RFC 9110 §9.1");
    }

    @Test
    void leadingWhitespaceIsRejected() {
        bad(" GET / HTTP/1.1", 0, "RFC 9112 §3");
    }

    @Test
    void methodOnlyOrNothing() {
        bad("GET", 3, "RFC 9112 §3");
        ParseError e = bad("GET ", 4, "RFC 9112 §3");
        assertTrue(e.message().contains("no request-target"), e.message());
    }

    @Test
    void http09LineHasNoVersion() {
        ParseError e = bad("GET /", 5, "RFC 9112 §3");
        assertTrue(e.message().contains("HTTP/0.9"), e.message());
        ParseError e2 = bad("GET / ", 6, "RFC 9112 §3");
        assertTrue(e2.message().contains("no HTTP-version"), e2.message());
    }

    @Test
    void doubleSpaceStrictRejectsLenientNotes() {
        ParseError e = bad("GET  / HTTP/1.1", 4, "RFC 9112 §3");
        assertTrue(e.message().contains("more than one SP"), e.message());
        HttpMessage m = one(Parse.lenientReq("GET  /\tHTTP/1.1\r\nHost: h\r\n\r\n"));
        assertEquals("/", m.requestLine().target());
        assertEquals(2, m.diagnostics().stream().filter(d -> d.message().contains("several whitespace")).count());
        bad("GET\t/ HTTP/1.1", 3, "RFC 9110 §9.1");
        bad("GET /\tHTTP/1.1", 5, "RFC 9112 §3.2");
        assertEquals("/", one(Parse.lenientReq("GET\t/\tHTTP/1.1\r\nHost: h\r\n\r\n")).requestLine().target());
    }

    @Test
    void targetBytes() {
        ParseError e = bad("GET /caf\u00e9 HTTP/1.1", 8, "RFC 9112 §3.2");
        assertTrue(e.message().contains("\\xe9") && e.message().contains("%E9"), e.message());
        bad("GET /a\u0001b HTTP/1.1", 6, "RFC 9112 §3.2");
    }

    @Test
    void lowercaseVersionIsRejected() {
        ParseError e = bad("GET / http/1.1", 6, "RFC 9112 §2.3");
        assertTrue(e.message().contains("case-sensitive"), e.message());
        assertTrue(e.message().contains("\"http/1.1\""), e.message());
    }

    @Test
    void otherBadVersions() {
        ParseError two = bad("GET / HTTP/2.0", 11, "RFC 9112 §2.3");
        assertTrue(two.message().contains("major version 2"), two.message());
        bad("GET / HTTP/1", 12, "RFC 9112 §2.3");
        bad("GET / HTTP/1.", 13, "RFC 9112 §2.3");
        bad("GET / HTTP/1,1", 12, "RFC 9112 §2.3");
        bad("GET / HTTP/x.1", 11, "RFC 9112 §2.3");
        bad("GET / HTTPS/1.1", 10, "RFC 9112 §2.3");
        bad("GET / HTTP/1.1 ", 14, "RFC 9112 §3");
        bad("GET / HTTP/1.10", 14, "RFC 9112 §3");
    }

    @Test
    void http12IsHandledAs11WithADiagnostic() {
        HttpMessage m = one(req("GET / HTTP/1.2\r\nHost: h\r\n\r\n"));
        assertEquals("HTTP/1.2", m.version());
        Parse.assertDiag(m, "RFC 9110 §2.5", "HTTP/1.2 is handled as HTTP/1.1");
        assertEquals(6, m.diagnostics().get(0).offset());
        assertTrue(m.keepAlive());
    }

    @Test
    void hostIsRequiredIn11() {
        ParseError e = error(req("GET / HTTP/1.1\r\n\r\n"), 16, "RFC 9112 §3.2");
        assertTrue(e.message().contains("without a Host"), e.message());
        error(req("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"), 25, "RFC 9112 §3.2");
        HttpMessage m = one(Parse.lenientReq("GET / HTTP/1.1\r\n\r\n"));
        Parse.assertDiag(m, "RFC 9112 §3.2", "without a Host");
    }

    @Test
    void emptyLinesBeforeTheRequestLineAreSkipped() {
        HttpMessage m = one(req("\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n"));
        assertEquals(4, m.span().start());
        assertEquals(List.of("2 empty lines before the request-line ignored"),
                m.diagnostics().stream().map(Diagnostic::message).filter(t -> t.contains("empty line")).toList(), "one note, with a count");
        assertFalse(m.requestLine().method().isEmpty());
    }

    @Test
    void emptyLinesBeforeTheRequestLineCountTowardTheHeadLimit() {
        StreamParse r = req("\r\n".repeat(40_000) + "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        assertEquals("limit:head", r.error().rule());
        assertEquals(65536, r.error().offset());
    }
}
