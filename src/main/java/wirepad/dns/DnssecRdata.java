package wirepad.dns;

import java.util.Arrays;
import java.util.List;

/**
 * The DNSSEC records that carry keys, signatures and digests: DS and CDS (RFC 4034 §5, RFC 7344
 * §3.1), DNSKEY and CDNSKEY (RFC 4034 §2, RFC 7344 §3.2), RRSIG and its predecessor SIG
 * (RFC 4034 §3, RFC 2535 §4.1), and ZONEMD (RFC 8976 §2). Wire form, presentation form and the
 * annotated fields of each live here; {@link RdataCodec} and {@link RdataText} call in.
 */
public final class DnssecRdata {
    private DnssecRdata() {}

    /** DS (43) or CDS (59): key tag, algorithm, digest type, digest (RFC 4034 §5.1). */
    public record Ds(int type, int keyTag, int algorithm, int digestType, byte[] digest) implements Rdata {
        public Ds {
            if (type != 43 && type != 59) throw new IllegalArgumentException("DS layout is for DS (43) and CDS (59), not " + type);
            Fields.u16(keyTag, "key tag");
            Fields.u8(algorithm, "algorithm");
            Fields.u8(digestType, "digest type");
            digest = digest.clone();
        }
        /** RFC 4034 §5.3: the digest in hex, upper case as the reference tools print it. */
        public String presentation() {
            return keyTag + " " + algorithm + " " + digestType + (digest.length == 0 ? "" : " " + RdataText.upperHex(digest));
        }
        @Override public byte[] digest() { return digest.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Ds d && d.type == type && d.keyTag == keyTag && d.algorithm == algorithm
                    && d.digestType == digestType && Arrays.equals(d.digest, digest);
        }
        @Override public int hashCode() { return keyTag * 31 + Arrays.hashCode(digest); }
        @Override public String toString() { return RRType.name(type) + "[" + presentation() + "]"; }
    }

    /** DNSKEY (48) or CDNSKEY (60): flags, protocol (3), algorithm, public key (RFC 4034 §2.1). */
    public record Dnskey(int type, int flags, int protocol, int algorithm, byte[] key) implements Rdata {
        public Dnskey {
            if (type != 48 && type != 60) throw new IllegalArgumentException("DNSKEY layout is for DNSKEY (48) and CDNSKEY (60), not " + type);
            Fields.u16(flags, "flags");
            Fields.u8(protocol, "protocol");
            Fields.u8(algorithm, "algorithm");
            key = key.clone();
        }
        /** RFC 4034 §2.2: the key in base64. */
        public String presentation() { return flags + " " + protocol + " " + algorithm + (key.length == 0 ? "" : " " + RdataText.base64(key)); }

        /** RFC 4034 Appendix B: the key tag a DS or RRSIG names this key by. */
        public int keyTag() {
            byte[] rdata = new byte[4 + key.length];
            rdata[0] = (byte) (flags >> 8);
            rdata[1] = (byte) flags;
            rdata[2] = (byte) protocol;
            rdata[3] = (byte) algorithm;
            System.arraycopy(key, 0, rdata, 4, key.length);
            if (algorithm == 1) { // RSA/MD5, Appendix B.1: the most significant 16 of the modulus' last 24 bits
                return key.length < 3 ? 0 : (key[key.length - 3] & 0xff) << 8 | (key[key.length - 2] & 0xff);
            }
            long ac = 0;
            for (int i = 0; i < rdata.length; i++) ac += (i & 1) == 0 ? (rdata[i] & 0xff) << 8 : rdata[i] & 0xff;
            ac += ac >> 16 & 0xffff;
            return (int) (ac & 0xffff);
        }
        /** RFC 4034 §2.1.1: bit 7 zone key, bit 15 secure entry point (KSK); RFC 5011 §7 bit 8 revoked. */
        String flagNames() {
            StringBuilder sb = new StringBuilder();
            if ((flags & 0x0100) != 0) sb.append(" zone");
            if ((flags & 0x0080) != 0) sb.append(" revoked");
            if ((flags & 0x0001) != 0) sb.append(" sep");
            return sb.length() == 0 ? "" : " (" + sb.substring(1) + ")";
        }
        @Override public byte[] key() { return key.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Dnskey d && d.type == type && d.flags == flags && d.protocol == protocol
                    && d.algorithm == algorithm && Arrays.equals(d.key, key);
        }
        @Override public int hashCode() { return flags * 31 + Arrays.hashCode(key); }
        @Override public String toString() { return RRType.name(type) + "[" + presentation() + "]"; }
    }

    /**
     * RRSIG (46) or SIG (24): type covered, algorithm, labels, original TTL, expiration, inception,
     * key tag, signer's name, signature (RFC 4034 §3.1). Times are unsigned 32-bit seconds, shown
     * as YYYYMMDDHHmmSS in UTC (§3.2).
     */
    public record Rrsig(int type, int typeCovered, int algorithm, int labels, long originalTtl, long expiration,
                        long inception, int keyTag, Name signer, byte[] signature) implements Rdata {
        public Rrsig {
            if (type != 46 && type != 24) throw new IllegalArgumentException("RRSIG layout is for RRSIG (46) and SIG (24), not " + type);
            Fields.u16(typeCovered, "type covered");
            Fields.u8(algorithm, "algorithm");
            Fields.u8(labels, "labels");
            Fields.u32(originalTtl, "original TTL");
            Fields.u32(expiration, "expiration");
            Fields.u32(inception, "inception");
            Fields.u16(keyTag, "key tag");
            signature = signature.clone();
        }
        public String presentation() {
            return RRType.name(typeCovered) + " " + algorithm + " " + labels + " " + originalTtl + " " + RdataText.time(expiration)
                    + " " + RdataText.time(inception) + " " + keyTag + " " + signer + (signature.length == 0 ? "" : " " + RdataText.base64(signature));
        }
        @Override public byte[] signature() { return signature.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Rrsig s && s.type == type && s.typeCovered == typeCovered && s.algorithm == algorithm
                    && s.labels == labels && s.originalTtl == originalTtl && s.expiration == expiration
                    && s.inception == inception && s.keyTag == keyTag && s.signer.equals(signer) && Arrays.equals(s.signature, signature);
        }
        @Override public int hashCode() { return keyTag * 31 + Arrays.hashCode(signature); }
        @Override public String toString() { return RRType.name(type) + "[" + presentation() + "]"; }
    }

    /** ZONEMD (63): SOA serial, scheme, hash algorithm, digest (RFC 8976 §2.2). */
    public record Zonemd(long serial, int scheme, int hashAlgorithm, byte[] digest) implements Rdata {
        public Zonemd {
            Fields.u32(serial, "serial");
            Fields.u8(scheme, "scheme");
            Fields.u8(hashAlgorithm, "hash algorithm");
            digest = digest.clone();
        }
        public int type() { return 63; }
        /** RFC 8976 §2.3: serial, scheme, hash algorithm, the digest in hex. */
        public String presentation() { return serial + " " + scheme + " " + hashAlgorithm + " " + RdataText.upperHex(digest); }
        @Override public byte[] digest() { return digest.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Zonemd z && z.serial == serial && z.scheme == scheme && z.hashAlgorithm == hashAlgorithm
                    && Arrays.equals(z.digest, digest);
        }
        @Override public int hashCode() { return Long.hashCode(serial) * 31 + Arrays.hashCode(digest); }
        @Override public String toString() { return "ZONEMD[" + presentation() + "]"; }
    }

    /** RFC 8624 §3.1 and the IANA registry: algorithm numbers as names, for the annotated view. */
    static String algorithm(int a) {
        return switch (a) {
            case 1 -> "RSAMD5"; case 3 -> "DSA"; case 5 -> "RSASHA1"; case 6 -> "DSA-NSEC3-SHA1";
            case 7 -> "RSASHA1-NSEC3-SHA1"; case 8 -> "RSASHA256"; case 10 -> "RSASHA512"; case 12 -> "ECC-GOST";
            case 13 -> "ECDSAP256SHA256"; case 14 -> "ECDSAP384SHA384"; case 15 -> "ED25519"; case 16 -> "ED448";
            case 253 -> "PRIVATEDNS"; case 254 -> "PRIVATEOID";
            default -> "unassigned";
        };
    }

    static Rdata read(WireReader r, int type, String f) throws DnsFormatException {
        switch (type) {
            case 43, 59 -> {
                int tag = r.u16(f + ".key_tag");
                int alg = r.u8(f + ".algorithm");
                if (r.recording()) r.note(alg + " (" + algorithm(alg) + ")");
                int dt = r.u8(f + ".digest_type");
                if (r.recording()) r.note(dt + switch (dt) { case 1 -> " (SHA-1)"; case 2 -> " (SHA-256)"; case 4 -> " (SHA-384)"; default -> ""; });
                return new Ds(type, tag, alg, dt, r.bytes(r.remaining(), f + ".digest"));
            }
            case 48, 60 -> {
                int flags = r.u16(f + ".flags");
                int protocol = r.u8(f + ".protocol");
                if (protocol != 3 && r.recording()) r.note(protocol + " (must be 3, RFC 4034 §2.1.2)");
                int alg = r.u8(f + ".algorithm");
                if (r.recording()) r.note(alg + " (" + algorithm(alg) + ")");
                Dnskey k = new Dnskey(type, flags, protocol, alg, r.bytes(r.remaining(), f + ".public_key"));
                if (r.recording()) r.note(k.key.length + " bytes, key tag " + k.keyTag() + k.flagNames());
                return k;
            }
            case 46, 24 -> {
                int covered = r.u16(f + ".type_covered");
                if (r.recording()) r.note(covered + " (" + RRType.name(covered) + ")");
                int alg = r.u8(f + ".algorithm");
                if (r.recording()) r.note(alg + " (" + algorithm(alg) + ")");
                int labels = r.u8(f + ".labels");
                long ttl = r.u32(f + ".original_ttl");
                long exp = r.u32(f + ".expiration");
                if (r.recording()) r.note(exp + " (" + RdataText.time(exp) + " UTC)");
                long inc = r.u32(f + ".inception");
                if (r.recording()) r.note(inc + " (" + RdataText.time(inc) + " UTC)");
                int tag = r.u16(f + ".key_tag");
                Name signer = r.name(f + ".signer");
                return new Rrsig(type, covered, alg, labels, ttl, exp, inc, tag, signer, r.bytes(r.remaining(), f + ".signature"));
            }
            default -> {
                long serial = r.u32(f + ".serial");
                int scheme = r.u8(f + ".scheme");
                if (r.recording() && scheme == 1) r.note("1 (SIMPLE)");
                int hash = r.u8(f + ".hash_algorithm");
                if (r.recording()) r.note(hash + (hash == 1 ? " (SHA-384)" : hash == 2 ? " (SHA-512)" : ""));
                // RFC 8976 §2.2.4: the digest is at least 12 octets
                if (r.remaining() < 12) throw r.error(r.pos(), f + ".digest", "ZONEMD digest of " + r.remaining() + " bytes (at least 12, RFC 8976 §2.2.4)");
                return new Zonemd(serial, scheme, hash, r.bytes(r.remaining(), f + ".digest"));
            }
        }
    }

    static void write(WireWriter w, Rdata d) {
        if (d instanceof Ds s) {
            w.u16(s.keyTag);
            w.u8(s.algorithm);
            w.u8(s.digestType);
            w.bytes(s.digest);
        } else if (d instanceof Dnskey k) {
            w.u16(k.flags);
            w.u8(k.protocol);
            w.u8(k.algorithm);
            w.bytes(k.key);
        } else if (d instanceof Rrsig s) {
            w.u16(s.typeCovered);
            w.u8(s.algorithm);
            w.u8(s.labels);
            w.u32(s.originalTtl);
            w.u32(s.expiration);
            w.u32(s.inception);
            w.u16(s.keyTag);
            w.name(s.signer, false); // RFC 4034 §3.1.7: never compressed
            w.bytes(s.signature);
        } else if (d instanceof Zonemd z) {
            w.u32(z.serial);
            w.u8(z.scheme);
            w.u8(z.hashAlgorithm);
            w.bytes(z.digest);
        } else throw new IllegalStateException("not a DNSSEC record: " + d);
    }

    static Rdata parse(int type, List<String> t, Name origin) {
        switch (type) {
            case 43, 59 -> {
                RdataText.atLeast(t, 3, RRType.name(type) + " KEYTAG ALGORITHM DIGESTTYPE DIGEST");
                return new Ds(type, RdataText.u16(t.get(0)), RdataText.u8(t.get(1)), RdataText.u8(t.get(2)),
                        RdataText.hex(RdataText.joined(t, 3), "digest"));
            }
            case 48, 60 -> {
                RdataText.atLeast(t, 3, RRType.name(type) + " FLAGS PROTOCOL ALGORITHM KEY");
                return new Dnskey(type, RdataText.u16(t.get(0)), RdataText.u8(t.get(1)), RdataText.u8(t.get(2)),
                        RdataText.base64(RdataText.joined(t, 3), "public key"));
            }
            case 46, 24 -> {
                RdataText.atLeast(t, 8, RRType.name(type) + " COVERED ALGORITHM LABELS TTL EXPIRATION INCEPTION KEYTAG SIGNER SIGNATURE");
                return new Rrsig(type, RdataText.type(t.get(0)), RdataText.u8(t.get(1)), RdataText.u8(t.get(2)),
                        Ttl.parse(t.get(3)), RdataText.time(t.get(4)), RdataText.time(t.get(5)), RdataText.u16(t.get(6)),
                        Name.parse(t.get(7), origin), RdataText.base64(RdataText.joined(t, 8), "signature"));
            }
            default -> {
                RdataText.atLeast(t, 4, "ZONEMD SERIAL SCHEME HASHALGORITHM DIGEST");
                return new Zonemd(RdataText.u32(t.get(0)), RdataText.u8(t.get(1)), RdataText.u8(t.get(2)),
                        RdataText.hex(RdataText.joined(t, 3), "digest"));
            }
        }
    }
}
