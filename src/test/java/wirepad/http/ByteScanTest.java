package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time scans answer exactly what a byte-by-byte loop answers, wherever the byte sits in a word. */
class ByteScanTest {
    private static int slowLf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] == '\n') return i;
        return -1;
    }

    private static int slowContentEnd(byte[] b, int from, int to) {
        int i = from;
        while (i < to && Abnf.fieldContent(b[i])) i++;
        return i;
    }

    private static int slowVcharEnd(byte[] b, int from, int to) {
        int i = from;
        while (i < to && Abnf.vchar(b[i])) i++;
        return i;
    }

    @Test
    void everyByteValueAtEveryPositionOfTwoWords() {
        for (int v = 0; v < 256; v++) {
            for (int at = 0; at < 19; at++) {
                byte[] b = new byte[19];
                java.util.Arrays.fill(b, (byte) 'a');
                b[at] = (byte) v;
                for (int from = 0; from <= 3; from++) {
                    for (int to = from; to <= b.length; to += 5) {
                        assertEquals(slowLf(b, from, to), ByteScan.indexOfLf(b, from, to), "LF: byte " + v + " at " + at);
                        assertEquals(slowContentEnd(b, from, to), ByteScan.fieldContentEnd(b, from, to), "content: byte " + v + " at " + at);
                        assertEquals(slowVcharEnd(b, from, to), ByteScan.vcharEnd(b, from, to), "vchar: byte " + v + " at " + at);
                    }
                    assertEquals(slowContentEnd(b, from, b.length), ByteScan.fieldContentEnd(b, from, b.length), "content: byte " + v + " at " + at);
                }
            }
        }
    }

    @Test
    void randomBuffersWithTabsObsTextAndControls() {
        Random rnd = new Random(9110);
        byte[] pool = {'\t', ' ', 'x', '~', 0x7f, (byte) 0x80, (byte) 0xff, 0x1f, '\r', '\n', 0, 0x20, 0x21, 0x7e};
        for (int k = 0; k < 20_000; k++) {
            byte[] b = new byte[1 + rnd.nextInt(40)];
            for (int i = 0; i < b.length; i++)
                b[i] = rnd.nextInt(4) == 0 ? pool[rnd.nextInt(pool.length)] : (byte) ('a' + rnd.nextInt(26));
            int from = rnd.nextInt(b.length + 1), to = from + rnd.nextInt(b.length - from + 1);
            assertEquals(slowLf(b, from, to), ByteScan.indexOfLf(b, from, to));
            assertEquals(slowContentEnd(b, from, to), ByteScan.fieldContentEnd(b, from, to));
            assertEquals(slowVcharEnd(b, from, to), ByteScan.vcharEnd(b, from, to));
        }
    }

    @Test
    void sameComparesEveryByteOfEveryLength() {
        for (int n = 0; n <= 27; n++) {
            byte[] a = new byte[n];
            for (int i = 0; i < n; i++) a[i] = (byte) ('A' + i);
            byte[] b = new byte[n + 5];
            System.arraycopy(a, 0, b, 3, n);
            assertEquals(true, ByteScan.same(a, b, 3, n), "length " + n);
            for (int at = 0; at < n; at++) {
                byte[] c = b.clone();
                c[3 + at] ^= 0x20; // another case is another name here
                assertEquals(false, ByteScan.same(a, c, 3, n), "length " + n + ", differs at " + at);
            }
        }
    }
}
