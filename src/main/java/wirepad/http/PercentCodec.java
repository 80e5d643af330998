package wirepad.http;

import java.io.ByteArrayOutputStream;

/**
 * Percent-encoding (RFC 3986 §2.1): {@code pct-encoded = "%" HEXDIG HEXDIG}. Decoding is strict:
 * a "%" not followed by two hex digits is an error naming its offset.
 */
public final class PercentCodec {
    private PercentCodec() {}

    /** RFC 3986 §2.3 unreserved characters: never encoded. */
    public static boolean unreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** Encodes every byte that is not unreserved (and not in {@code keep}) as %HH (upper-case hex). */
    public static String encode(byte[] b, String keep) {
        StringBuilder sb = new StringBuilder(b.length * 3);
        for (byte x : b) {
            int c = x & 0xff;
            if (unreserved(c) || (c < 0x80 && keep.indexOf(c) >= 0)) sb.append((char) c);
            else sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
        return sb.toString();
    }

    /**
     * Decodes %HH escapes (and, when {@code plusIsSpace}, '+' as SP, as forms do).
     * @throws IllegalArgumentException naming the offset of a bad escape
     */
    public static byte[] decode(String s, boolean plusIsSpace) { return decode(s, plusIsSpace, 0); }

    /** As {@link #decode(String, boolean)}, with offsets in errors counted from {@code base}. */
    public static byte[] decode(String s, boolean plusIsSpace, int base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 1 < s.length() ? hex(s.charAt(i + 1)) : -1;
                int lo = i + 2 < s.length() ? hex(s.charAt(i + 2)) : -1;
                if (hi < 0 || lo < 0)
                    throw new IllegalArgumentException("offset " + (base + i) + ": \"%\" must be followed by two hex digits, got "
                            + visible(s.substring(i, Math.min(s.length(), i + 3)), 16) + " (RFC 3986 §2.1)");
                out.write(hi << 4 | lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else if (c < 0x80) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** HEXDIG = DIGIT / "A"-"F" (RFC 5234 B.1; case-insensitive): ASCII only, unlike Character.digit, which takes any Unicode digit. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** The text quoted (at most {@code max} bytes) with every non-ASCII or control character as its UTF-8 bytes in \xHH form. */
    static String visible(String s, int max) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return wirepad.bytes.Visible.quote(b, 0, b.length, max);
    }
}
