package wirepad.http;

/**
 * Input that was accepted but deserves a remark (e.g. {@code Content-Length: 5, 5}, TE and CL
 * together, a bare LF in the lenient profile). {@code offset} is in the parsed stream.
 */
public record Diagnostic(int offset, String rule, String message) {
    @Override public String toString() { return "byte " + offset + ": " + message + " (" + rule + ")"; }
}
