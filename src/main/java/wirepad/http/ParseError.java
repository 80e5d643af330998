package wirepad.http;

/**
 * Why bytes were rejected: the offset of the first offending byte in the stream, the rule broken
 * (e.g. {@code RFC 9112 §5.1}) and a message that quotes the bytes in visible form.
 */
public record ParseError(int offset, String rule, String message) {
    /** One line, for humans: {@code byte 17: ... (RFC 9112 §5.1)}. */
    public String describe() { return "byte " + offset + ": " + message + " (" + rule + ")"; }

    @Override public String toString() { return describe(); }
}
