package wirepad.dns;

import java.util.Arrays;

/**
 * A growing output buffer for one message, with name compression (RFC 1035 §4.1.4): every name
 * suffix written becomes a pointer target, and a later name whose suffix matches one byte for byte
 * ends in a pointer to it. Matching keeps case (a pointer to "Example." for "example." would change
 * the name a decoder reads), so a round trip keeps every name's case. Only offsets below 0x4000 fit
 * in a pointer's 14 bits.
 *
 * <p>The targets are kept in a small open-addressing table of (hash of the suffix, offset), the
 * hashes coming from {@link Name#suffixHashes} (made once per Name object); a hash hit is
 * confirmed by comparing the name with the bytes already written at that offset (following this
 * writer's own pointers), so no strings or Name copies are made per label.
 */
final class WireWriter {
    /** Pointers are 14 bits (RFC 1035 §4.1.4). */
    private static final int POINTER_LIMIT = 0x4000;
    private byte[] buf = new byte[512];
    private int len;
    private final boolean compress;
    /** Open addressing: offsets[slot] is a suffix's offset + 1 (0 = empty slot), hashes[slot] its hash. */
    private int[] hashes, offsets;
    private int targets;
    /**
     * The last few Name objects written whole as a pointer target (or pointed at whole), with that
     * offset: a decoded message repeats the same Name object for an owner written as a pointer, and
     * such a name needs neither hashing nor a byte compare. The offset is the one the table would
     * give: a suffix's bytes are remembered at one offset only (the first time they are written).
     */
    private final Name[] recentNames = new Name[RECENT];
    private final int[] recentAt = new int[RECENT];
    private int recentNext;
    private static final int RECENT = 8;

    WireWriter(boolean compress) { this.compress = compress; }

    int pos() { return len; }

    private void room(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
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
        int count = n.labelCount();
        room(Name.MAX_WIRE);
        if (!compressible || !compress) {
            for (int i = 0; i < count; i++) label(n.labelShared(i));
            buf[len++] = 0;
            return;
        }
        for (int k = 0; k < RECENT; k++) {
            if (recentNames[k] == n) {
                pointer(recentAt[k]);
                return;
            }
        }
        int[] suffixHash = n.suffixHashes();
        for (int i = 0; i < count; i++) {
            int at = find(suffixHash[i], n, i);
            if (at >= 0) {
                if (i == 0) recent(n, at);
                pointer(at);
                return;
            }
            if (len < POINTER_LIMIT) {
                if (i == 0) recent(n, len);
                remember(suffixHash[i], len);
            }
            label(n.labelShared(i));
        }
        buf[len++] = 0;
    }

    private void pointer(int at) {
        buf[len++] = (byte) (0xc0 | at >> 8);
        buf[len++] = (byte) at;
    }

    private void recent(Name n, int at) {
        recentNames[recentNext] = n;
        recentAt[recentNext] = at;
        recentNext = (recentNext + 1) % RECENT;
    }

    private void label(byte[] l) {
        buf[len++] = (byte) l.length;
        System.arraycopy(l, 0, buf, len, l.length);
        len += l.length;
    }

    private static int mix(int h) { return h ^ h >>> 16; }

    /** The offset of a written suffix equal to labels {@code from..} of {@code n}, or -1. */
    private int find(int hash, Name n, int from) {
        if (offsets == null) return -1;
        int mask = offsets.length - 1;
        for (int slot = mix(hash) & mask; offsets[slot] != 0; slot = slot + 1 & mask) {
            if (hashes[slot] == hash && sameAt(offsets[slot] - 1, n, from)) return offsets[slot] - 1;
        }
        return -1;
    }

    private void remember(int hash, int at) {
        if (offsets == null) {
            offsets = new int[32];
            hashes = new int[32];
        } else if (2 * (targets + 1) > offsets.length) {
            int[] oldOffsets = offsets, oldHashes = hashes;
            offsets = new int[oldOffsets.length * 2];
            hashes = new int[oldOffsets.length * 2];
            targets = 0;
            for (int i = 0; i < oldOffsets.length; i++) if (oldOffsets[i] != 0) put(oldHashes[i], oldOffsets[i]);
        }
        put(hash, at + 1);
    }

    private void put(int hash, int offsetPlusOne) {
        int mask = offsets.length - 1, slot = mix(hash) & mask;
        while (offsets[slot] != 0) slot = slot + 1 & mask;
        hashes[slot] = hash;
        offsets[slot] = offsetPlusOne;
        targets++;
    }

    /** Whether the name written at {@code at} (labels, then a pointer or the root) equals labels {@code from..} of {@code n}. */
    private boolean sameAt(int at, Name n, int from) {
        int p = at;
        for (int i = from, count = n.labelCount(); ; i++) {
            int l = buf[p] & 0xff;
            while (l >= 0xc0) { // our own pointers point back at names already written: no loops
                p = (l & 0x3f) << 8 | buf[p + 1] & 0xff;
                l = buf[p] & 0xff;
            }
            if (i == count) return l == 0;
            byte[] want = n.labelShared(i);
            if (l != want.length) return false;
            for (int k = 0; k < l; k++) {
                if (buf[p + 1 + k] != want[k]) return false; // case kept: see the class comment
            }
            p += 1 + l;
        }
    }

    byte[] toByteArray() { return Arrays.copyOf(buf, len); }
}
