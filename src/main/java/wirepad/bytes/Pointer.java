package wirepad.bytes;

/**
 * Points at one byte: the visible line of the stream that holds it, and a caret under it.
 * <pre>
 *   Host : a␍␊
 *       ^ byte 20
 * </pre>
 */
public final class Pointer {
    private Pointer() {}

    public static String at(byte[] b, int len, int offset) {
        if (len <= 0) return "(no bytes)\n^ byte " + offset + "\n";
        int at = Math.min(Math.max(offset, 0), len);
        int start = at;
        while (start > 0 && b[start - 1] != '\n') start--;
        int end = at;
        while (end < len && b[end] != '\n') end++;
        if (end < len) end++; // include the LF
        String before = Visible.render(b, start, at - start, Visible.Style.GLYPHS);
        String line = Visible.render(b, start, end - start, Visible.Style.GLYPHS).replace("\n", "");
        if (at >= len) line += "  (end of input)";
        int col = before.codePointCount(0, before.length());
        return line + "\n" + " ".repeat(col) + "^ byte " + offset + "\n";
    }
}
