package wirepad.bytes;

/** Hex digits for bytes, and hex text back to bytes. */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {}

    public static String byteHex(int v) { return "" + DIGITS[(v >> 4) & 0xf] + DIGITS[v & 0xf]; }

    public static String of(byte[] b) { return of(b, 0, b.length); }

    public static String of(byte[] b, int off, int len) {
        char[] out = new char[len * 2];
        for (int i = 0; i < len; i++) {
            int v = b[off + i] & 0xff;
            out[2 * i] = DIGITS[v >> 4];
            out[2 * i + 1] = DIGITS[v & 0xf];
        }
        return new String(out);
    }

    /**
     * The value of one hex digit, 0 to 15; -1 for anything else. ASCII only: {@code Character.digit}
     * would also take other scripts' digits (U+0663 ARABIC-INDIC DIGIT THREE) and fullwidth letters.
     */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** Parses hex text; whitespace, ':' and a leading "0x" per token are ignored. Null if not hex (ASCII digits only). */
    public static byte[] parse(CharSequence text) {
        StringBuilder digits = new StringBuilder(text.length());
        String s = text.toString();
        for (String tok : s.trim().split("[\\s:]+")) {
            if (tok.isEmpty()) continue;
            if (tok.startsWith("0x") || tok.startsWith("0X")) tok = tok.substring(2);
            digits.append(tok);
        }
        if (digits.length() % 2 != 0) return null;
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = digit(digits.charAt(2 * i)), lo = digit(digits.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) return null;
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }
}
