package wirepad.http.lint;

import wirepad.http.Limits;
import wirepad.http.Role;

/**
 * The requirement level (RFC 2119) behind each rule the parser cites, with the RFC's words in
 * short. Looked up by the cited section and, where one section holds several rules, the message;
 * where the RFC says different things to a server reading a request and to a client or proxy
 * reading a response, by the role of the message too.
 */
public final class Rules {
    private Rules() {}

    public enum Level { MUST, SHOULD, MAY, GRAMMAR, LIMIT }

    public record Rule(String section, Level level, String text) {}

    public static Rule of(String section, String message, Role role) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        boolean request = role == Role.REQUEST;
        return switch (section) {
            case "RFC 9112 §2.2" -> m.contains("bare cr")
                    ? new Rule(section, Level.MUST, "a bare CR MUST be treated as invalid or replaced by SP")
                    : m.contains("bare lf") ? new Rule(section, Level.MAY, "a recipient MAY recognize a single LF as a line terminator")
                    : m.contains("empty line") ? new Rule(section, Level.SHOULD, "a server SHOULD ignore at least one empty line before the request-line")
                    : new Rule(section, Level.MUST, "whitespace before the first field line: a recipient MUST reject the message or ignore each such line");
            // RFC 9112 §5.1: the server rule is for requests, the proxy rule for responses.
            case "RFC 9112 §5.1" -> new Rule(section, Level.MUST, request
                    ? "no whitespace between field name and colon: a server MUST reject the request with 400"
                    : "no whitespace between field name and colon: a proxy MUST remove it before forwarding the response");
            // RFC 9112 §5.2: a server reading a request; a user agent (or proxy) reading a response.
            case "RFC 9112 §5.2" -> new Rule(section, Level.MUST, request
                    ? "obs-fold in a request: a server MUST reject with 400 or replace each fold by SP"
                    : "obs-fold in a response: a user agent MUST replace each fold by SP (a proxy MAY instead answer 502)");
            case "RFC 9112 §6.1" -> m.contains("more than once")
                    ? new Rule(section, Level.MUST, "a sender MUST NOT apply chunked more than once")
                    : request ? new Rule(section, Level.MUST, "Transfer-Encoding with Content-Length: a server MAY reject, and MUST close the connection after responding")
                    : new Rule(section, Level.MUST, "a sender MUST NOT send Content-Length in a message with Transfer-Encoding");
            case "RFC 9112 §6.3 rule 3" -> new Rule(section, Level.MUST,
                    "Transfer-Encoding overrides Content-Length; such a message ought to be handled as an error ("
                            + (request ? "smuggling" : "response splitting") + ")");
            case "RFC 9112 §6.3 rule 4" -> request
                    ? new Rule(section, Level.MUST, "chunked not final in a request: the server MUST respond 400 and close")
                    : new Rule(section, Level.MUST, "chunked not final in a response: the body runs until the server closes");
            case "RFC 9112 §6.3 rule 5" -> new Rule(section, Level.MUST, request
                    ? "invalid or differing Content-Length is unrecoverable: 400 and close"
                    : "invalid or differing Content-Length is unrecoverable: a user agent MUST close and discard the response (a proxy answers 502)");
            case "RFC 9112 §6.3 rule 6" -> new Rule(section, Level.MUST, "a valid Content-Length is the body length");
            case "RFC 9112 §7.1", "RFC 9112 §7.1.1" -> new Rule(section, Level.GRAMMAR,
                    "chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF; chunk-size = 1*HEXDIG");
            case "RFC 9112 §3.2" -> new Rule(section, Level.MUST, "a server MUST answer 400 to a request without Host, with several, or with an invalid Host value");
            case "RFC 9110 §5.1" -> new Rule(section, Level.GRAMMAR, "field-name = token; names are case-insensitive");
            // RFC 9110 §5.5: CR, LF and NUL carry a MUST; other controls only break the field-value grammar.
            case "RFC 9110 §5.5" -> crLfNul(m)
                    ? new Rule(section, Level.MUST, "CR, LF, NUL in a field value: a recipient MUST reject the message or replace each by SP")
                    : new Rule(section, Level.GRAMMAR, "other control bytes make a field value invalid (field-value = *field-content);"
                            + " a recipient MAY keep them where no other parser reads them");
            // RFC 9110 §9.3.6: "A CONNECT request message does not have content"; a 2xx answer makes the connection a tunnel.
            case "RFC 9110 §9.3.6" -> new Rule(section, Level.MUST,
                    "a CONNECT request has no content: the bytes after its head are tunnel data once the server answers 2xx");
            // RFC 9110 §7.8: after 101 the server switches right after the request (and its content).
            case "RFC 9110 §7.8" -> new Rule(section, Level.MAY,
                    "a server MAY switch to the protocol Upgrade names (101): the bytes after the request then belong to it");
            case "RFC 9110 §8.6" -> new Rule(section, Level.MAY, "a list of identical Content-Length values MAY be accepted as one");
            case "RFC 9112 §8" -> new Rule(section, Level.MUST, "a message closed before its framing completed is incomplete");
            // RFC 9112 §9.6: after "close" a server MUST NOT process further requests; a client MUST close after that response.
            case "RFC 9112 §9.6" -> new Rule(section, Level.MUST, request
                    ? "after a request that closes the connection, a server MUST NOT process further requests on it"
                    : "after a response that closes the connection, a client MUST close it (SHOULD NOT assume pipelined requests were processed)");
            // RFC 9110 §7.6.1: intermediaries MUST remove the fields that Connection names; a sender MUST NOT name one meant for all recipients.
            case "RFC 9110 §7.6.1" -> new Rule(section, Level.MUST,
                    "a proxy MUST remove each field Connection lists before forwarding: without Content-Length or Transfer-Encoding"
                            + " the next hop frames the body differently (CL.0 / TE.0)");
            case "limit:chunks" -> new Rule(section, Level.LIMIT,
                    "wirepad's chunk trace keeps the first " + Limits.DEFAULT.maxChunks() + " chunks; later ones are decoded into the body, not listed (not an error)");
            default -> section.startsWith("limit:") ? new Rule(section, Level.LIMIT, "wirepad's size limit (a server answers 413/414/431)")
                    : new Rule(section, Level.GRAMMAR, "the message grammar of " + section);
        };
    }

    /** Whether the cited byte (quoted first in the message: {@code invalid byte "\x00" …}) is CR, LF or NUL. */
    private static boolean crLfNul(String lowerMessage) {
        int q = lowerMessage.indexOf("invalid byte \"");
        if (q < 0) return true; // no byte quoted: keep the stronger reading
        String rest = lowerMessage.substring(q + "invalid byte \"".length());
        return rest.startsWith("\\x00") || rest.startsWith("\\0") || rest.startsWith("\\r") || rest.startsWith("\\n")
                || rest.startsWith("\\x0d") || rest.startsWith("\\x0a");
    }
}
