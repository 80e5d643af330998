package wirepad.dns;

/**
 * The fixed 12-octet header without its counts (RFC 1035 §4.1.1); the counts are derived from the
 * sections when encoding. Flag word layout, most significant bit first:
 * <pre>
 *   15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *  |QR|  Opcode   |AA|TC|RD|RA| Z|AD|CD|   RCODE   |
 * </pre>
 * AD and CD are from RFC 4035 §3.2; Z must be zero (RFC 1035 §4.1.1, RFC 6840 §5.7).
 */
public record Header(int id, boolean qr, int opcode, boolean aa, boolean tc, boolean rd, boolean ra,
                     boolean z, boolean ad, boolean cd, int rcode) {
    /** QR: 0 query, 1 response. */
    public static final int QR = 1 << 15;
    /** AA: the responding server is an authority for the name in the question. */
    public static final int AA = 1 << 10;
    /** TC: the message was truncated to fit the transport (RFC 1035 §4.1.1, RFC 7766 §5). */
    public static final int TC = 1 << 9;
    /** RD: recursion desired, copied into the response. */
    public static final int RD = 1 << 8;
    /** RA: recursion available. */
    public static final int RA = 1 << 7;
    /** Z: reserved, must be zero. */
    public static final int Z = 1 << 6;
    /** AD: authentic data (RFC 4035 §3.2.3). */
    public static final int AD = 1 << 5;
    /** CD: checking disabled (RFC 4035 §3.2.2). */
    public static final int CD = 1 << 4;

    public Header {
        if (id < 0 || id > 0xffff) throw new IllegalArgumentException("id " + id + " is not 16-bit");
        if (opcode < 0 || opcode > 15) throw new IllegalArgumentException("opcode " + opcode + " is not 4-bit");
        if (rcode < 0 || rcode > 15) throw new IllegalArgumentException("header rcode " + rcode + " is not 4-bit (the high bits go in EDNS)");
    }

    /** A standard query with RD set. */
    public static Header query(int id) { return new Header(id, false, 0, false, false, true, false, false, false, false, 0); }

    public static Header fromFlags(int id, int flags) {
        return new Header(id, (flags & QR) != 0, flags >> 11 & 0xf, (flags & AA) != 0, (flags & TC) != 0,
                (flags & RD) != 0, (flags & RA) != 0, (flags & Z) != 0, (flags & AD) != 0, (flags & CD) != 0, flags & 0xf);
    }

    public int flags() {
        return (qr ? QR : 0) | opcode << 11 | (aa ? AA : 0) | (tc ? TC : 0) | (rd ? RD : 0) | (ra ? RA : 0)
                | (z ? Z : 0) | (ad ? AD : 0) | (cd ? CD : 0) | rcode;
    }

    /** The set flag names in dig's order, e.g. "qr aa rd". */
    public String flagNames() {
        StringBuilder sb = new StringBuilder();
        if (qr) sb.append("qr ");
        if (aa) sb.append("aa ");
        if (tc) sb.append("tc ");
        if (rd) sb.append("rd ");
        if (ra) sb.append("ra ");
        if (z) sb.append("z ");
        if (ad) sb.append("ad ");
        if (cd) sb.append("cd ");
        return sb.toString().trim();
    }

    public Header withId(int newId) { return new Header(newId, qr, opcode, aa, tc, rd, ra, z, ad, cd, rcode); }

    public Header withTc(boolean v) { return new Header(id, qr, opcode, aa, v, rd, ra, z, ad, cd, rcode); }

    public Header withRd(boolean v) { return new Header(id, qr, opcode, aa, tc, v, ra, z, ad, cd, rcode); }

    public Header withCd(boolean v) { return new Header(id, qr, opcode, aa, tc, rd, ra, z, ad, v, rcode); }

    public Header withAd(boolean v) { return new Header(id, qr, opcode, aa, tc, rd, ra, z, v, cd, rcode); }

    /** A response to this query: QR set, id, opcode, RD and CD copied (RFC 1035 §4.1.1, RFC 6840 §5.9). */
    public Header response(boolean authoritative, int rcodeLow) {
        return new Header(id, true, opcode, authoritative, false, rd, false, false, false, cd, rcodeLow & 0xf);
    }
}
