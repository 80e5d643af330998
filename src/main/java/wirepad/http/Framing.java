package wirepad.http;

/**
 * How the body's end was found (RFC 9112 §6.3), with the rule number and a sentence for humans,
 * e.g. {@code Content-Length: 22 -> body is the next 22 bytes (RFC 9112 §6.3 rule 6)}. Rule 0 is no
 * §6.3 rule: a CONNECT request, which has no content and is followed by tunnel data (RFC 9110 §9.3.6).
 */
public record Framing(Kind kind, long length, int rule, String reason) {
    public enum Kind {
        /** No body: HEAD, 1xx, 204, 304 responses, or a request without CL/TE. */
        NONE,
        /** Content-Length bytes follow the head. */
        LENGTH,
        /** Transfer-Encoding with chunked last. */
        CHUNKED,
        /** The body runs until the connection closes (responses only). */
        CLOSE,
        /** The connection becomes a tunnel (2xx to CONNECT, 101 Switching Protocols, a CONNECT request). */
        TUNNEL;

        public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
