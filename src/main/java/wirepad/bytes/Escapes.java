package wirepad.bytes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The escape language for typing bytes: {@code \r \n \t \0 \\ \" \xHH}. Everything else is taken
 * as typed (non-ASCII characters as their UTF-8 bytes). An invalid escape names its column.
 */
public final class Escapes {
    private Escapes() {}

    public static byte[] parse(String typed) throws EscapeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(typed.length());
        int i = 0;
        while (i < typed.length()) {
            char c = typed.charAt(i);
            if (c != '\\') {
                int cp = typed.codePointAt(i);
                int n = Character.charCount(cp);
                out.writeBytes(typed.substring(i, i + n).getBytes(StandardCharsets.UTF_8));
                i += n;
                continue;
            }
            int column = i + 1;
            if (i + 1 >= typed.length()) throw new EscapeException(column, "lone '\\' at end of input (write \\\\ for a backslash)");
            char e = typed.charAt(i + 1);
            switch (e) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case '0' -> out.write(0);
                case '\\' -> out.write('\\');
                case '"' -> out.write('"');
                case 'x' -> {
                    if (i + 3 >= typed.length())
                        throw new EscapeException(column, "\\x needs two hex digits, got \"" + typed.substring(i) + "\"");
                    int hi = Hex.digit(typed.charAt(i + 2)), lo = Hex.digit(typed.charAt(i + 3)); // ASCII only: not U+0663
                    if (hi < 0 || lo < 0)
                        throw new EscapeException(column, "\\x needs two hex digits, got \"" + typed.substring(i, i + 4) + "\"");
                    out.write(hi << 4 | lo);
                    i += 2;
                }
                default -> throw new EscapeException(column, "unknown escape \"\\" + e
                        + "\" (known: \\r \\n \\t \\0 \\\\ \\\" \\xHH)");
            }
            i += 2;
        }
        return out.toByteArray();
    }

    /** The inverse of {@link #parse}: printable ASCII kept, everything else escaped. */
    public static String format(byte[] b) { return format(b, 0, b.length); }

    public static String format(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(len + 16);
        for (int i = off; i < off + len; i++) {
            int v = b[i] & 0xff;
            switch (v) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case 0 -> sb.append("\\0");
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                default -> {
                    if (v >= 0x20 && v < 0x7f) sb.append((char) v);
                    else sb.append("\\x").append(Hex.byteHex(v));
                }
            }
        }
        return sb.toString();
    }
}
