package wirepad.dns;

import java.util.Arrays;
import java.util.List;

/**
 * The type bit maps of NSEC, NSEC3 and CSYNC (RFC 4034 §4.1.2): windows of {block number,
 * bitmap length 1..32, bitmap}, in increasing block order; bit N of block B is type B*256+N.
 * Held as a sorted array of type codes.
 */
final class TypeBitmap {
    private TypeBitmap() {}

    static int[] read(WireReader r, String f) throws DnsFormatException {
        int[] types = new int[16];
        int n = 0, last = -1;
        for (int w = 0; r.remaining() > 0; w++) {
            int at = r.pos();
            int block = r.u8(f + ".window[" + w + "].block");
            int len = r.u8(f + ".window[" + w + "].length");
            if (block <= last) throw r.error(at, f + ".window[" + w + "].block", "window " + block + " after window " + last
                    + " (windows go in increasing order, RFC 4034 §4.1.2)");
            if (len < 1 || len > 32) throw r.error(at + 1, f + ".window[" + w + "].length", "bitmap length " + len + " (must be 1..32, RFC 4034 §4.1.2)");
            last = block;
            byte[] bits = r.bytes(len, f + ".window[" + w + "].bitmap");
            int before = n;
            for (int i = 0; i < len; i++) {
                for (int bit = 0; bit < 8; bit++) {
                    if ((bits[i] & (0x80 >> bit)) == 0) continue;
                    if (n == types.length) types = Arrays.copyOf(types, n * 2);
                    types[n++] = block * 256 + i * 8 + bit;
                }
            }
            if (r.recording()) r.note(names(Arrays.copyOfRange(types, before, n)));
        }
        return Arrays.copyOf(types, n);
    }

    static void write(WireWriter w, int[] types) {
        int i = 0;
        while (i < types.length) {
            int block = types[i] >> 8;
            byte[] bits = new byte[32];
            int len = 0;
            while (i < types.length && types[i] >> 8 == block) {
                int low = types[i] & 0xff;
                bits[low >> 3] |= (byte) (0x80 >> (low & 7));
                len = (low >> 3) + 1;
                i++;
            }
            w.u8(block);
            w.u8(len);
            w.bytes(Arrays.copyOf(bits, len));
        }
    }

    /** Type mnemonics separated by blanks. */
    static String names(int[] types) {
        StringBuilder sb = new StringBuilder();
        for (int t : types) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(RRType.name(t));
        }
        return sb.toString();
    }

    /** Mnemonics (or TYPEnn) from {@code from} on, sorted, duplicates dropped. */
    static int[] parse(List<String> t, int from) {
        int[] out = new int[t.size() - from];
        for (int i = from; i < t.size(); i++) out[i - from] = RRType.parse(t.get(i));
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /** A sorted copy without duplicates, each a 16-bit type. */
    static int[] check(int[] types) {
        for (int t : types) if (t < 0 || t > 0xffff) throw new IllegalArgumentException("type " + t + " is not 16-bit");
        return Arrays.stream(types).sorted().distinct().toArray();
    }
}
