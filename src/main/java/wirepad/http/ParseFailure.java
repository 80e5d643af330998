package wirepad.http;

/** Internal: unwinds the parser to its entry point with a {@link ParseError}. */
final class ParseFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ParseError error;

    ParseFailure(int offset, String rule, String message) {
        super(message, null, false, false);
        this.error = new ParseError(offset, rule, message);
    }
}
