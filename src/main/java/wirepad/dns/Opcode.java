package wirepad.dns;

import java.util.Locale;

/** The 4-bit OPCODE (RFC 1035 §4.1.1; NOTIFY RFC 1996, UPDATE RFC 2136, DSO RFC 8490). */
public enum Opcode {
    QUERY(0), IQUERY(1), STATUS(2), NOTIFY(4), UPDATE(5), DSO(6);

    private final int code;

    Opcode(int code) { this.code = code; }

    public int code() { return code; }

    public static Opcode of(int code) {
        for (Opcode o : values()) if (o.code == code) return o;
        return null;
    }

    /** "QUERY", or "OPCODE3" for an unassigned value. */
    public static String name(int code) {
        Opcode o = of(code);
        return o != null ? o.name() : "OPCODE" + code;
    }

    public static int parse(String text) {
        String up = text.toUpperCase(Locale.ROOT);
        for (Opcode o : values()) if (o.name().equals(up)) return o.code;
        int v = Codes.generic(up, "OPCODE", "opcode");
        if (v > 15) throw new IllegalArgumentException("opcode " + v + " does not fit in 4 bits");
        return v;
    }
}
