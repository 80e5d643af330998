package wirepad.dns;

import java.util.Locale;

/**
 * RCODE values. The header holds the low 4 bits (RFC 1035 §4.1.1); EDNS adds 8 high bits in the
 * OPT record's TTL field, making a 12-bit code (RFC 6891 §6.1.3), hence BADVERS = 16.
 */
public enum Rcode {
    NOERROR(0), FORMERR(1), SERVFAIL(2), NXDOMAIN(3), NOTIMP(4), REFUSED(5), YXDOMAIN(6),
    YXRRSET(7), NXRRSET(8), NOTAUTH(9), NOTZONE(10), BADVERS(16), BADCOOKIE(23);

    private final int code;

    Rcode(int code) { this.code = code; }

    public int code() { return code; }

    public static Rcode of(int code) {
        for (Rcode r : values()) if (r.code == code) return r;
        return null;
    }

    /** "NXDOMAIN", or "RCODE12" for an unassigned value. */
    public static String name(int code) {
        Rcode r = of(code);
        return r != null ? r.name() : "RCODE" + code;
    }

    public static int parse(String text) {
        String up = text.toUpperCase(Locale.ROOT);
        for (Rcode r : values()) if (r.name().equals(up)) return r.code;
        int v = Codes.generic(up, "RCODE", "rcode");
        if (v > 4095) throw new IllegalArgumentException("rcode " + v + " does not fit in 12 bits");
        return v;
    }
}
