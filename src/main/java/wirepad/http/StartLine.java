package wirepad.http;

import wirepad.bytes.Span;

/** The first line of a message: a request-line (RFC 9112 §3) or a status-line (§4). */
public sealed interface StartLine permits StartLine.RequestLine, StartLine.StatusLine {
    String version();

    Span line();

    /** Where the line starts: where its message starts. */
    int lineStart();

    /**
     * {@code method SP request-target SP HTTP-version}, with where each part sits: the offsets are kept
     * as ints (one message, one start-line: no Span objects until asked for one).
     */
    record RequestLine(String method, String target, TargetForm form, String version, int lineStart, int methodEnd,
                       int targetStart, int targetEnd, int versionStart, int lineEnd) implements StartLine {
        public Span line() { return new Span(lineStart, lineEnd); }

        public Span methodSpan() { return new Span(lineStart, methodEnd); }

        public Span targetSpan() { return new Span(targetStart, targetEnd); }

        /** The version ends the line. */
        public Span versionSpan() { return new Span(versionStart, lineEnd); }
    }

    /**
     * {@code HTTP-version SP status-code SP [ reason-phrase ]}: the version starts the line, one SP
     * and the 3-digit status-code follow it (RFC 9112 §4), and the reason ends it.
     */
    record StatusLine(String version, int status, String reason, int lineStart, int versionEnd, int reasonStart,
                      int lineEnd) implements StartLine {
        public Span line() { return new Span(lineStart, lineEnd); }

        public Span versionSpan() { return new Span(lineStart, versionEnd); }

        public Span statusSpan() { return new Span(versionEnd + 1, versionEnd + 4); }

        public Span reasonSpan() { return new Span(reasonStart, lineEnd); }
    }

    /** RFC 9112 §3.2: the four forms of request-target. */
    enum TargetForm { ORIGIN, ABSOLUTE, AUTHORITY, ASTERISK }
}
