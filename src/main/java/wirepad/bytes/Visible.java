package wirepad.bytes;

/**
 * Renders bytes so that nothing is hidden: CR and LF are drawn ({@code ␍␊}, or {@code \r\n} in the
 * ASCII style), TAB too, every other control byte and every byte ≥ 0x80 as {@code \xHH} (bytes are
 * not text), a backslash as {@code \\}. A line break follows each LF so the shape stays readable.
 */
public final class Visible {
    public enum Style { GLYPHS, ASCII }

    private Visible() {}

    public static String render(byte[] b) { return render(b, 0, b.length, Style.GLYPHS); }

    public static String render(byte[] b, Style style) { return render(b, 0, b.length, style); }

    public static String render(byte[] b, int off, int len, Style style) {
        StringBuilder sb = new StringBuilder(len + len / 8 + 8);
        for (int i = off; i < off + len; i++) appendByte(sb, b[i] & 0xff, style);
        return sb.toString();
    }

    /** One line of visible text per line of input (split after each LF); no trailing newline. */
    public static java.util.List<String> lines(byte[] b, int off, int len, Style style) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = off; i < off + len; i++) {
            int v = b[i] & 0xff;
            appendGlyph(sb, v, style);
            if (v == '\n') { out.add(sb.toString()); sb.setLength(0); }
        }
        if (sb.length() > 0) out.add(sb.toString());
        return out;
    }

    /** A short quoted form for error messages: at most {@code max} bytes, then "…". */
    public static String quote(byte[] b, int off, int len, int max) {
        int n = Math.min(len, max);
        StringBuilder sb = new StringBuilder("\"");
        for (int i = off; i < off + n; i++) appendGlyph(sb, b[i] & 0xff, Style.ASCII);
        sb.append('"');
        if (len > max) sb.append('…');
        return sb.toString();
    }

    public static String quote(byte[] b) { return quote(b, 0, b.length, 64); }

    private static void appendByte(StringBuilder sb, int v, Style style) {
        appendGlyph(sb, v, style);
        if (v == '\n') sb.append('\n');
    }

    private static void appendGlyph(StringBuilder sb, int v, Style style) {
        boolean glyphs = style == Style.GLYPHS;
        switch (v) {
            case '\r' -> sb.append(glyphs ? "␍" : "\\r");
            case '\n' -> sb.append(glyphs ? "␊" : "\\n");
            case '\t' -> sb.append(glyphs ? "␉" : "\\t");
            case '\\' -> sb.append("\\\\");
            default -> {
                if (v >= 0x20 && v < 0x7f) sb.append((char) v);
                else sb.append("\\x").append(Hex.byteHex(v));
            }
        }
    }
}
