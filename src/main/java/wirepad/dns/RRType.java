package wirepad.dns;

import java.util.Locale;

/**
 * Resource record TYPE values (RFC 1035 §3.2.2, §3.2.3; IANA "Resource Record (RR) TYPEs").
 * The wire carries a 16-bit number; codes without a constant are shown as {@code TYPEnn}
 * (RFC 3597 §5), so every code can be represented as an {@code int}.
 */
public enum RRType {
    A(1), NS(2), CNAME(5), SOA(6), PTR(12), HINFO(13), MX(15), TXT(16), RP(17), AFSDB(18), RT(21),
    SIG(24), KEY(25), PX(26), AAAA(28), LOC(29), NXT(30), SRV(33), NAPTR(35), DNAME(39), OPT(41),
    DS(43), SSHFP(44), RRSIG(46), NSEC(47), DNSKEY(48), NSEC3(50), NSEC3PARAM(51), TLSA(52),
    CDS(59), CDNSKEY(60), CSYNC(62), ZONEMD(63), SVCB(64), HTTPS(65), TSIG(250), IXFR(251),
    AXFR(252), ANY(255), URI(256), CAA(257);

    private final int code;

    RRType(int code) { this.code = code; }

    public int code() { return code; }

    private static final RRType[] VALUES = values();
    /** Indexed by code (every code here is below 258): one array read on the decode path. */
    private static final RRType[] BY_CODE = new RRType[258];
    static { for (RRType t : VALUES) BY_CODE[t.code] = t; }

    /** The constant for a wire code, or null when the code has no mnemonic here. */
    public static RRType of(int code) { return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null; }

    /** "A", "MX", or "TYPE65" for a code without a mnemonic. */
    public static String name(int code) {
        RRType t = of(code);
        return t != null ? t.name() : "TYPE" + code;
    }

    /** Parses a mnemonic (any case) or {@code TYPEnn}; IllegalArgumentException otherwise. */
    public static int parse(String text) {
        String up = text.toUpperCase(Locale.ROOT);
        for (RRType t : values()) if (t.name().equals(up)) return t.code;
        return Codes.generic(up, "TYPE", "record type");
    }
}
