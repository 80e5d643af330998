package wirepad.http;

/**
 * A remark on a parsed message, {@code offset} in the parsed stream. A {@link Level#NOTE} marks
 * input that was accepted but deserves a word (e.g. {@code Content-Length: 5, 5}, TE and CL
 * together, a bare LF in the lenient profile). A {@link Level#ERROR} is a strict verdict on a
 * message that could still be framed (a missing or invalid Host): the message is shown whole,
 * and a server answers it with 400 ({@link HttpMessage#rejection()}).
 */
public record Diagnostic(int offset, String rule, String message, Level level) {
    public enum Level { NOTE, ERROR }

    /** A note. */
    public Diagnostic(int offset, String rule, String message) { this(offset, rule, message, Level.NOTE); }

    public boolean isError() { return level == Level.ERROR; }

    /** The same words as a {@link ParseError}, for callers that answer errors (a server's 400). */
    public ParseError asError() { return new ParseError(offset, rule, message); }

    @Override public String toString() { return "byte " + offset + ": " + message + " (" + rule + ")"; }
}
