package wirepad.bytes;

/**
 * Points at one byte: the visible line of the stream that holds it, and a caret under it.
 * <pre>
 *   Host : a␍␊
 *       ^ byte 20
 * </pre>
 * A long line is cut to at most {@link #WINDOW} bytes either side of the byte, each cut marked
 * "…", so a megabyte without a newline still gives two short lines.
 */
public final class Pointer {
    private Pointer() {}

    /** How many bytes of the line are shown before and after the byte pointed at. */
    public static final int WINDOW = 60;

    public static String at(byte[] b, int len, int offset) {
        if (len <= 0) return "(no bytes)\n^ byte " + offset + "\n";
        int at = Math.min(Math.max(offset, 0), len);
        int start = at;
        while (start > 0 && b[start - 1] != '\n' && at - start < WINDOW) start--;
        boolean cutBefore = start > 0 && b[start - 1] != '\n';
        int end = at;
        while (end < len && b[end] != '\n' && end - at <= WINDOW) end++;
        boolean cutAfter = end < len && b[end] != '\n';
        if (end < len && !cutAfter) end++; // include the LF
        String before = (cutBefore ? "…" : "") + Visible.render(b, start, at - start, Visible.Style.GLYPHS);
        String line = (cutBefore ? "…" : "") + Visible.render(b, start, end - start, Visible.Style.GLYPHS).replace("\n", "")
                + (cutAfter ? "…" : "");
        if (at >= len) line += "  (end of input)";
        int col = before.codePointCount(0, before.length());
        return line + "\n" + " ".repeat(col) + "^ byte " + offset + "\n";
    }
}
