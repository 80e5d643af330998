package wirepad.view.export;

/**
 * {@code printf '...' | nc HOST PORT}: the exact bytes, one quoted piece per line of the message.
 * The format string uses only POSIX printf escapes, so dash, bash and /usr/bin/printf agree:
 * {@code \r \n \t \\}, {@code %%} for '%', and a three-digit octal {@code \NNN} for every other
 * byte outside printable ASCII and for the single quote (which cannot appear inside '...').
 * The nc options depend on which nc it is ({@link NcFlavor}): {@code -N} for OpenBSD nc, so the
 * command ends by itself instead of waiting on an open connection.
 */
public final class NcExport {
    private NcExport() {}

    /** The command line, with the options that make {@code nc} end once the server closes after its answer. */
    public static String render(byte[] request, String host, int port, NcFlavor nc) {
        return "printf " + format(request) + " | nc " + nc.flags + host + " " + port + nc.note + "\n";
    }

    /**
     * The printf format argument: single-quoted pieces joined by backslash-newline (the shell
     * removes those and concatenates the pieces), a new piece after each LF.
     */
    public static String format(byte[] b) {
        if (b.length == 0) return "''";
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            switch (c) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\\' -> sb.append("\\\\");
                case '%' -> sb.append("%%");
                default -> {
                    if (c < 0x20 || c >= 0x7f || c == '\'') sb.append(String.format("\\%03o", c));
                    else sb.append((char) c);
                }
            }
            if (c == '\n' && i + 1 < b.length) sb.append("'\\\n'");
        }
        return sb.append('\'').toString();
    }
}
