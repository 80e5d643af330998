package wirepad.http;

import java.util.Objects;

/**
 * How the body's end was found (RFC 9112 §6.3), with the rule number and a sentence for humans,
 * e.g. {@code Content-Length: 22 -> body is the next 22 bytes (RFC 9112 §6.3 rule 6)}. Rule 0 is no
 * §6.3 rule: a CONNECT request, which has no content and is followed by tunnel data (RFC 9110 §9.3.6).
 * The Content-Length sentence, the one most messages have, is written on the first call of
 * {@link #reason()}, not for every message parsed. Equal when kind, length, rule and reason are.
 */
public final class Framing {
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

    private final Kind kind;
    private final long length;
    private final int rule;
    private String reason; // null until asked, for a framing made by contentLength()

    public Framing(Kind kind, long length, int rule, String reason) {
        this.kind = Objects.requireNonNull(kind);
        this.length = length;
        this.rule = rule;
        this.reason = Objects.requireNonNull(reason);
    }

    private Framing(long length) {
        this.kind = Kind.LENGTH;
        this.length = length;
        this.rule = 6;
    }

    /** RFC 9112 §6.3 rule 6: a valid Content-Length frames the next {@code length} bytes. */
    static Framing contentLength(long length) { return new Framing(length); }

    public Kind kind() { return kind; }

    public long length() { return length; }

    public int rule() { return rule; }

    public String reason() {
        String r = reason;
        if (r == null) reason = r = "Content-Length: " + length + " -> body is the next " + length
                + (length == 1 ? " byte" : " bytes") + " (RFC 9112 §6.3 rule 6)";
        return r;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Framing f && f.kind == kind && f.length == length && f.rule == rule && f.reason().equals(reason());
    }

    @Override public int hashCode() { return Objects.hash(kind, length, rule, reason()); }

    @Override public String toString() {
        return "Framing[kind=" + kind + ", length=" + length + ", rule=" + rule + ", reason=" + reason() + "]";
    }
}
