package wirepad.http;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Span;

/**
 * A complete message as parsed: every part kept exactly, with spans into the stream it came from.
 *
 * @param start       where the message starts in the stream (its start-line)
 * @param bodyStart   where its head ends and its body starts
 * @param end         where it ends
 * @param stream      the stream the message came from; {@link #raw()} is its part [start, end).
 *                    Bytes of a stream are never changed once received, so sharing it is safe.
 * @param body        the decoded payload (chunk data joined for chunked bodies)
 * @param chunks      each chunk of a chunked body, in order (empty otherwise)
 * @param trailers    trailer fields of a chunked body
 * @param keepAlive   whether the connection may carry another message (RFC 9112 §9.3)
 * @param persistence why keepAlive has that value, in words
 */
public record HttpMessage(
        Role role,
        StartLine startLine,
        List<HeaderField> headers,
        Framing framing,
        byte[] body,
        List<Chunk> chunks,
        List<HeaderField> trailers,
        List<Diagnostic> diagnostics,
        int start,
        int bodyStart,
        int end,
        byte[] stream,
        boolean keepAlive,
        String persistence) {

    public boolean isRequest() { return role == Role.REQUEST; }

    /** The whole message in the stream. */
    public Span span() { return new Span(start, end); }

    /** Its head: start-line, field lines and the empty line. */
    public Span head() { return new Span(start, bodyStart); }

    /** Its body as framed (chunked: the chunks, sizes and trailers too). */
    public Span bodySpan() { return new Span(bodyStart, end); }

    /** The message's bytes exactly as received (a copy). */
    public byte[] raw() { return java.util.Arrays.copyOfRange(stream, start, end); }

    public StartLine.RequestLine requestLine() { return (StartLine.RequestLine) startLine; }

    public StartLine.StatusLine statusLine() { return (StartLine.StatusLine) startLine; }

    public String version() { return startLine.version(); }

    /** -1 for requests. */
    public int status() { return startLine instanceof StartLine.StatusLine s ? s.status() : -1; }

    /** The first field with this name (case-insensitive), or null. */
    public String header(String name) {
        for (HeaderField f : headers) if (f.is(name)) return f.value();
        return null;
    }

    /**
     * Why a server must answer 400 although the message could be framed (a missing, doubled or invalid
     * Host, RFC 9112 §3.2): the first error-level finding, or null when there is none. Only the strict
     * profile records such findings; a lenient one records notes.
     */
    public ParseError rejection() {
        for (Diagnostic d : diagnostics) if (d.isError()) return d.asError();
        return null;
    }

    public List<HeaderField> all(String name) {
        List<HeaderField> out = new ArrayList<>();
        for (HeaderField f : headers) if (f.is(name)) out.add(f);
        return out;
    }
}
