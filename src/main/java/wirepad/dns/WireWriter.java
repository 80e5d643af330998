package wirepad.dns;

import java.util.HashMap;
import java.util.Map;

/**
 * A growing output buffer for one message, with name compression (RFC 1035 §4.1.4): a map from
 * each name suffix already written to its offset. Matching keeps case (a pointer to "Example."
 * for "example." would change the name a decoder reads), so a round trip keeps every name's case.
 * Only offsets below 0x4000 fit in a pointer's 14 bits.
 */
final class WireWriter {
    private byte[] buf = new byte[512];
    private int len;
    private final Map<String, Integer> suffixes;

    WireWriter(boolean compress) { this.suffixes = compress ? new HashMap<>() : null; }

    int pos() { return len; }

    private void room(int n) {
        if (len + n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    void u8(int v) {
        room(1);
        buf[len++] = (byte) v;
    }

    void u16(int v) {
        room(2);
        buf[len++] = (byte) (v >> 8);
        buf[len++] = (byte) v;
    }

    void u32(long v) {
        room(4);
        buf[len++] = (byte) (v >> 24);
        buf[len++] = (byte) (v >> 16);
        buf[len++] = (byte) (v >> 8);
        buf[len++] = (byte) v;
    }

    void bytes(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    void put16(int at, int v) {
        buf[at] = (byte) (v >> 8);
        buf[at + 1] = (byte) v;
    }

    /** A character-string (RFC 1035 §3.3): length octet, then the octets. */
    void characterString(byte[] s) {
        if (s.length > 255) throw new IllegalArgumentException("character-string of " + s.length + " octets; at most 255");
        u8(s.length);
        bytes(s);
    }

    /**
     * Writes a name. When {@code compressible} and compression is on, the longest suffix already
     * written becomes a pointer, and the suffixes written here become pointer targets. Names in
     * RDATA of types other than the RFC 1035 ones are written with {@code compressible == false}
     * (RFC 3597 §4; RFC 2782 for the SRV target).
     */
    void name(Name n, boolean compressible) {
        boolean use = compressible && suffixes != null;
        for (int i = 0; i < n.labelCount(); i++) {
            String key = use ? n.suffix(i).toString() : null;
            if (use) {
                Integer at = suffixes.get(key);
                if (at != null) {
                    u16(0xc000 | at);
                    return;
                }
                if (len < 0x4000) suffixes.put(key, len);
            }
            byte[] l = n.label(i);
            u8(l.length);
            bytes(l);
        }
        u8(0);
    }

    byte[] toByteArray() { return java.util.Arrays.copyOf(buf, len); }
}
