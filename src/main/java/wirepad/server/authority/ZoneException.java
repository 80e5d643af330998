package wirepad.server.authority;

/** A zone file broke a rule; {@code line} is 1-based. */
public final class ZoneException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public ZoneException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
        this.line = line;
    }

    public int line() { return line; }
}
