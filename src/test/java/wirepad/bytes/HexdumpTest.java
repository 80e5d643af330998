package wirepad.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classic hexdump layout, with labels listed under the row where they start. */
class HexdumpTest {
    private static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    @Test
    void fullRowLayout() {
        assertEquals("00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|\n",
                Hexdump.dump(b("GET / HTTP/1.1\r\n")));
    }

    @Test
    void shortLastRowIsPadded() {
        String d = Hexdump.dump(b("0123456789abcdefXY\u0000\u00ff"));
        String[] rows = d.split("\n");
        assertEquals(2, rows.length);
        assertEquals("00000010  58 59 00 ff" + " ".repeat(3 * 12 + 1) + "  |XY..|", rows[1]);
        assertEquals(rows[0].indexOf('|'), rows[1].indexOf('|'), "ASCII column aligned");
    }

    @Test
    void emptyInput() {
        assertEquals("", Hexdump.dump(new byte[0]));
    }

    @Test
    void baseOffsetAndRange() {
        String d = Hexdump.dump(b("xxGETyy"), 2, 3, 0x100, List.of());
        assertTrue(d.startsWith("00000100  47 45 54 "), d);
        assertTrue(d.endsWith("|GET|\n"), d);
    }

    @Test
    void labelsFollowTheirRow() {
        byte[] in = b("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        String d = Hexdump.dump(in, List.of(new Label(16, 20, "name"), new Label(0, 3, "method"), new Label(22, 23, "value", "(the host)")));
        String[] rows = d.split("\n");
        assertEquals("          └ 0000..0003 method \"GET\"", rows[1]);
        assertTrue(rows[2].startsWith("00000010"), rows[2]);
        assertEquals("          └ 0010..0014 name \"Host\"", rows[3]);
        assertEquals("          └ 0016..0017 value (the host)", rows[4]);
        assertEquals(5, rows.length);
    }

    @Test
    void labelsOutsideTheRangeAreIgnored() {
        String d = Hexdump.dump(b("abcdef"), 2, 4, 2, List.of(new Label(0, 1, "before"), new Label(3, 4, "in"), new Label(50, 51, "after")));
        assertFalse(d.contains("before") || d.contains("after"), d);
        assertTrue(d.contains("0003..0004 in \"d\""), d);
    }
}
