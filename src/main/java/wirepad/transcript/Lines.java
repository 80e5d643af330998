package wirepad.transcript;

/**
 * Writes an actual output line so that a transcript reads it back as that literal line. Lines the
 * format would misread — starting with '#', the prompt or the continuation prompt, "..." alone, containing "[..]", ending in
 * " (re)" — are written as a regex whose first character is in brackets: {@code [#] heading (re)}.
 */
public final class Lines {
    private static final String META = "\\.[]{}()*+?^$|";

    private Lines() {}

    public static boolean needsEscape(String line) {
        return Transcript.isComment(line) || Transcript.isInput(line) || Transcript.isMore(line) || line.equals(Expect.ANY_LINES)
                || line.contains(Expect.ANY_TEXT) || line.endsWith(Expect.RE_SUFFIX);
    }

    public static String escape(String line) {
        if (!needsEscape(line)) return line;
        StringBuilder sb = new StringBuilder(line.length() + 16);
        int cp = line.codePointAt(0);
        int first = Character.charCount(cp);
        String head = line.substring(0, first);
        if (head.equals("\\")) sb.append("\\\\");
        else if (head.equals("[") || head.equals("]") || head.equals("^")) sb.append('\\').append(head);
        else sb.append('[').append(head).append(']');
        return sb.append(quote(line.substring(first))).append(Expect.RE_SUFFIX).toString();
    }

    /** Text as a regex that matches exactly it (each regex metacharacter after a backslash). */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (META.indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}
