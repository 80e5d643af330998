package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two speed paths and what must not change with them: a stream read in place
 * ({@link MessageParser#feedInPlace}) is parsed as a copied one and is never written; the common
 * field names (found by two words, {@link CommonNames}) are found exactly, and every near miss is
 * read as the general path reads it, case and framing bit included.
 */
class InPlaceAndNamesTest {
    private static final String TWO = "GET /a HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\nHost: h\r\n\r\n";

    @Test
    void aStreamReadInPlaceIsNeverWrittenAndLaterFeedsGoOn() {
        byte[] first = Parse.b(TWO.substring(0, 60)), copy = first.clone();
        MessageParser p = new MessageParser(Role.REQUEST, ParserOptions.STRICT);
        p.feedInPlace(first);
        assertSame(first, p.bytes(), "read in place, not copied");
        HttpMessage a = ((ParseResult.Done) p.next()).message();
        assertEquals("/a", a.requestLine().target());
        assertEquals("abc", Parse.s(a.body()));
        assertTrue(p.next() instanceof ParseResult.NeedMore);
        p.feed(Parse.b(TWO.substring(60)));
        HttpMessage b = ((ParseResult.Done) p.next()).message();
        assertEquals("/b", b.requestLine().target());
        assertArrayEquals(copy, first, "the array read in place is never written");
        assertEquals("h", a.header("Host"), "the first message's lazy values still read the array it came from");
    }

    @Test
    void inPlaceAfterOtherBytesIsAPlainFeed() {
        MessageParser p = new MessageParser(Role.REQUEST, ParserOptions.STRICT);
        p.feed(Parse.b("GET /a HTTP/1.1\r\n"));
        byte[] rest = Parse.b("Host: h\r\n\r\n");
        p.feedInPlace(rest);
        HttpMessage m = ((ParseResult.Done) p.next()).message();
        assertEquals("h", m.header("Host"));
        assertEquals(28, p.received());
    }

    /** Every name the table holds, and the near misses of each: one letter changed in case, one byte more or less. */
    @Test
    void commonNamesAndTheirNearMissesKeepTheirBytesAndTheirFramingBit() {
        List<String> names = List.of("Host", "User-Agent", "Content-Length", "Transfer-Encoding", "Connection", "Upgrade", "TE", "Age",
                "Sec-Fetch-Dest", "Sec-Fetch-Mode", "Sec-Fetch-Site", "Sec-Fetch-User", "Upgrade-Insecure-Requests",
                "Access-Control-Allow-Origin", "Strict-Transport-Security", "X-Content-Type-Options", "Accept-Language", "If-Modified-Since");
        for (String n : names) {
            for (String variant : List.of(n, n.toLowerCase(), n.toUpperCase(), n + "x", n.substring(0, n.length() - 1), "X" + n,
                    n.substring(0, n.length() - 1) + (char) (n.charAt(n.length() - 1) ^ 0x20))) {
                if (variant.isEmpty()) continue;
                String input = "HTTP/1.1 200 OK\r\n" + variant + ": 0\r\n\r\n";
                HttpMessage m = Parse.one(Parse.both(Role.RESPONSE, ParserOptions.LENIENT, input, true, null));
                HeaderField f = m.headers().get(0);
                assertEquals(variant, f.name(), "the name's bytes, case kept");
                assertEquals(KnownField.bit(variant), f.known(), () -> "framing bit of " + variant);
            }
        }
    }

    /**
     * The lookup against the plain answer: for each constant and every spelling one byte away from it
     * (each letter's case flipped, each byte bumped), a slot is found exactly when the bytes are a
     * constant, and the slot holds those bytes.
     */
    @Test
    void theTwoWordLookupFindsExactlyTheConstants() {
        int found = 0, checked = 0;
        for (String n : CommonNames.all()) {
            byte[] b = Parse.b(n);
            int slot = CommonNames.slot(b, 0, b.length);
            assertTrue(slot >= 0, n);
            assertEquals(n, CommonNames.at(slot));
            for (int k = 0; k < b.length; k++) {
                for (int flip : new int[] {0x20, 0x01}) {
                    byte[] v = b.clone();
                    v[k] ^= flip;
                    String variant = Parse.s(v);
                    byte[] padded = Parse.b("xx" + variant + ": value\r\n"); // inside a longer array too
                    for (int[] at : new int[][] {{0, v.length, 0}, {2, 2 + v.length, 1}}) {
                        int s = CommonNames.slot(at[2] == 0 ? v : padded, at[0], at[1]);
                        checked++;
                        if (CommonNames.all().contains(variant)) {
                            assertEquals(variant, CommonNames.at(s));
                            found++;
                        } else {
                            assertEquals(-1, s, () -> variant + " is no constant, but the lookup found " + CommonNames.at(s));
                        }
                    }
                }
            }
        }
        assertTrue(checked > 2000, "checked " + checked);
    }

    /** A field line at the very end of the array (no 8 bytes from its name on to read as a word) is still found. */
    @Test
    void aNameAtTheEndOfTheArrayIsFound() {
        for (String n : List.of("TE", "Age", "Host", "Date", "Vary")) {
            byte[] whole = Parse.b("HTTP/1.1 200 OK\r\n" + n + ": v\r\n");
            MessageParser p = new MessageParser(Role.RESPONSE, ParserOptions.STRICT);
            p.feedInPlace(whole);
            assertTrue(p.next() instanceof ParseResult.NeedMore);
            p.feed(Parse.b("\r\n"));
            p.feedEof();
            HttpMessage m = ((ParseResult.Done) p.next()).message();
            assertSame(CommonNames.name(Parse.b(n), 0, n.length()), m.headers().get(0).name(), "the shared constant");
            assertEquals("v", m.header(n));
        }
    }
}
