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

    /** Parses hex text; whitespace, ':' and a leading "0x" per token are ignored. Null if not hex. */
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
            int hi = Character.digit(digits.charAt(2 * i), 16), lo = Character.digit(digits.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) return null;
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }
}
