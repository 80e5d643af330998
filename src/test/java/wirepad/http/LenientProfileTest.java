package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.assertDiag;
import static wirepad.http.Parse.error;
import static wirepad.http.Parse.lenientReq;
import static wirepad.http.Parse.lenientResp;
import static wirepad.http.Parse.one;

import org.junit.jupiter.api.Test;

/** The lenient profile accepts what RFC 9112 lets a recipient accept, and notes each instance. */
class LenientProfileTest {
    private static long count(HttpMessage m, String text) {
        return m.diagnostics().stream().filter(d -> d.message().contains(text)).count();
    }

    @Test
    void bareLfLinesAreAcceptedEachNoted() {
        String in = "GET / HTTP/1.1\nHost: h\nX: 1\r\n\n";
        HttpMessage m = one(lenientReq(in));
        assertEquals("h", m.header("Host"));
        assertEquals("1", m.header("X"));
        assertEquals(3, count(m, "bare LF"));
        assertEquals(14, m.diagnostics().get(0).offset());
        assertDiag(m, "RFC 9112 §2.2", "bare LF accepted");
        assertEquals(in.length(), m.span().end());
    }

    @Test
    void obsFoldIsReplacedBySp() {
        String in = "GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n \t b\r\n\tc\r\n\r\n";
        HttpMessage m = one(lenientReq(in));
        assertEquals("a b c", m.header("X"));
        assertEquals(2, count(m, "obs-fold in X replaced by SP"));
        assertEquals(in.indexOf(" \t b"), m.diagnostics().get(0).offset());
        HeaderField x = m.headers().get(1);
        assertEquals(in.indexOf("X: a"), x.line().start());
        assertEquals(in.indexOf("\tc") + 2, x.line().end());
    }

    @Test
    void foldOfAnEmptyValue() {
        HttpMessage m = one(lenientReq("GET / HTTP/1.1\r\nHost: h\r\nX:\r\n  b\r\n\r\n"));
        assertEquals("b", m.header("X"));
    }

    @Test
    void whitespaceBeforeColonIsRemovedAndNoted() {
        HttpMessage m = one(lenientReq("GET / HTTP/1.1\r\nHost: h\r\nX-Y \t: 1\r\n\r\n"));
        assertEquals("X-Y", m.headers().get(1).name());
        assertEquals("1", m.header("X-Y"));
        assertDiag(m, "RFC 9112 §5.1", "removed (lenient)");
    }

    @Test
    void bareCrInAValueBecomesSp() {
        HttpMessage m = one(lenientReq("GET / HTTP/1.1\r\nHost: h\r\nX: a\rb\r\n\r\n"));
        assertEquals("a b", m.header("X"));
        assertDiag(m, "RFC 9112 §2.2", "bare CR in field value replaced by SP");
    }

    @Test
    void aBareCrRightAfterTheColonIsOwsNotALeadingSpace() {
        String in = "GET / HTTP/1.1\r\nHost: h\r\nX:\rfoo\r\nY: \r \rbar\r\r\n\r\n";
        HttpMessage m = one(lenientReq(in));
        HeaderField x = m.headers().get(1), y = m.headers().get(2);
        assertEquals("foo", x.value());
        assertEquals(in.indexOf("foo"), x.valueSpan().start(), "the value's offset points at the value");
        assertEquals("foo", Parse.text(Parse.b(in), x.valueSpan()));
        assertEquals("bar", y.value());
        assertEquals("bar", Parse.text(Parse.b(in), y.valueSpan()));
        assertEquals(in.indexOf("X:\r") + 2, m.diagnostics().get(0).offset(), "the note points at the CR");
        assertDiag(m, "RFC 9112 §2.2", "bare CR in field value replaced by SP");
    }

    @Test
    void aBareCrRightAfterTheColonOfATrailer() {
        String in = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nT:\rv\r\n\r\n";
        HttpMessage m = one(lenientReq(in));
        HeaderField t = m.trailers().get(0);
        assertEquals("v", t.value());
        assertEquals(in.lastIndexOf('v'), t.valueSpan().start());
    }

    @Test
    void bareCrOutsideValuesIsStillAnError() {
        error(lenientReq("GET / HTTP/1.1\rHost: h\r\n\r\n"), 14, "RFC 9112 §2.2");
        error(lenientReq("GET / HTTP/1.1\r\nX\r: 1\r\n\r\n"), 17, "RFC 9112 §2.2");
    }

    @Test
    void whitespaceLineBeforeTheFirstFieldIsDropped() {
        HttpMessage m = one(lenientReq("GET / HTTP/1.1\r\n Foo: x\r\nHost: h\r\n\r\n"));
        assertEquals(1, m.headers().size());
        assertDiag(m, "RFC 9112 §2.2", "whitespace-preceded line");
    }

    @Test
    void controlBytesStayErrors() {
        String nul = "GET / HTTP/1.1\r\nHost: h\r\nX: a\u0000\r\n\r\n";
        error(lenientReq(nul), Parse.at(nul, "\u0000"), "RFC 9110 §5.5");
        String folded = "GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\u0001\r\n\r\n";
        error(lenientReq(folded), Parse.at(folded, "\u0001"), "RFC 9110 §5.5");
    }

    @Test
    void lenientResponseWithBareLfAndFold() {
        HttpMessage m = one(lenientResp("HTTP/1.1 200 OK\nContent-Length: 2\nX: a\n b\n\nhi"));
        assertEquals("hi", Parse.s(m.body()));
        assertEquals("a b", m.header("X"));
        assertTrue(count(m, "bare LF") >= 4);
    }

    @Test
    void dubiousButValidInputIsNotedInBothProfiles() {
        for (ParserOptions o : new ParserOptions[] {ParserOptions.STRICT, ParserOptions.LENIENT}) {
            HttpMessage cl = one(Parse.both(Role.REQUEST, o, "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5, 5\r\n\r\nhello", false, null));
            assertDiag(cl, "RFC 9110 §8.6", "is a list");
            HttpMessage both = one(Parse.both(Role.REQUEST, o,
                    "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", false, null));
            assertDiag(both, "RFC 9112 §6.3 rule 3", "possible request smuggling");
        }
    }
}
