package wirepad.http;

import wirepad.bytes.Span;

/** The first line of a message: a request-line (RFC 9112 §3) or a status-line (§4). */
public sealed interface StartLine permits StartLine.RequestLine, StartLine.StatusLine {
    String version();

    Span line();

    /** {@code method SP request-target SP HTTP-version} */
    record RequestLine(String method, String target, TargetForm form, String version, Span line,
                       Span methodSpan, Span targetSpan, Span versionSpan) implements StartLine {}

    /** {@code HTTP-version SP status-code SP [ reason-phrase ]} */
    record StatusLine(String version, int status, String reason, Span line,
                      Span versionSpan, Span statusSpan, Span reasonSpan) implements StartLine {}

    /** RFC 9112 §3.2: the four forms of request-target. */
    enum TargetForm { ORIGIN, ABSOLUTE, AUTHORITY, ASTERISK }
}
