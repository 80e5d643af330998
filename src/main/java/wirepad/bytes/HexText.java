package wirepad.bytes;

/**
 * Hex text as a person types or pastes it, read strictly: groups of hex digits, each group an
 * even number of digits (two per byte), separated by blanks, line breaks or ':', each group
 * optionally starting with "0x". Unlike {@link Hex#parse} a problem is named, with its place:
 * "line 1, column 3: odd number of hex digits in "123" (3): every byte is two digits".
 */
public final class HexText {
    private HexText() {}

    /** Text that is not hex; {@code line} and {@code column} are 1-based, {@code offset} counts characters from 0. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line, column, offset;

        Malformed(int line, int column, int offset, String problem) {
            super("line " + line + ", column " + column + ": " + problem);
            this.line = line;
            this.column = column;
            this.offset = offset;
        }

        public int line() { return line; }

        public int column() { return column; }

        public int offset() { return offset; }
    }

    /** The bytes, or {@link Malformed} naming the first character or group that is not hex. Stops at {@code maxBytes}. */
    public static byte[] parse(CharSequence text, int maxBytes) throws Malformed {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.min(text.length() / 2, maxBytes));
        int line = 1, lineStart = 0, i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == ':') {
                i++;
                continue;
            }
            int groupStart = i;
            if (c == '0' && i + 1 < n && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) i += 2;
            int digitsStart = i;
            while (i < n && Character.digit(text.charAt(i), 16) >= 0 && text.charAt(i) < 0x80) i++;
            if (i < n && !separator(text.charAt(i)))
                throw new Malformed(line, i - lineStart + 1, i, "not a hex digit: " + show(text.charAt(i))
                        + (i == digitsStart && i > groupStart ? " after \"0x\"" : "") + "; hex text is pairs of 0-9 a-f, blanks and ':' between");
            int digits = i - digitsStart;
            if (digits == 0)
                throw new Malformed(line, groupStart - lineStart + 1, groupStart, "\"0x\" without hex digits after it");
            if (digits % 2 != 0)
                throw new Malformed(line, groupStart - lineStart + 1, groupStart, "odd number of hex digits in \""
                        + text.subSequence(groupStart, i) + "\" (" + digits + "): every byte is two digits");
            if (out.size() + digits / 2 > maxBytes)
                throw new Malformed(line, groupStart - lineStart + 1, groupStart, "more than " + maxBytes + " bytes of hex");
            for (int d = digitsStart; d < i; d += 2)
                out.write(Character.digit(text.charAt(d), 16) << 4 | Character.digit(text.charAt(d + 1), 16));
        }
        return out.toByteArray();
    }

    private static boolean separator(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ':'; }

    /** 'z', or U+00A0 for what would not show. */
    private static String show(char c) {
        if (c > 0x20 && c < 0x7f) return "'" + c + "'";
        return String.format("U+%04X", (int) c) + (c == 0xa0 ? " (no-break space)" : "");
    }
}
