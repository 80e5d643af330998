package wirepad.bytes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The escape language for typing bytes: \r \n \t \0 \\ \" \xHH. */
class EscapesTest {
    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    @Test
    void everyEscape() throws EscapeException {
        assertArrayEquals(bytes('\r', '\n', '\t', 0, '\\', '"', 0x41, 0xff, 0x0b),
                Escapes.parse("\\r\\n\\t\\0\\\\\\\"\\x41\\xFF\\x0b"));
    }

    @Test
    void onlyAsciiDigitsAreHex() throws EscapeException {
        // U+0663 ARABIC-INDIC DIGIT THREE and U+FF41 FULLWIDTH a: Character.digit would take them as 3 and 10
        EscapeException e = assertThrows(EscapeException.class, () -> Escapes.parse("a\\x\u0663\u0663"));
        assertEquals(2, e.column());
        assertThrows(EscapeException.class, () -> Escapes.parse("\\x\uff41\uff41"));
        assertEquals(-1, Hex.digit('\u0663'));
        assertEquals(11, Hex.digit('b'));
        assertArrayEquals(bytes(0x3a), Escapes.parse("\\x3A"));
    }

    @Test
    void plainTextAndUtf8() throws EscapeException {
        assertArrayEquals("GET / HTTP/1.1".getBytes(StandardCharsets.US_ASCII), Escapes.parse("GET / HTTP/1.1"));
        assertArrayEquals(bytes(0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80), Escapes.parse("é😀"));
        assertArrayEquals(new byte[0], Escapes.parse(""));
    }

    @Test
    void unknownEscapeNamesItsColumn() {
        EscapeException e = assertThrows(EscapeException.class, () -> Escapes.parse("ab\\q"));
        assertEquals(3, e.column());
        assertTrue(e.getMessage().startsWith("column 3: ") && e.getMessage().contains("\\q"), e.getMessage());
    }

    @Test
    void loneBackslashAtTheEnd() {
        EscapeException e = assertThrows(EscapeException.class, () -> Escapes.parse("abc\\"));
        assertEquals(4, e.column());
        assertTrue(e.getMessage().contains("lone"), e.getMessage());
    }

    @Test
    void hexEscapeWithBadOrMissingDigits() {
        EscapeException bad = assertThrows(EscapeException.class, () -> Escapes.parse("x\\xG1"));
        assertEquals(2, bad.column());
        assertTrue(bad.getMessage().contains("\"\\xG1\""), bad.getMessage());
        EscapeException half = assertThrows(EscapeException.class, () -> Escapes.parse("\\x1g"));
        assertEquals(1, half.column());
        EscapeException shortHex = assertThrows(EscapeException.class, () -> Escapes.parse("ab\\x4"));
        assertEquals(3, shortHex.column());
        assertTrue(shortHex.getMessage().contains("\"\\x4\""), shortHex.getMessage());
        assertThrows(EscapeException.class, () -> Escapes.parse("\\x"));
    }

    @Test
    void hexEscapeAtTheVeryEnd() throws EscapeException {
        assertArrayEquals(bytes('a', 0x0d), Escapes.parse("a\\x0d"));
    }

    @Test
    void formatEscapesWhatIsNotPrintable() {
        assertEquals("GET\\r\\n\\t\\0\\\\\\\"\\x7f\\x80\\x01~ ", Escapes.format(bytes('G', 'E', 'T', '\r', '\n', '\t', 0, '\\', '"', 0x7f, 0x80, 1, '~', ' ')));
        assertEquals("b", Escapes.format(bytes('a', 'b', 'c'), 1, 1));
    }

    @Test
    void roundTripEveryByte() throws EscapeException {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        assertArrayEquals(all, Escapes.parse(Escapes.format(all)));
    }

    @Test
    void roundTripTypedText() throws EscapeException {
        String typed = "POST / HTTP/1.1\\r\\nX: \\\"q\\\"\\t\\x00\\r\\n\\r\\n";
        assertEquals(typed.replace("\\x00", "\\0"), Escapes.format(Escapes.parse(typed)));
    }
}
