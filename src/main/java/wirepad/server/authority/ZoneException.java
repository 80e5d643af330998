package wirepad.server.authority;

/** A zone file broke a rule; {@code line} is 1-based, 0 for the file as a whole (e.g. too large). */
public final class ZoneException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public ZoneException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
        this.line = line;
    }

    /** A problem with the whole file, not one line of it. */
    public ZoneException(String source, String message) {
        super(source + ": " + message);
        this.line = 0;
    }

    private ZoneException(String message, int line, ZoneException cause) {
        super(message, cause);
        this.line = line;
    }

    /** This error, raised in a file that {@code $INCLUDE} on {@code source}'s {@code line} read: the message says so. */
    public ZoneException includedFrom(String source, int line) {
        return new ZoneException(getMessage() + " (included from " + source + ":" + line + ")", this.line, this);
    }

    /** The line in the file the message names first (an included file's line, for an error inside it). */
    public int line() { return line; }
}
