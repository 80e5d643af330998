package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.error;
import static wirepad.http.Parse.one;
import static wirepad.http.Parse.resp;

import org.junit.jupiter.api.Test;
import wirepad.http.StartLine.StatusLine;

/** status-line = HTTP-version SP status-code SP [ reason-phrase ] (RFC 9112 §4). */
class StatusLineTest {
    private static HttpMessage msg(String statusLine) {
        return one(resp(statusLine + "\r\nContent-Length: 0\r\n\r\n"));
    }

    private static ParseError bad(String statusLine, int offset, String rule) {
        return error(resp(statusLine + "\r\nContent-Length: 0\r\n\r\n"), offset, rule);
    }

    @Test
    void ordinary() {
        StatusLine s = msg("HTTP/1.1 404 Not Found").statusLine();
        assertEquals("HTTP/1.1", s.version());
        assertEquals(404, s.status());
        assertEquals("Not Found", s.reason());
        assertEquals(9, s.statusSpan().start());
        assertEquals(13, s.reasonSpan().start());
    }

    @Test
    void reasonKeepsOddBytes() {
        assertEquals("D\u00e9j\u00e0\tvu  ", msg("HTTP/1.1 200 D\u00e9j\u00e0\tvu  ").statusLine().reason());
    }

    @Test
    void emptyReasonAfterSp() {
        HttpMessage m = msg("HTTP/1.1 200 ");
        assertEquals("", m.statusLine().reason());
        assertTrue(m.diagnostics().isEmpty(), m.diagnostics().toString());
    }

    @Test
    void missingSpAfterCodeIsADiagnostic() {
        HttpMessage m = msg("HTTP/1.0 200");
        assertEquals(200, m.status());
        assertEquals("", m.statusLine().reason());
        Parse.assertDiag(m, "RFC 9112 §4", "no SP after the status-code");
        assertEquals(12, m.diagnostics().get(0).offset());
    }

    @Test
    void fourDigitCodeIsAnError() {
        ParseError e = bad("HTTP/1.1 2000 OK", 9, "RFC 9112 §4");
        assertTrue(e.message().contains("more than 3 digits") && e.message().contains("\"2000\""), e.message());
    }

    @Test
    void shortOrNonDigitCodes() {
        ParseError e = bad("HTTP/1.1 20", 11, "RFC 9112 §4");
        assertTrue(e.message().contains("3 digits"), e.message());
        bad("HTTP/1.1 2x0 OK", 10, "RFC 9112 §4");
        bad("HTTP/1.1 20 OK", 11, "RFC 9112 §4");
        bad("HTTP/1.1 099 Low", 9, "RFC 9110 §15");
        bad("HTTP/1.1 200\tOK", 12, "RFC 9112 §4");
        bad("HTTP/1.1  200 OK", 9, "RFC 9112 §4");
    }

    @Test
    void versionErrors() {
        ParseError e = bad("http/1.1 200 OK", 0, "RFC 9112 §2.3");
        assertTrue(e.message().contains("case-sensitive") && e.message().contains("\"http/1.1\""), e.message());
        bad("HTTP/2.0 200 OK", 5, "RFC 9112 §2.3");
        bad("HTTP/1.1", 8, "RFC 9112 §4");
        bad("HTTP/1.1_200 OK", 8, "RFC 9112 §4");
        bad("ICY 200 OK", 0, "RFC 9112 §2.3");
    }

    @Test
    void http12Diagnostic() {
        HttpMessage m = msg("HTTP/1.2 200 OK");
        Parse.assertDiag(m, "RFC 9110 §2.5", "handled as HTTP/1.1");
    }

    @Test
    void controlByteInReason() {
        ParseError e = bad("HTTP/1.1 200 O\u0000K", 14, "RFC 9112 §4");
        assertTrue(e.message().contains("\\x00"), e.message());
    }

    @Test
    void emptyStatusLineIsAnError() {
        error(resp("\r\nHTTP/1.1 200 OK\r\n\r\n"), 0, "RFC 9112 §4");
    }
}
