package wirepad.bytes;

/** An escape sequence the user typed is not valid; {@code column} is 1-based in the typed text. */
public final class EscapeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;

    public EscapeException(int column, String message) {
        super("column " + column + ": " + message);
        this.column = column;
    }

    public int column() { return column; }
}
