package wirepad.dns;

import java.util.Locale;

/** CLASS values (RFC 1035 §3.2.4, §3.2.5; RFC 2136 §2.3 for NONE). Unknown codes: {@code CLASSnn}. */
public enum RRClass {
    IN(1), CH(3), HS(4), NONE(254), ANY(255);

    private final int code;

    RRClass(int code) { this.code = code; }

    public int code() { return code; }

    private static final RRClass[] VALUES = values();

    public static RRClass of(int code) {
        for (RRClass c : VALUES) if (c.code == code) return c;
        return null;
    }

    public static String name(int code) {
        RRClass c = of(code);
        return c != null ? c.name() : "CLASS" + code;
    }

    public static int parse(String text) {
        String up = text.toUpperCase(Locale.ROOT);
        for (RRClass c : values()) if (c.name().equals(up)) return c.code;
        return Codes.generic(up, "CLASS", "class");
    }
}
