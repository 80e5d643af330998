package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormAndPercentTest {
    @Test void seedFormDecodes() {
        List<FormUrlEncoded.Field> f = FormUrlEncoded.parse("name=My%20Widget&color=blue&stock=20");
        assertEquals(List.of(new FormUrlEncoded.Field("name", "My Widget"), new FormUrlEncoded.Field("color", "blue"),
                new FormUrlEncoded.Field("stock", "20")), f);
    }

    @Test void plusUtf8DuplicatesAndEmpty() {
        List<FormUrlEncoded.Field> f = FormUrlEncoded.parse("a=1+2&a=%C3%A9&&flag");
        assertEquals(List.of(new FormUrlEncoded.Field("a", "1 2"), new FormUrlEncoded.Field("a", "é"), new FormUrlEncoded.Field("flag", "")), f);
    }

    @Test void encodeRoundTrips() {
        List<FormUrlEncoded.Field> f = List.of(new FormUrlEncoded.Field("name", "My Widget & co=é"), new FormUrlEncoded.Field("x", ""));
        String s = FormUrlEncoded.encode(f);
        assertEquals("name=My+Widget+%26+co%3D%C3%A9&x=", s);
        assertEquals(f, FormUrlEncoded.parse(s));
    }

    @Test void badEscapeNamesOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FormUrlEncoded.parse("a=1&b=%zz"));
        assertEquals("form body offset 6: \"%\" must be followed by two hex digits, got \"%zz\" (RFC 3986 §2.1) in field \"b=%zz\"",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PercentCodec.decode("abc%4", false));
        IllegalArgumentException raw = assertThrows(IllegalArgumentException.class, () -> FormUrlEncoded.parse("n=caf\u00e9%"));
        assertTrue(raw.getMessage().endsWith("in field \"n=caf\\xc3\\xa9%\""), raw.getMessage());
    }

    @Test void onlyAsciiHexDigitsDecode() {
        // Character.digit would take any Unicode digit: fullwidth "０１" is not HEXDIG (RFC 5234 B.1)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PercentCodec.decode("ab%\uFF10\uFF11", false));
        assertEquals("offset 2: \"%\" must be followed by two hex digits, got \"%\\xef\\xbc\\x90\\xef\\xbc\\x91\" (RFC 3986 §2.1)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PercentCodec.decode("%4\u0661", false)); // Arabic-Indic one
        assertArrayEquals(new byte[] {(byte) 0xaf, 0x0b}, PercentCodec.decode("%aF%0B", false));
    }

    @Test void percentKeepsPlusWhenAsked() {
        assertArrayEquals("a+b c".getBytes(StandardCharsets.UTF_8), PercentCodec.decode("a+b%20c", false));
        assertEquals("%2Fa%20b~", PercentCodec.encode("/a b~".getBytes(StandardCharsets.UTF_8), ""));
        assertEquals("/a%20b", PercentCodec.encode("/a b".getBytes(StandardCharsets.UTF_8), "/"));
    }

    @Test void httpDateAllThreeForms() {
        Instant t = Instant.parse("1994-11-06T08:49:37Z");
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDate.format(t));
        assertEquals(t, HttpDate.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(t, HttpDate.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(t, HttpDate.parse("Sun Nov  6 08:49:37 1994"));
        assertNull(HttpDate.parse("yesterday"));
        assertEquals("Wed, 22 May 2019 04:06:21 GMT", HttpDate.format(Instant.parse("2019-05-22T04:06:21Z")));
        assertEquals(t, HttpDate.parse("Sun Nov 06 08:49:37 1994"), "asctime day as 2DIGIT too");
    }

    @Test void httpDateIsStrict() {
        for (String bad : new String[] {
                "Sun, 06 Nov 1994 24:00:00 GMT",      // hour 24 is not the next day
                "Sun, 06 Nov 1994 08:60:00 GMT", "Sun, 06 Nov 1994 08:49:61 GMT",
                "Mon, 06 Nov 1994 08:49:37 GMT",      // 1994-11-06 was a Sunday
                "Wed, 31 Nov 1994 08:49:37 GMT", "Tue, 29 Feb 2022 00:00:00 GMT",
                "sun, 06 Nov 1994 08:49:37 GMT", "Sun, 06 nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 gmt", // case-sensitive
                "Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT ", "Sun,  06 Nov 1994 08:49:37 GMT",
                "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 06 Nov 1994 8:49:37 GMT", "Sun, \uFF106 Nov 1994 08:49:37 GMT",
                "Monday, 06-Nov-94 08:49:37 GMT", "Sun, 06-Nov-94 08:49:37 GMT", "Sunday, 06-Nov-94 24:00:00 GMT",
                "Sunday, 06-Nov-1994 08:49:37 GMT",
                "Mon Nov  6 08:49:37 1994", "Sun Nov 6 08:49:37 1994", "Sun Nov  6 24:00:00 1994", "Sun Nov  6 08:49:37 1994 GMT", ""})
            assertNull(HttpDate.parse(bad), bad);
        assertNull(HttpDate.parse(null));
    }

    @Test void httpDateLeapSecondAndCentury() {
        // RFC 9110 §5.6.7: time-of-day runs 00:00:00 - 23:59:60; the leap second reads as :59, as java.time does
        Instant leap = Instant.parse("1994-11-06T08:49:59Z");
        assertEquals(leap, HttpDate.parse("Sun, 06 Nov 1994 08:49:60 GMT"));
        assertEquals(leap, HttpDate.parse("Sunday, 06-Nov-94 08:49:60 GMT"));
        assertEquals(leap, HttpDate.parse("Sun Nov  6 08:49:60 1994"));
        assertEquals(Instant.parse("2016-12-31T23:59:59Z"), HttpDate.parse("Sat, 31 Dec 2016 23:59:60 GMT"));
        // rfc850-date: a two-digit year more than 50 years in the future is the last past year with those digits
        assertEquals(Instant.parse("2070-01-01T00:00:00Z"), HttpDate.parse("Wednesday, 01-Jan-70 00:00:00 GMT", 2026));
        assertEquals(Instant.parse("1977-01-01T00:00:00Z"), HttpDate.parse("Saturday, 01-Jan-77 00:00:00 GMT", 2026));
        assertNull(HttpDate.parse("Friday, 01-Jan-77 00:00:00 GMT", 2026), "2077 is more than 50 years ahead: 1977, a Saturday");
        assertEquals(Instant.parse("2077-01-01T00:00:00Z"), HttpDate.parse("Friday, 01-Jan-77 00:00:00 GMT", 2027));
    }
}
