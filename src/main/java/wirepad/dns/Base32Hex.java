package wirepad.dns;

/** Base 32 with the extended hex alphabet, no padding (RFC 4648 §7), as NSEC3 uses it (RFC 5155 §3.3). */
final class Base32Hex {
    private Base32Hex() {}

    private static final char[] DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV".toCharArray();

    static String encode(byte[] b) {
        StringBuilder sb = new StringBuilder((b.length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        for (byte x : b) {
            buffer = buffer << 8 | (x & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(DIGITS[buffer >> (bits - 5) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) sb.append(DIGITS[buffer << (5 - bits) & 31]);
        return sb.toString();
    }

    /** Either case; IllegalArgumentException for any other character or left-over bits that are not zero. */
    static byte[] decode(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0, bits = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = Character.digit(s.charAt(i), 32);
            if (v < 0) throw new IllegalArgumentException("'" + s.charAt(i) + "' is not a base32hex digit (0-9, A-V; RFC 4648 §7) in " + s);
            buffer = buffer << 5 | v;
            bits += 5;
            if (bits >= 8) {
                out.write(buffer >> (bits - 8) & 0xff);
                bits -= 8;
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) throw new IllegalArgumentException("base32hex text " + s + " has stray bits at its end");
        return out.toByteArray();
    }
}
