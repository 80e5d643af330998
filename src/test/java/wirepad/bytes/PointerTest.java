package wirepad.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A caret under one byte of its visible line. */
class PointerTest {
    private static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    @Test
    void pointsIntoTheRightLine() {
        byte[] in = b("GET / HTTP/1.1\r\nHost : a\r\n\r\n");
        assertEquals("Host : a␍␊\n    ^ byte 20\n", Pointer.at(in, in.length, 20));
    }

    @Test
    void firstByte() {
        byte[] in = b("GET\r\n");
        assertEquals("GET␍␊\n^ byte 0\n", Pointer.at(in, in.length, 0));
    }

    @Test
    void escapedBytesWidenTheColumn() {
        byte[] in = b("X: \u0000\tz\r\n");
        assertEquals("X: \\x00␉z␍␊\n        ^ byte 5\n", Pointer.at(in, in.length, 5));
    }

    @Test
    void pointsAtTheLfItself() {
        byte[] in = b("ab\ncd");
        assertEquals("ab␊\n  ^ byte 2\n", Pointer.at(in, in.length, 2));
    }

    @Test
    void endOfInput() {
        byte[] in = b("GET / HT");
        assertEquals("GET / HT  (end of input)\n        ^ byte 8\n", Pointer.at(in, in.length, 8));
        byte[] lf = b("a\n");
        assertEquals("  (end of input)\n^ byte 2\n", Pointer.at(lf, lf.length, 2));
    }

    @Test
    void onlyTheFirstLenBytesCount() {
        byte[] in = b("abc\ndef");
        assertEquals("abc  (end of input)\n   ^ byte 3\n", Pointer.at(in, 3, 3));
    }

    @Test
    void aHugeLineIsCutAroundTheByte() {
        byte[] in = new byte[1 << 20];
        java.util.Arrays.fill(in, (byte) 'a');
        in[500_000] = (byte) 0xff;
        String p = Pointer.at(in, in.length, 500_000);
        String a60 = "a".repeat(Pointer.WINDOW);
        assertEquals("…" + a60 + "\\xff" + a60 + "…\n" + " ".repeat(1 + Pointer.WINDOW) + "^ byte 500000\n", p);
        assertEquals("a".repeat(10) + "b" + a60 + "…\n" + " ".repeat(10) + "^ byte 10\n",
                Pointer.at(b("a".repeat(10) + "b" + "a".repeat(1000)), 1011, 10), "no cut before the start of the line");
        byte[] tail = b("x".repeat(1000) + "yz\n");
        assertEquals("…" + "x".repeat(59) + "yz␊\n" + " ".repeat(61) + "^ byte 1001\n", Pointer.at(tail, tail.length, 1001),
                "no cut when the LF is in the window");
        byte[] end = b("x".repeat(1000));
        assertEquals("…" + "x".repeat(60) + "  (end of input)\n" + " ".repeat(61) + "^ byte 1000\n", Pointer.at(end, end.length, 1000));
    }

    @Test
    void noBytes() {
        assertEquals("(no bytes)\n^ byte 0\n", Pointer.at(new byte[0], 0, 0));
    }
}
