package wirepad.transcript;

/** A transcript file that cannot be read as one; the message starts with {@code file:line: }. */
public final class TranscriptException extends Exception {
    private static final long serialVersionUID = 1L;

    public TranscriptException(String where, int line, String message) {
        super(where + ":" + line + ": " + message, null, false, false);
    }
}
