package wirepad.dns;

import java.util.Arrays;
import java.util.List;

/** Fingerprints of keys and certificates: SSHFP (RFC 4255 §3) and TLSA (RFC 6698 §2). Data in hex. */
public final class FingerprintRdata {
    private FingerprintRdata() {}

    /** SSHFP (44): algorithm (1 RSA, 2 DSA, 3 ECDSA, 4 Ed25519, 6 Ed448), fingerprint type (1 SHA-1, 2 SHA-256), fingerprint. */
    public record Sshfp(int algorithm, int fingerprintType, byte[] fingerprint) implements Rdata {
        public Sshfp {
            Fields.u8(algorithm, "SSHFP algorithm");
            Fields.u8(fingerprintType, "SSHFP fingerprint type");
            fingerprint = fingerprint.clone();
        }
        public int type() { return 44; }
        /** RFC 4255 §3.2: the fingerprint in hex. */
        public String presentation() { return algorithm + " " + fingerprintType + " " + RdataText.upperHex(fingerprint); }
        @Override public byte[] fingerprint() { return fingerprint.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Sshfp s && s.algorithm == algorithm && s.fingerprintType == fingerprintType && Arrays.equals(s.fingerprint, fingerprint);
        }
        @Override public int hashCode() { return Arrays.hashCode(fingerprint); }
        @Override public String toString() { return "SSHFP[" + presentation() + "]"; }
    }

    /** TLSA (52): certificate usage, selector, matching type, certificate association data (RFC 6698 §2.1). */
    public record Tlsa(int usage, int selector, int matchingType, byte[] data) implements Rdata {
        public Tlsa {
            Fields.u8(usage, "TLSA usage");
            Fields.u8(selector, "TLSA selector");
            Fields.u8(matchingType, "TLSA matching type");
            data = data.clone();
        }
        public int type() { return 52; }
        /** RFC 6698 §2.2: the data in hex. */
        public String presentation() { return usage + " " + selector + " " + matchingType + " " + RdataText.upperHex(data); }
        @Override public byte[] data() { return data.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Tlsa t && t.usage == usage && t.selector == selector && t.matchingType == matchingType && Arrays.equals(t.data, data);
        }
        @Override public int hashCode() { return Arrays.hashCode(data); }
        @Override public String toString() { return "TLSA[" + presentation() + "]"; }
    }

    static Rdata read(WireReader r, int type, String f) throws DnsFormatException {
        if (type == 44) {
            int alg = r.u8(f + ".algorithm");
            if (r.recording()) r.note(alg + switch (alg) { case 1 -> " (RSA)"; case 2 -> " (DSA)"; case 3 -> " (ECDSA)"; case 4 -> " (Ed25519)"; case 6 -> " (Ed448)"; default -> ""; });
            int fp = r.u8(f + ".fp_type");
            if (r.recording()) r.note(fp + (fp == 1 ? " (SHA-1)" : fp == 2 ? " (SHA-256)" : ""));
            return new Sshfp(alg, fp, r.bytes(r.remaining(), f + ".fingerprint"));
        }
        int usage = r.u8(f + ".usage");
        if (r.recording()) r.note(usage + switch (usage) { case 0 -> " (PKIX-TA)"; case 1 -> " (PKIX-EE)"; case 2 -> " (DANE-TA)"; case 3 -> " (DANE-EE)"; default -> ""; });
        int selector = r.u8(f + ".selector");
        if (r.recording()) r.note(selector + (selector == 0 ? " (full certificate)" : selector == 1 ? " (SubjectPublicKeyInfo)" : ""));
        int matching = r.u8(f + ".matching_type");
        if (r.recording()) r.note(matching + switch (matching) { case 0 -> " (exact)"; case 1 -> " (SHA-256)"; case 2 -> " (SHA-512)"; default -> ""; });
        return new Tlsa(usage, selector, matching, r.bytes(r.remaining(), f + ".data"));
    }

    static void write(WireWriter w, Rdata d) {
        if (d instanceof Sshfp s) {
            w.u8(s.algorithm);
            w.u8(s.fingerprintType);
            w.bytes(s.fingerprint);
        } else if (d instanceof Tlsa t) {
            w.u8(t.usage);
            w.u8(t.selector);
            w.u8(t.matchingType);
            w.bytes(t.data);
        } else throw new IllegalStateException("not a fingerprint record: " + d);
    }

    static Rdata parse(int type, List<String> t) {
        if (type == 44) {
            RdataText.atLeast(t, 3, "SSHFP ALGORITHM TYPE FINGERPRINT");
            return new Sshfp(RdataText.u8(t.get(0)), RdataText.u8(t.get(1)), RdataText.hex(RdataText.joined(t, 2), "fingerprint"));
        }
        RdataText.atLeast(t, 4, "TLSA USAGE SELECTOR MATCHINGTYPE DATA");
        return new Tlsa(RdataText.u8(t.get(0)), RdataText.u8(t.get(1)), RdataText.u8(t.get(2)), RdataText.hex(RdataText.joined(t, 3), "data"));
    }
}
