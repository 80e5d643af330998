package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.assertDiag;
import static wirepad.http.Parse.error;
import static wirepad.http.Parse.one;
import static wirepad.http.Parse.req;

import org.junit.jupiter.api.Test;

/** Content-Length = 1*DIGIT (RFC 9110 §8.6); invalid or differing values end the connection (RFC 9112 §6.3 rule 5). */
class ContentLengthTest {
    private static final String HEAD = "POST / HTTP/1.1\r\nHost: h\r\n";
    private static final int VALUE = HEAD.length() + "Content-Length: ".length();

    private static ParseError invalid(String value, String why) {
        ParseError e = error(req(HEAD + "Content-Length: " + value + "\r\n\r\n"), VALUE, "RFC 9112 §6.3 rule 5");
        assertTrue(e.message().contains(why), e.message());
        return e;
    }

    @Test
    void signsAreRejected() {
        ParseError e = invalid("+5", "a sign");
        assertTrue(e.message().contains("\"+5\""), e.message());
        invalid("-1", "a sign");
    }

    @Test
    void hexIsRejected() {
        invalid("0x10", "hex notation");
    }

    @Test
    void innerWhitespaceIsRejected() {
        invalid("1 2", "whitespace inside the number");
    }

    @Test
    void otherBytes() {
        invalid("12a", "the byte 'a'");
        invalid("1.0", "the byte '.'");
    }

    @Test
    void overflowIsRejected() {
        invalid("9223372036854775808", "overflows");
        invalid("99999999999999999999999", "overflows");
    }

    @Test
    void emptyValue() {
        invalid("", "empty Content-Length");
    }

    @Test
    void emptyListElement() {
        ParseError e = error(req(HEAD + "Content-Length: 5,\r\n\r\n"), VALUE + 2, "RFC 9112 §6.3 rule 5");
        assertTrue(e.message().contains("empty Content-Length"), e.message());
    }

    @Test
    void surroundingWhitespaceAndLeadingZerosAreFine() {
        HttpMessage m = one(req(HEAD + "Content-Length: \t 003 \t\r\n\r\nabc"));
        assertEquals(3, m.framing().length());
    }

    @Test
    void identicalListAndRepeatedFieldsAreOneValueWithDiagnostics() {
        HttpMessage list = one(req(HEAD + "Content-Length: 5, 5\r\n\r\nhello"));
        assertEquals(5, list.framing().length());
        assertDiag(list, "RFC 9110 §8.6", "Content-Length is a list \"5, 5\"");
        HttpMessage twice = one(req(HEAD + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello"));
        assertEquals(5, twice.framing().length());
        assertDiag(twice, "RFC 9110 §8.6", "appears 2 times");
    }

    @Test
    void differingListValuesAreAnError() {
        ParseError e = error(req(HEAD + "Content-Length: 5, 6\r\n\r\nhello!"), VALUE, "RFC 9112 §6.3 rule 5");
        assertTrue(e.message().contains("differing"), e.message());
    }

    @Test
    void lenientProfileAlsoRejectsDifferingValues() {
        error(Parse.lenientReq(HEAD + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"),
                VALUE + 19, "RFC 9112 §6.3 rule 5");
    }

    @Test
    void otherPoliciesPickOneAndSaySo() {
        String in = HEAD + "Content-Length: 3\r\nContent-Length: 5\r\n\r\nhello";
        ParserOptions first = ParserOptions.LENIENT.named("first", ParserOptions.ContentLengthPolicy.FIRST_WINS, false, false);
        StreamParse r = Parse.both(Role.REQUEST, first, Parse.b(in), false, null);
        assertEquals("hel", Parse.s(r.messages().get(0).body()));
        assertDiag(r.messages().get(0), "RFC 9112 §6.3 rule 5", "first value 3 wins");
        ParserOptions last = ParserOptions.LENIENT.named("last", ParserOptions.ContentLengthPolicy.LAST_WINS, false, false);
        HttpMessage m = one(Parse.both(Role.REQUEST, last, Parse.b(in), false, null));
        assertEquals("hello", Parse.s(m.body()));
    }

    @Test
    void responsesFollowTheSameRules() {
        error(Parse.resp("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"), 33, "RFC 9112 §6.3 rule 5");
    }

    @Test
    void anOverflowFailsWhenItsLineEndsNotAtTheEndOfTheHead() {
        // no empty line yet: the head is incomplete, the error is already proven
        StreamParse r = req(HEAD + "Content-Length: 99999999999999999999\r\nAccept: */*\r\n");
        ParseError e = error(r, VALUE, "RFC 9112 §6.3 rule 5");
        assertTrue(e.message().contains("overflows"), e.message());
        // the line itself is not complete yet: no verdict
        StreamParse waiting = req(HEAD + "Content-Length: 99999999999999999999");
        assertEquals(null, waiting.error());
        assertTrue(waiting.waiting().contains("header section"), waiting.waiting());
    }

    @Test
    void differingValuesFailWhenTheSecondLineEnds() {
        String first = HEAD + "Content-Length: 5\r\n";
        StreamParse r = req(first + "Content-Length: 6\r\n");
        ParseError e = error(r, first.length() + "Content-Length: ".length(), "RFC 9112 §6.3 rule 5");
        assertTrue(e.message().contains("differing Content-Length values 5 and 6"), e.message());
        error(req(HEAD + "Content-Length: 5, 6\r\n"), VALUE, "RFC 9112 §6.3 rule 5");
        // the same value twice is only a note, at the end of the head
        assertDiag(one(req(first + "Content-Length: 5\r\n\r\nhello")), "RFC 9110 §8.6", "appears 2 times");
    }

    @Test
    void aResponseWaitsForTheWholeHeadBecauseTransferEncodingMayFollow() {
        String head = "HTTP/1.1 200 OK\r\nContent-Length: 5x\r\n";
        StreamParse partial = Parse.resp(head);
        assertEquals(null, partial.error(), "a Transfer-Encoding line may still override it (RFC 9112 §6.3 rule 3)");
        error(Parse.resp(head + "\r\n"), 33, "RFC 9112 §6.3 rule 5");
    }

    /**
     * Plain values (digits, no leading 0, up to 18 of them) are read without making a String; every
     * other value goes the long way. Both must frame the same: lengths at the edge of each, in a
     * response (read when the head ends) and a request (read as its line ends), strict and lenient.
     */
    @Test
    void plainAndOtherValuesFrameAlike() {
        for (String v : new String[] {"0", "7", "10", "999999999999999999", "1000000000000000000", "9223372036854775807"}) {
            long n = Long.parseLong(v);
            String head = "HTTP/1.1 200 OK\r\nContent-Length: " + v + "\r\n\r\n";
            if (n <= 10) {
                assertEquals(n, one(Parse.resp(head + "x".repeat((int) n))).framing().length(), v);
            } else {
                StreamParse r = Parse.resp(head + "xyz");
                assertTrue(r.waiting().contains((n - 3) + " more body bytes (Content-Length: " + v), r.waiting());
            }
        }
        assertEquals(3, one(req(HEAD + "Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc")).body().length);
        error(req(HEAD + "Content-Length: 3\r\nContent-Length: 30\r\n\r\nabc"), HEAD.length() + 19 + "Content-Length: ".length(),
                "RFC 9112 §6.3 rule 5");
        error(req(HEAD + "Content-Length: 9223372036854775808\r\n\r\n"), VALUE, "RFC 9112 §6.3 rule 5");
        ParserOptions loose = ParserOptions.LENIENT.withLenientContentLength(true);
        HttpMessage octal = one(Parse.both(Role.REQUEST, loose, HEAD + "Content-Length: 010\r\n\r\n" + "x".repeat(8), false, null));
        assertEquals(8, octal.framing().length(), "a leading 0 is octal to the strtoll reader: not the plain path");
        assertDiag(octal, "RFC 9112 §6.3 rule 5", "read as 8");
        assertEquals(10, one(Parse.both(Role.REQUEST, loose, HEAD + "Content-Length: 10\r\n\r\n" + "x".repeat(10), false, null))
                .framing().length());
    }
}
