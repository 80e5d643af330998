package wirepad.http.lint;

/**
 * The requirement level (RFC 2119) behind each rule the parser cites, with the RFC's words in
 * short. Looked up by the cited section and, where one section holds several rules, the message.
 */
public final class Rules {
    private Rules() {}

    public enum Level { MUST, SHOULD, MAY, GRAMMAR, LIMIT }

    public record Rule(String section, Level level, String text) {}

    public static Rule of(String section, String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return switch (section) {
            case "RFC 9112 §2.2" -> m.contains("bare cr")
                    ? new Rule(section, Level.MUST, "a bare CR MUST be treated as invalid or replaced by SP")
                    : m.contains("bare lf") ? new Rule(section, Level.MAY, "a recipient MAY recognize a single LF as a line terminator")
                    : new Rule(section, Level.SHOULD, "a server SHOULD ignore at least one empty line before the request-line; "
                            + "whitespace before the first field MUST be rejected or the line ignored");
            case "RFC 9112 §5.1" -> new Rule(section, Level.MUST, "no whitespace between field name and colon: a server MUST reject with 400");
            case "RFC 9112 §5.2" -> new Rule(section, Level.MUST, "obs-fold: a server MUST reject with 400 or replace each fold by SP");
            case "RFC 9112 §6.1" -> m.contains("more than once")
                    ? new Rule(section, Level.MUST, "a sender MUST NOT apply chunked more than once")
                    : new Rule(section, Level.MUST, "Transfer-Encoding with Content-Length: a server MAY reject, and MUST close the connection after responding");
            case "RFC 9112 §6.3 rule 3" -> new Rule(section, Level.MUST,
                    "Transfer-Encoding overrides Content-Length; such a message ought to be handled as an error (smuggling)");
            case "RFC 9112 §6.3 rule 4" -> new Rule(section, Level.MUST,
                    "chunked not final in a request: the server MUST respond 400 and close");
            case "RFC 9112 §6.3 rule 5" -> new Rule(section, Level.MUST,
                    "invalid or differing Content-Length is unrecoverable: 400 and close");
            case "RFC 9112 §6.3 rule 6" -> new Rule(section, Level.MUST, "a valid Content-Length is the body length");
            case "RFC 9112 §7.1", "RFC 9112 §7.1.1" -> new Rule(section, Level.GRAMMAR,
                    "chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF; chunk-size = 1*HEXDIG");
            case "RFC 9112 §3.2" -> new Rule(section, Level.MUST, "a server MUST answer 400 to a request without Host or with several");
            case "RFC 9110 §5.1" -> new Rule(section, Level.GRAMMAR, "field-name = token; names are case-insensitive");
            case "RFC 9110 §5.5" -> new Rule(section, Level.MUST, "CR, LF, NUL in a field value: MUST reject or replace by SP");
            case "RFC 9110 §8.6" -> new Rule(section, Level.MAY, "a list of identical Content-Length values MAY be accepted as one");
            case "RFC 9112 §8" -> new Rule(section, Level.MUST, "a message closed before its framing completed is incomplete");
            default -> section.startsWith("limit:") ? new Rule(section, Level.LIMIT, "wirepad's size limit (a server answers 413/414/431)")
                    : new Rule(section, Level.GRAMMAR, "the message grammar of " + section);
        };
    }
}
