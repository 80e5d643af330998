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
    }
}
