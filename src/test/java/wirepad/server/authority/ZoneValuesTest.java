package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.bytes.Hex;
import wirepad.dns.Builder;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Question;
import wirepad.dns.RRType;
import wirepad.dns.ResourceRecord;
import wirepad.dns.Ttl;

/** Field values in zone files: strings, TTLs, addresses, escapes, and what is not zone data; checked on the wire. */
class ZoneValuesTest {
    static final String HEAD = "$ORIGIN lab.\n$TTL 60\n@ SOA ns h 1 2 3 4 5\nns A 192.0.2.1\n";

    static Zone zone(String text) throws ZoneException { return ZoneFile.parse(text, "t.zone", Name.ROOT); }

    static ResourceRecord one(String text, String owner, RRType type) throws ZoneException {
        List<ResourceRecord> l = zone(text).at(Name.parse(owner), type.code());
        assertEquals(1, l.size(), l.toString());
        return l.get(0);
    }

    /** The record as sent (no compression): TTL (4 bytes), RDLENGTH (2) and RDATA, in hex. */
    static String wire(ResourceRecord rr) {
        Message m = new Message(Message.query(1, Question.of("x", RRType.A), null).header(), List.of(), List.of(rr), List.of(), List.of());
        byte[] b = Builder.encode(m, false);
        int at = 12 + rr.name().wireLength() + 4;
        return Hex.of(b, at, b.length - at);
    }

    static ZoneException fails(String body) { return assertThrows(ZoneException.class, () -> zone(HEAD + body)); }

    @Test void adjacentQuotedStringsAreTwoStrings() throws Exception {
        // "a""b": two character-strings, 01 'a' 01 'b' (RFC 1035 §3.3.14, §5.1); not one string a""b
        assertEquals("0000003c" + "0004" + "0161" + "0162", wire(one(HEAD + "t TXT \"a\"\"b\"\n", "t.lab", RRType.TXT)));
        // a quoted string after a bare word ends it: x"b" is x, then b
        assertEquals("0000003c" + "0004" + "0178" + "0162", wire(one(HEAD + "t TXT x\"b\"\n", "t.lab", RRType.TXT)));
        // inside one string, \" is a quote, not the end
        assertEquals("0000003c" + "0004" + "03" + "61" + "22" + "62", wire(one(HEAD + "t TXT \"a\\\"b\"\n", "t.lab", RRType.TXT)));
    }

    @Test void withoutTtlDirectiveARecordWithoutTtlTakesTheLastStatedOne() throws Exception {
        String z = "$ORIGIN lab.\n@ 600 SOA ns h 1 2 3 4 5\nns 120 A 192.0.2.1\nwww A 192.0.2.2\n  AAAA ::1\nlater 30 A 192.0.2.3\nlast A 192.0.2.4\n";
        assertEquals("00000078" + "0004" + "c0000202", wire(one(z, "www.lab", RRType.A)), "120 from ns, the line before (RFC 1035 §5.1)");
        assertEquals(120, one(z, "www.lab", RRType.AAAA).ttl());
        assertEquals("0000001e" + "0004" + "c0000204", wire(one(z, "last.lab", RRType.A)));
        // with $TTL, $TTL wins (RFC 2308 §4)
        assertEquals(60, one(HEAD + "x 5 A 192.0.2.9\ny A 192.0.2.8\n", "y.lab", RRType.A).ttl());
        // an SOA first, without either: its MINIMUM
        assertEquals(5, zone("$ORIGIN lab.\n@ SOA ns h 1 2 3 4 5\nns A 192.0.2.1\n").at(Name.parse("ns.lab"), 1).get(0).ttl());
        ZoneException none = assertThrows(ZoneException.class, () -> zone("$ORIGIN lab.\nns A 192.0.2.1\n@ SOA ns h 1 2 3 4 5\n"));
        assertEquals("t.zone:2: no TTL: give one, or a $TTL before this line (RFC 2308 §4)", none.getMessage());
    }

    @Test void ttlsAboveTwoToTheThirtyOneAreErrorsNotWrapped() throws Exception {
        assertEquals("7fffffff" + "0004" + "c0000209", wire(one(HEAD + "x 2147483647 A 192.0.2.9\n", "x.lab", RRType.A)));
        ZoneException big = fails("x 2147483648 A 192.0.2.9\n");
        assertEquals("t.zone:5: TTL \"2147483648\" is 2147483648, above 2^31-1 = 2147483647: a receiver would take it as 0 (RFC 2181 §8); "
                + "write at most 2147483647", big.getMessage());
        assertEquals(5, big.line());
        assertTrue(fails("$TTL 4294967295\nx A 192.0.2.9\n").getMessage().startsWith("t.zone:5: TTL \"4294967295\" is 4294967295, above 2^31-1"));
        // units: 3551w is 2147644800 s
        assertTrue(fails("x 3551w A 192.0.2.9\n").getMessage().contains("is 2147644800, above 2^31-1"));
        // above 2^32-1 already in one number: never reduced modulo 2^32 (4294967296 would be 0)
        assertTrue(fails("x 4294967296 A 192.0.2.9\n").getMessage().contains("above 2^32-1"));
    }

    @Test void aTtlSumThatOverflowsIsAnError() {
        // each term fits, the sum does not: (2^32-1) weeks and one more second
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ttl.parse("4294967295w1s"));
        assertEquals("TTL \"4294967295w1s\" adds up to more than 2^32-1", e.getMessage());
        // many terms: the running sum is checked at each unit, so it can never wrap a long
        assertThrows(IllegalArgumentException.class, () -> Ttl.parse("4294967295w".repeat(4000)));
        assertEquals(0xffffffffL, Ttl.parse("4294967295s"));
        assertTrue(fails("x 1w4294967295w A 192.0.2.9\n").getMessage().startsWith("t.zone:5: TTL \"1w4294967295w\" adds up to more than 2^32-1"));
    }

    @Test void anIpv4TailOnlyEndsAnIpv6Address() throws Exception {
        ZoneException e = fails("x AAAA 1.2.3.4::\n");
        assertEquals("t.zone:5: not an IPv6 address: \"1.2.3.4::\" (a dotted quad may only end the address, RFC 4291 §2.2)", e.getMessage());
        assertTrue(fails("x AAAA 1.2.3.4::1.2.3.4\n").getMessage().contains("may only end the address"));
        assertTrue(fails("x AAAA ::1.2.3.4:1\n").getMessage().contains("may only end the address"));
        assertEquals("0000003c" + "0010" + "00000000000000000000ffff01020304", wire(one(HEAD + "x AAAA ::ffff:1.2.3.4\n", "x.lab", RRType.AAAA)));
    }

    @Test void nonAsciiDigitsAreNotHexNorNumbers() {
        // U+0663 ARABIC-INDIC DIGIT THREE: Character.digit would read it as 3
        assertEquals("t.zone:5: not an IPv6 address: \"2001:db8::\u0663\"", fails("x AAAA 2001:db8::\u0663\n").getMessage());
        assertEquals("t.zone:5: \\# data is not hex: \u0663\u0663", fails("x TYPE65280 \\# 1 \u0663\u0663\n").getMessage());
        assertNull(Hex.parse("\uff41\uff41"), "fullwidth a is not hex");
        assertEquals(-1, Hex.digit('\u0663'));
        assertTrue(fails("x \u0663\u0660 A 192.0.2.1\n").getMessage().startsWith("t.zone:5: "));
        assertTrue(fails("x MX \u0661\u0660 ns\n").getMessage().contains("is not a number"));
    }

    @Test void aBackslashBeforeANonAsciiCharacterIsAnError() {
        ZoneException txt = fails("t TXT \"price \\€5\"\n");
        assertEquals("t.zone:5: \"\\€\" at column 8 of \"\"price \\€5\"\": a backslash quotes one ASCII character (RFC 1035 §5.1); "
                + "U+20AC is 3 bytes in UTF-8: write them as \\226\\130\\172", txt.getMessage());
        ZoneException name = fails("a\\€b A 192.0.2.1\n");
        assertTrue(name.getMessage().startsWith("t.zone:5: \"\\€\" at column 2 of \"a\\€b\""), name.getMessage());
    }

    @Test void theWrittenBytesOfANonAsciiCharacterAreFine() throws Exception {
        // € written as its UTF-8 bytes, or as itself inside a string: e2 82 ac either way
        assertEquals("0000003c" + "0004" + "03e282ac", wire(one(HEAD + "t TXT \"\\226\\130\\172\"\n", "t.lab", RRType.TXT)));
        assertEquals("0000003c" + "0004" + "03e282ac", wire(one(HEAD + "t TXT \"€\"\n", "t.lab", RRType.TXT)));
    }

    @Test void optAndQuestionTypesAreNotZoneData() {
        assertEquals("t.zone:5: OPT is not zone data: it is a pseudo-record of one message's EDNS, and must not be loaded from a zone file"
                + " (RFC 6891 §6.1.1)", fails("x OPT \\# 0\n").getMessage());
        assertTrue(fails("x TYPE41 \\# 0\n").getMessage().contains("OPT is not zone data"));
        assertEquals("t.zone:5: ANY is a question or meta type, not data (RFC 6895 §3.1: types 128-255)", fails("x TYPE255 \\# 0\n").getMessage());
        assertEquals("t.zone:5: class ANY is for questions and updates, not data (RFC 1035 §3.2.5, RFC 2136 §2.4)", fails("x ANY A 192.0.2.1\n").getMessage());
        assertTrue(fails("x AXFR \\# 0\n").getMessage().contains("AXFR is a question or meta type"));
    }
}
