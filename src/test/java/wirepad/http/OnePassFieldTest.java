package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Whole input takes clean field lines in one pass (HeadParser#cleanField); byte-by-byte feeding
 * takes the general path. Parse.both asserts the two agree; these pin what both must say on the
 * edges of the one-pass path: word boundaries, HTAB, DEL, obs-text, long and odd names.
 */
class OnePassFieldTest {
    private static String req(String fields) { return "GET / HTTP/1.1\r\nHost: h\r\n" + fields + "\r\n"; }

    @Test
    void valuesOfEveryLengthAcrossWordBoundaries() {
        for (int n = 0; n <= 26; n++) {
            String v = "v".repeat(n);
            HttpMessage m = Parse.one(Parse.req(req("X-Len: " + v + "\r\nY: \t" + v + " \t\r\n")));
            assertEquals(v, m.header("X-Len"));
            assertEquals(v, m.header("Y"), "trailing OWS is not part of the value");
        }
    }

    @Test
    void tabsAndObsTextStayInTheValue() {
        String v = "a\tb c\u00a0\u00ffdefghij\tklmnopqrs\t";
        HttpMessage m = Parse.one(Parse.req(req("X: " + v + "\r\n")));
        assertEquals(v.strip(), m.header("X"));
    }

    @Test
    void delOrAControlByteInALongValueIsFoundAtItsOffset() {
        for (int at = 0; at < 20; at++) {
            for (char bad : new char[] {0x7f, 0x00, 0x0b, 0x1f}) {
                String head = "GET / HTTP/1.1\r\nHost: h\r\nX-Value: ";
                String v = "abcdefghijklmnopqrstuvwxyz".substring(0, at) + bad + "abcdefghij";
                ParseError e = Parse.error(Parse.req(head + v + "\r\n\r\n"), head.length() + at, "RFC 9110 §5.5");
                assertTrue(e.message().contains("field value"), e::message);
            }
        }
    }

    @Test
    void namesLongOddOrUnderscoredAreReadAsTheGeneralPathReadsThem() {
        String longName = "X-" + "n".repeat(300);
        HttpMessage m = Parse.one(Parse.req(req(longName + ": 1\r\nx-rEqUeSt-iD: 2\r\nContent_Length: 3\r\n")));
        assertEquals("1", m.header(longName));
        assertEquals("x-rEqUeSt-iD", m.headers().get(2).name(), "case is kept");
        Parse.assertDiag(m, "RFC 9110 §5.1", "\"Content_Length\" is not content-length");
        Parse.error(Parse.req(req("Bad Name: 1\r\n")), 25 + 3, "RFC 9110 §5.1");
        Parse.error(Parse.req(req("Bad\u00e9: 1\r\n")), 25 + 3, "RFC 9110 §5.1");
    }

    @Test
    void aBareCrOrBareLfEndingIsLeftToTheGeneralPath() {
        Parse.error(Parse.req(req("X: abcdefghijklmnop\rq\r\n")), 25 + 19, "RFC 9112 §2.2");
        HttpMessage m = Parse.one(Parse.lenientReq("GET / HTTP/1.1\r\nHost: h\r\nX: abcdefghijklmnop\n\r\n"));
        assertEquals("abcdefghijklmnop", m.header("X"));
        Parse.assertDiag(m, "RFC 9112 §2.2", "bare LF");
    }

    @Test
    void aBadByteInALongRequestTargetIsFoundAtItsOffset() {
        for (int at = 0; at < 20; at++) {
            for (char bad : new char[] {0x7f, 0x80, 0x01, '\t'}) {
                String target = "/abcdefghijklmnopqrstuvwxyz".substring(0, at + 1) + bad + "/rest";
                ParseError e = Parse.error(Parse.req("GET " + target + " HTTP/1.1\r\nHost: h\r\n\r\n"), 4 + at + 1, "RFC 9112 §3.2");
                assertTrue(e.message().contains("request-target"), e::message);
            }
        }
        assertEquals("/" + "p".repeat(40) + "?q=1", Parse.one(Parse.req("GET /" + "p".repeat(40) + "?q=1 HTTP/1.1\r\nHost: h\r\n\r\n"))
                .requestLine().target());
    }

    /**
     * The one-pass path makes a value String only when asked: asked any time later, even after more
     * bytes were fed, it is the bytes of its span, and the field equals one built eagerly (the
     * byte-by-byte run, whose fields Parse.both compares with the whole run's).
     */
    @Test
    void lazyValuesAreTheBytesOfTheirSpanWhenAskedLater() {
        String input = req("User-Agent: Mozilla/5.0 (X11)\r\nAccept: */*\r\nX-Odd: \u00e9\tz \r\n");
        assertEquals("\u00e9\tz", Parse.one(Parse.req(input)).header("X-Odd")); // whole and byte by byte agree
        MessageParser p = new MessageParser(Role.REQUEST, ParserOptions.STRICT);
        p.feed(Parse.b(input));
        HttpMessage m = ((ParseResult.Done) p.next()).message();
        p.feed(Parse.b("GET /next HTTP/1.1\r\nHost: other\r\n\r\n".repeat(40))); // grows the buffer
        assertTrue(p.next() instanceof ParseResult.Done);
        for (HeaderField f : m.headers()) {
            String bytes = input.substring(f.valueStart(), f.valueEnd());
            HeaderField eager = new HeaderField(f.name(), bytes, f.lineStart(), f.lineEnd(), f.valueStart(), f.valueEnd());
            assertEquals(eager, f);
            assertEquals(eager.hashCode(), f.hashCode());
            assertEquals(bytes, f.value());
            assertEquals(eager.toString(), f.toString());
        }
        assertEquals("\u00e9\tz", m.header("X-Odd"));
    }
}
