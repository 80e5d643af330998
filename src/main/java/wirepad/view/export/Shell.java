package wirepad.view.export;

/** Shell quoting for the exports: a POSIX single-quoted word, or bash's $'...' when bytes need escapes. */
final class Shell {
    private Shell() {}

    /** Bytes (ISO-8859-1 chars) as one shell word that gives exactly those bytes. */
    static String word(String bytes) {
        boolean plain = true;
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (c < 0x20 || c >= 0x7f) { plain = false; break; }
        }
        if (plain) return "'" + bytes.replace("'", "'\\''") + "'";
        StringBuilder sb = new StringBuilder("$'");
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('\'').toString();
    }
}
