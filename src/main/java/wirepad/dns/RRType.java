package wirepad.dns;

import java.util.Locale;

/**
 * Resource record TYPE values (RFC 1035 §3.2.2, §3.2.3; IANA "Resource Record (RR) TYPEs").
 * The wire carries a 16-bit number; codes without a constant are shown as {@code TYPEnn}
 * (RFC 3597 §5), so every code can be represented as an {@code int}.
 */
public enum RRType {
    A(1), NS(2), CNAME(5), SOA(6), PTR(12), HINFO(13), MX(15), TXT(16), AAAA(28), SRV(33),
    NAPTR(35), DS(43), RRSIG(46), NSEC(47), DNSKEY(48), OPT(41), IXFR(251), AXFR(252), ANY(255),
    CAA(257);

    private final int code;

    RRType(int code) { this.code = code; }

    public int code() { return code; }

    /** The constant for a wire code, or null when the code has no mnemonic here. */
    private static final RRType[] VALUES = values();

    public static RRType of(int code) {
        for (RRType t : VALUES) if (t.code == code) return t;
        return null;
    }

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
