package wirepad.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a whole stream of bytes into every message it holds, feeding it in slices of
 * {@code slice} bytes (1 = byte by byte). The one place that loops a {@link MessageParser} over
 * a buffer: the CLI, the lint and the tests all use it.
 *
 * When a message is framed but rejected (an error-level finding: a strict verdict on Host), it is the
 * last message and its finding is the {@code error}: a server answers it with 400 and reads no further.
 *
 * @param complete true when the input ended exactly after a message (or at a tunnel)
 * @param waiting  when not complete and no error: what the parser was waiting for
 * @param tunnelAt offset where a tunnel started, or -1
 */
public record StreamParse(List<HttpMessage> messages, int consumed, boolean complete, ParseError error,
                          String waiting, int tunnelAt) {

    public boolean ok() { return error == null; }

    public static StreamParse of(Role role, ParserOptions o, byte[] input, int slice, boolean eof, String requestMethod) {
        return run(role, o, input, slice, eof, requestMethod == null ? List.of() : List.of(requestMethod));
    }

    /** Responses, each read knowing the method of the request it answers, in order (RFC 9112 §6.3 rule 1). */
    public static StreamParse responses(ParserOptions o, byte[] input, int slice, boolean eof, List<String> requestMethods) {
        return run(Role.RESPONSE, o, input, slice, eof, requestMethods);
    }

    /**
     * The whole input read in place, not copied first ({@link MessageParser#feedInPlace}): for a file
     * or message already in memory, which must not change while the result is in use. The same
     * result as {@code of} or {@code responses} with it whole; half the memory for a large file.
     */
    public static StreamParse inPlace(Role role, ParserOptions o, byte[] input, boolean eof, List<String> requestMethods) {
        return run(role, o, input, -1, eof, requestMethods);
    }

    /** {@code slice} -1: the whole input, read in place. */
    private static StreamParse run(Role role, ParserOptions o, byte[] input, int slice, boolean eof, List<String> requestMethods) {
        MessageParser p = new MessageParser(role, o);
        for (String m : requestMethods) p.expectResponseTo(m);
        List<HttpMessage> out = new ArrayList<>();
        int fed = 0;
        if (slice < 0) {
            p.feedInPlace(input);
            fed = input.length;
        }
        while (true) {
            ParseResult r = p.next();
            if (r instanceof ParseResult.Done d) {
                out.add(d.message());
                ParseError no = d.message().rejection(); // framed, but a server answers 400 and reads no further
                if (no != null) return new StreamParse(out, p.consumed(), false, no, null, -1);
            }
            else if (r instanceof ParseResult.Failed f) return new StreamParse(out, p.consumed(), false, f.error(), null, -1);
            else if (r instanceof ParseResult.Tunnel t) return new StreamParse(out, t.offset(), true, null, null, t.offset());
            else if (r instanceof ParseResult.Closed c) return new StreamParse(out, c.offset(), !out.isEmpty(), null, null, -1);
            else if (r instanceof ParseResult.NeedMore n) {
                if (fed < input.length) {
                    int k = Math.min(slice, input.length - fed);
                    p.feed(input, fed, k);
                    fed += k;
                } else if (eof && !p.eof()) {
                    p.feedEof();
                } else {
                    boolean between = p.consumed() == input.length;
                    return new StreamParse(out, p.consumed(), between && !out.isEmpty(), null, between ? null : n.waitingFor(), -1);
                }
            }
        }
    }

    public static StreamParse of(Role role, ParserOptions o, byte[] input) { return of(role, o, input, Integer.MAX_VALUE, false, null); }
}
