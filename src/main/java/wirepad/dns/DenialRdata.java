package wirepad.dns;

import java.util.Arrays;
import java.util.List;

/**
 * The records that list which types a name has: NSEC (RFC 4034 §4), NSEC3 and NSEC3PARAM
 * (RFC 5155 §3, §4), CSYNC (RFC 7477 §2.1) with the type bit maps of {@link TypeBitmap}, and the
 * old NXT (RFC 2535 §5.2) with its single 128-bit map.
 */
public final class DenialRdata {
    private DenialRdata() {}

    /** NSEC (47): the next owner name and the types at this name (RFC 4034 §4.1). */
    public record Nsec(Name next, int[] types) implements Rdata {
        public Nsec { types = TypeBitmap.check(types); }
        public int type() { return 47; }
        public String presentation() { return next + (types.length == 0 ? "" : " " + TypeBitmap.names(types)); }
        @Override public int[] types() { return types.clone(); }
        @Override public boolean equals(Object o) { return o instanceof Nsec n && n.next.equals(next) && Arrays.equals(n.types, types); }
        @Override public int hashCode() { return next.hashCode() * 31 + Arrays.hashCode(types); }
        @Override public String toString() { return "NSEC[" + presentation() + "]"; }
    }

    /**
     * NSEC3 (50): hash algorithm, flags (bit 0 opt-out), iterations, salt, the next hashed owner
     * name and the types (RFC 5155 §3.2). Salt in hex ("-" when empty), the hash in base32hex (§3.3).
     */
    public record Nsec3(int hashAlgorithm, int flags, int iterations, byte[] salt, byte[] nextHash, int[] types) implements Rdata {
        public Nsec3 {
            Fields.u8(hashAlgorithm, "hash algorithm");
            Fields.u8(flags, "flags");
            Fields.u16(iterations, "iterations");
            if (salt.length > 255 || nextHash.length > 255) throw new IllegalArgumentException("salt or hash longer than 255 octets");
            salt = salt.clone();
            nextHash = nextHash.clone();
            types = TypeBitmap.check(types);
        }
        public int type() { return 50; }
        public String presentation() {
            return hashAlgorithm + " " + flags + " " + iterations + " " + saltText(salt) + " " + Base32Hex.encode(nextHash)
                    + (types.length == 0 ? "" : " " + TypeBitmap.names(types));
        }
        @Override public byte[] salt() { return salt.clone(); }
        @Override public byte[] nextHash() { return nextHash.clone(); }
        @Override public int[] types() { return types.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Nsec3 n && n.hashAlgorithm == hashAlgorithm && n.flags == flags && n.iterations == iterations
                    && Arrays.equals(n.salt, salt) && Arrays.equals(n.nextHash, nextHash) && Arrays.equals(n.types, types);
        }
        @Override public int hashCode() { return Arrays.hashCode(nextHash); }
        @Override public String toString() { return "NSEC3[" + presentation() + "]"; }
    }

    /** NSEC3PARAM (51): hash algorithm, flags, iterations, salt (RFC 5155 §4.2). */
    public record Nsec3Param(int hashAlgorithm, int flags, int iterations, byte[] salt) implements Rdata {
        public Nsec3Param {
            Fields.u8(hashAlgorithm, "hash algorithm");
            Fields.u8(flags, "flags");
            Fields.u16(iterations, "iterations");
            if (salt.length > 255) throw new IllegalArgumentException("salt longer than 255 octets");
            salt = salt.clone();
        }
        public int type() { return 51; }
        public String presentation() { return hashAlgorithm + " " + flags + " " + iterations + " " + saltText(salt); }
        @Override public byte[] salt() { return salt.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Nsec3Param n && n.hashAlgorithm == hashAlgorithm && n.flags == flags
                    && n.iterations == iterations && Arrays.equals(n.salt, salt);
        }
        @Override public int hashCode() { return Arrays.hashCode(salt) * 31 + iterations; }
        @Override public String toString() { return "NSEC3PARAM[" + presentation() + "]"; }
    }

    /** CSYNC (62): SOA serial, flags (bit 0 immediate, bit 1 soaminimum), types to sync (RFC 7477 §2.1). */
    public record Csync(long serial, int flags, int[] types) implements Rdata {
        public Csync {
            Fields.u32(serial, "serial");
            Fields.u16(flags, "flags");
            types = TypeBitmap.check(types);
        }
        public int type() { return 62; }
        public String presentation() { return serial + " " + flags + (types.length == 0 ? "" : " " + TypeBitmap.names(types)); }
        @Override public int[] types() { return types.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Csync c && c.serial == serial && c.flags == flags && Arrays.equals(c.types, types);
        }
        @Override public int hashCode() { return Long.hashCode(serial) * 31 + Arrays.hashCode(types); }
        @Override public String toString() { return "CSYNC[" + presentation() + "]"; }
    }

    /**
     * NXT (30, obsoleted by NSEC): the next name and a bit map of types 1..127, bit N for type N,
     * trailing zero octets left out (RFC 2535 §5.2). Its name may be compressed (RFC 3597 §4).
     */
    public record Nxt(Name next, int[] types) implements Rdata {
        public Nxt {
            types = TypeBitmap.check(types);
            for (int t : types) if (t < 1 || t > 127) throw new IllegalArgumentException("NXT maps types 1..127 only, not " + t);
        }
        public int type() { return 30; }
        public String presentation() { return next + (types.length == 0 ? "" : " " + TypeBitmap.names(types)); }
        @Override public int[] types() { return types.clone(); }
        @Override public boolean equals(Object o) { return o instanceof Nxt n && n.next.equals(next) && Arrays.equals(n.types, types); }
        @Override public int hashCode() { return next.hashCode() * 31 + Arrays.hashCode(types); }
        @Override public String toString() { return "NXT[" + presentation() + "]"; }
    }

    private static String saltText(byte[] s) { return s.length == 0 ? "-" : RdataText.upperHex(s); }

    private static byte[] salt(String s) { return s.equals("-") ? new byte[0] : RdataText.hex(s, "salt"); }

    static Rdata read(WireReader r, int type, String f) throws DnsFormatException {
        switch (type) {
            case 47 -> {
                Name next = r.name(f + ".next");
                return new Nsec(next, TypeBitmap.read(r, f + ".types"));
            }
            case 50, 51 -> {
                int alg = r.u8(f + ".hash_algorithm");
                if (r.recording() && alg == 1) r.note("1 (SHA-1)");
                int flags = r.u8(f + ".flags");
                if (r.recording() && (flags & 1) != 0) r.note(flags + " (opt-out)");
                int iterations = r.u16(f + ".iterations");
                byte[] salt = r.characterString(f + ".salt");
                if (type == 51) return new Nsec3Param(alg, flags, iterations, salt);
                byte[] hash = r.characterString(f + ".next_hash");
                if (hash.length == 0) throw r.error(r.pos() - 1, f + ".next_hash", "hash length 0 (RFC 5155 §3.2 needs the next hashed owner name)");
                if (r.recording()) r.note("len=" + hash.length + " " + Base32Hex.encode(hash));
                return new Nsec3(alg, flags, iterations, salt, hash, TypeBitmap.read(r, f + ".types"));
            }
            case 62 -> {
                long serial = r.u32(f + ".serial");
                int flags = r.u16(f + ".flags");
                if (r.recording() && flags != 0)
                    r.note(flags + " (" + ((flags & 1) != 0 ? "immediate" : "") + ((flags & 3) == 3 ? " " : "") + ((flags & 2) != 0 ? "soaminimum" : "") + ")");
                return new Csync(serial, flags, TypeBitmap.read(r, f + ".types"));
            }
            default -> {
                Name next = r.name(f + ".next");
                int at = r.pos();
                if (r.remaining() > 16) throw r.error(at, f + ".types", "NXT bit map of " + r.remaining() + " bytes (at most 16, RFC 2535 §5.2)");
                byte[] bits = r.bytes(r.remaining(), f + ".types");
                if (bits.length > 0 && (bits[0] & 0x80) != 0) throw r.error(at, f + ".types", "NXT bit 0 set (it is reserved, RFC 2535 §5.2)");
                int[] types = new int[bits.length * 8];
                int n = 0;
                for (int i = 0; i < bits.length * 8; i++) if ((bits[i >> 3] & (0x80 >> (i & 7))) != 0) types[n++] = i;
                types = Arrays.copyOf(types, n);
                if (r.recording()) r.note(TypeBitmap.names(types));
                return new Nxt(next, types);
            }
        }
    }

    static void write(WireWriter w, Rdata d) {
        if (d instanceof Nsec n) {
            w.name(n.next, false); // RFC 4034 §4.1.1: never compressed
            TypeBitmap.write(w, n.types);
        } else if (d instanceof Nsec3 n) {
            w.u8(n.hashAlgorithm);
            w.u8(n.flags);
            w.u16(n.iterations);
            w.characterString(n.salt);
            w.characterString(n.nextHash);
            TypeBitmap.write(w, n.types);
        } else if (d instanceof Nsec3Param n) {
            w.u8(n.hashAlgorithm);
            w.u8(n.flags);
            w.u16(n.iterations);
            w.characterString(n.salt);
        } else if (d instanceof Csync c) {
            w.u32(c.serial);
            w.u16(c.flags);
            TypeBitmap.write(w, c.types);
        } else if (d instanceof Nxt n) {
            w.name(n.next, false); // RFC 3597 §4: decompress on receipt, do not compress on sending
            int max = n.types.length == 0 ? -1 : n.types[n.types.length - 1];
            byte[] bits = new byte[max / 8 + 1];
            for (int t : n.types) bits[t >> 3] |= (byte) (0x80 >> (t & 7));
            w.bytes(n.types.length == 0 ? new byte[0] : bits);
        } else throw new IllegalStateException("not a denial record: " + d);
    }

    static Rdata parse(int type, List<String> t, Name origin) {
        switch (type) {
            case 47 -> {
                RdataText.atLeast(t, 1, "NSEC NEXT TYPES");
                return new Nsec(Name.parse(t.get(0), origin), TypeBitmap.parse(t, 1));
            }
            case 50 -> {
                RdataText.atLeast(t, 5, "NSEC3 ALGORITHM FLAGS ITERATIONS SALT NEXTHASH TYPES");
                return new Nsec3(RdataText.u8(t.get(0)), RdataText.u8(t.get(1)), RdataText.u16(t.get(2)), salt(t.get(3)),
                        Base32Hex.decode(t.get(4)), TypeBitmap.parse(t, 5));
            }
            case 51 -> {
                RdataText.want(t, 4, "NSEC3PARAM ALGORITHM FLAGS ITERATIONS SALT");
                return new Nsec3Param(RdataText.u8(t.get(0)), RdataText.u8(t.get(1)), RdataText.u16(t.get(2)), salt(t.get(3)));
            }
            case 62 -> {
                RdataText.atLeast(t, 2, "CSYNC SERIAL FLAGS TYPES");
                return new Csync(RdataText.u32(t.get(0)), RdataText.u16(t.get(1)), TypeBitmap.parse(t, 2));
            }
            default -> {
                RdataText.atLeast(t, 1, "NXT NEXT TYPES");
                return new Nxt(Name.parse(t.get(0), origin), TypeBitmap.parse(t, 1));
            }
        }
    }
}
