package wirepad.http;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scans that look at 8 bytes per step ("SIMD within a register"): the parser's hot loops. Each
 * answers exactly what its byte-by-byte version would; a word that holds a byte of interest is
 * finished one byte at a time, so offsets are always exact.
 * <pre>
 *   has a zero byte:     (x - 0x0101..) &amp; ~x &amp; 0x8080..    (nonzero iff some byte of x is 0)
 *   has a byte &lt; n:      (x - n*0x0101..) &amp; ~x &amp; 0x8080..  (n &lt;= 128; bytes &gt;= 0x80 never match)
 * </pre>
 */
final class ByteScan {
    private ByteScan() {}

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L, HIGHS = 0x8080808080808080L,
            SPACES = 0x2020202020202020L, BANGS = 0x2121212121212121L, DELS = 0x7f7f7f7f7f7f7f7fL;

    /** buf[i, i + 8) as a little-endian word (byte i lowest). */
    static long word(byte[] buf, int i) { return (long) LONGS.get(buf, i); }

    /** First LF in buf[from, to), or -1. */
    static int indexOfLf(byte[] buf, int from, int to) { return indexOf(buf, from, to, Abnf.LF); }

    /** First byte {@code b} in buf[from, to), or -1. */
    static int indexOf(byte[] buf, int from, int to, int b) {
        long pattern = (b & 0xff) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(buf, i) ^ pattern;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) return i + (Long.numberOfTrailingZeros(found) >>> 3);
        }
        for (; i < to; i++) if (buf[i] == (byte) b) return i;
        return -1;
    }

    /**
     * The end of the run of field-content bytes (VCHAR, obs-text, SP, HTAB; RFC 9110 §5.5) that
     * starts at {@code from}: the first other byte's offset, or {@code to}. A word's flags mark its
     * control bytes (below 0x20) and DEL; the lowest flag is always exact (no borrow reaches it), so
     * it names the first such byte, and only HTAB, the one control byte that is field-content, lets
     * the scan go on. The array's last few bytes are read one at a time. Bytes past {@code to} may be
     * read but never decide.
     */
    static int fieldContentEnd(byte[] buf, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + 8 > buf.length) {
                while (i < to && Abnf.FIELD_CONTENT[buf[i] & 0xff]) i++;
                return i;
            }
            long x = (long) LONGS.get(buf, i), y = x ^ DELS;
            long flags = ((x - SPACES) & ~x | (y - ONES) & ~y) & HIGHS;
            if (flags == 0) { i += 8; continue; }
            int k = i + (Long.numberOfTrailingZeros(flags) >>> 3);
            if (k >= to) return to;
            if (buf[k] != Abnf.HTAB) return k;
            i = k + 1;
        }
        return to;
    }

    /**
     * The end of the run of VCHAR bytes (%x21-7E, RFC 5234 Appendix B: a request-target's bytes) that
     * starts at {@code from}: the first other byte's offset, or {@code to}. Flags mark bytes below
     * 0x21, DEL and bytes with the high bit set; the lowest flag is exact, as in {@link #fieldContentEnd}.
     */
    static int vcharEnd(byte[] buf, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(buf, i), y = x ^ DELS;
            long flags = ((x - BANGS) & ~x | (y - ONES) & ~y | x) & HIGHS;
            if (flags != 0) return i + (Long.numberOfTrailingZeros(flags) >>> 3);
        }
        while (i < to && Abnf.vchar(buf[i])) i++;
        return i;
    }

    /** Whether a[0, n) and b[from, from + n) hold the same bytes (8 at a time; the last word may overlap). */
    static boolean same(byte[] a, byte[] b, int from, int n) {
        if (n < 8) {
            for (int i = 0; i < n; i++) if (a[i] != b[from + i]) return false;
            return true;
        }
        for (int i = 0; i < n - 8; i += 8) if ((long) LONGS.get(a, i) != (long) LONGS.get(b, from + i)) return false;
        return (long) LONGS.get(a, n - 8) == (long) LONGS.get(b, from + n - 8);
    }
}
