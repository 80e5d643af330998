package wirepad.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import wirepad.bytes.Span;

/**
 * An incremental HTTP/1.x parser that does no I/O ("bring your own I/O", as h11): {@link #feed}
 * bytes in any slices, call {@link #next} until it asks for more. Feeding a stream whole or one
 * byte at a time gives the same results. Several pipelined messages are returned one by one;
 * offsets are positions in the whole stream fed so far.
 * <pre>
 *   MessageParser p = new MessageParser(Role.RESPONSE, ParserOptions.STRICT);
 *   p.expectResponseTo("HEAD");           // responses need to know their request's method
 *   p.feed(bytes, 0, n);  ...  p.feedEof();
 *   ParseResult r = p.next();             // NeedMore | Done | Failed | Tunnel | Closed
 * </pre>
 */
public final class MessageParser {
    private enum State { HEAD, BODY, TUNNEL, FAILED }

    private final Role role;
    private final ParserOptions o;
    private ArrayDeque<String> methods; // made by the first expectResponseTo: most parsers never need it
    private byte[] buf = NO_BODY;
    private int len;
    private boolean eof;
    private State state = State.HEAD;
    /** The state a failure happened in: BODY means the head (and framing) of that message are known. */
    private State failedIn;
    private int pos;
    private HeadParser head;
    private List<Diagnostic> diags;
    private BodyFraming.Decision decision;
    private ChunkedDecoder chunked;
    private ParseError error;
    private boolean overflow;
    /** Why the last message closes the connection (its persistence reason), or null when it keeps it open. */
    private String closedBy;
    /** The most one parser holds (arrays are int-indexed); every message limit is far below it. */
    static final long MAX_STREAM = Integer.MAX_VALUE - 64;
    /** The body of every message without one: an empty array cannot be changed, so one is shared. */
    private static final byte[] NO_BODY = new byte[0];

    public MessageParser(Role role, ParserOptions options) {
        this.role = role;
        this.o = options;
    }

    public Role role() { return role; }

    public ParserOptions options() { return o; }

    /** For responses: the method of the request the next response answers (default GET; case-sensitive, RFC 9110 §9.1). */
    public void expectResponseTo(String method) {
        if (methods == null) methods = new ArrayDeque<>(2); // rarely more than one request awaits its response
        methods.add(method);
    }

    public void feed(byte[] b) { feed(b, 0, b.length); }

    public void feed(byte[] b, int off, int n) {
        if (eof) throw new IllegalStateException("feed after feedEof");
        if ((long) len + n > MAX_STREAM) {
            overflow = true; // reported by next(): a stream this long cannot be one parser's
            return;
        }
        if (len == 0 && n >= 512) { // a first slice of some size: copied at once, without first zeroing a new array
            buf = Arrays.copyOfRange(b, off, off + n);
            len = n;
            return;
        }
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(Math.max(len + n, 512), buf.length * 2));
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    /**
     * Feeds all of {@code b} as the first bytes of the stream without copying them: the parser reads
     * {@code b} in place (as Netty's {@code Unpooled.wrappedBuffer} does), so its bytes must not change
     * while the parser, or a message it returned, is in use. For a message or a file already whole in
     * memory. Later feeds copy as usual, into a new array: {@code b} itself is never written.
     */
    public void feedInPlace(byte[] b) {
        if (len > 0 || eof || b.length > MAX_STREAM) { // only the first bytes can be read in place; anything else is a plain feed
            feed(b, 0, b.length);
            return;
        }
        buf = b; // len == buf.length: the next feed must grow, so it copies into a new array
        len = b.length;
    }

    /** The peer closed the connection: a close-delimited body ends here. */
    public void feedEof() { eof = true; }

    public boolean eof() { return eof; }

    /** Bytes fed so far. */
    public int received() { return len; }

    /** Offset where the current (incomplete) message starts: all bytes before it are consumed. */
    public int consumed() { return pos; }

    /** The stream fed so far (shared, do not modify); valid up to {@link #received()}. */
    public byte[] bytes() { return buf; }

    public ParseResult next() {
        try {
            return step();
        } catch (ParseFailure f) {
            if (state != State.FAILED) failedIn = state;
            state = State.FAILED;
            error = f.error;
            return new ParseResult.Failed(error);
        }
    }

    private ParseResult step() {
        if (overflow && state != State.FAILED)
            throw Fail.at(len, "limit:stream", "more than " + MAX_STREAM + " bytes fed to one parser; start a new one per connection");
        switch (state) {
            case FAILED: return new ParseResult.Failed(error);
            case TUNNEL: return new ParseResult.Tunnel(pos, len - pos);
            case HEAD: {
                if (head == null) {
                    if (pos == len) return eof ? new ParseResult.Closed(pos) : new ParseResult.NeedMore("a " + startName());
                    diags = new ArrayList<>();
                    if (closedBy != null) // RFC 9112 §9.6: after close, nothing more is read; shown anyway so learners see the bytes
                        diags.add(new Diagnostic(pos, "RFC 9112 §9.6", "bytes after a message that closes the connection: a "
                                + (role == Role.REQUEST ? "server" : "client") + " would not read them (parsed anyway, to show them); before them: " + closedBy));
                    head = new HeadParser(role, o, pos, false, diags);
                }
                if (!head.advance(buf, len)) {
                    if (eof && head.startLine == null && head.lineStart() == len) { // only empty lines (RFC 9112 §2.2): a clean close
                        pos = len;
                        head = null;
                        return new ParseResult.Closed(pos);
                    }
                    if (eof) throw Fail.at(len, "RFC 9112 §8", "incomplete message: the connection closed inside the header section ("
                            + (len - pos) + " bytes of head, no empty line yet)");
                    return new ParseResult.NeedMore(head.startLine == null ? "the rest of the " + startName() : "the rest of the header section");
                }
                checkHead();
                decision = BodyFraming.decide(role, head.startLine, head.fields, head.known, currentMethod(), o, diags);
                if (decision.switching() != null) diags.add(new Diagnostic(head.startLine.line().start(), "RFC 9110 §7.8", decision.switching()));
                if (decision.framing().kind() == Framing.Kind.CHUNKED) chunked = new ChunkedDecoder(head.end, o, diags);
                state = State.BODY;
                return body();
            }
            default: return body();
        }
    }

    private ParseResult body() {
        Framing f = decision.framing();
        int bodyStart = head.end, end;
        switch (f.kind()) {
            case NONE, TUNNEL -> end = bodyStart;
            case LENGTH -> {
                long have = len - bodyStart, max = o.limits().maxBody();
                if (Math.min(have, f.length()) > max) // bytes received count, not the declared length
                    throw Fail.at(bodyStart + (int) max, "limit:body", "body longer than the body limit of " + max
                            + " bytes (Content-Length: " + f.length() + ")");
                if (have < f.length()) {
                    if (eof) throw Fail.at(len, "RFC 9112 §8", "incomplete message: the connection closed after " + have + " of "
                            + f.length() + " body bytes (Content-Length: " + f.length() + ")");
                    return new ParseResult.NeedMore((f.length() - have) + " more body bytes (Content-Length: " + f.length()
                            + ", " + have + " received)", headRejection());
                }
                end = bodyStart + (int) f.length();
            }
            case CHUNKED -> {
                if (!chunked.advance(buf, len)) {
                    if (eof) throw Fail.at(len, "RFC 9112 §8", "incomplete message: the connection closed while waiting for "
                            + chunked.waitingFor());
                    return new ParseResult.NeedMore(chunked.waitingFor(), headRejection());
                }
                end = chunked.end();
            }
            default -> {
                if (len - bodyStart > o.limits().maxBody())
                    throw Fail.at(bodyStart + (int) o.limits().maxBody(), "limit:body", "close-delimited body longer than the body limit of "
                            + o.limits().maxBody() + " bytes");
                if (!eof) return new ParseResult.NeedMore("the peer to close the connection (close-delimited body, "
                        + (len - bodyStart) + " bytes so far)", headRejection());
                end = len;
            }
        }
        HttpMessage m = build(bodyStart, end);
        pos = end;
        head = null;
        chunked = null;
        if (role == Role.RESPONSE && (m.status() >= 200 || m.status() == 101) && methods != null) methods.poll();
        state = f.kind() == Framing.Kind.TUNNEL || decision.switching() != null ? State.TUNNEL : State.HEAD;
        closedBy = m.keepAlive() ? null : withoutCitation(m.persistence());
        return new ParseResult.Done(m);
    }

    private HttpMessage build(int bodyStart, int end) {
        Framing f = decision.framing();
        byte[] body = f.kind() == Framing.Kind.CHUNKED ? chunked.body() : end == bodyStart ? NO_BODY : Arrays.copyOfRange(buf, bodyStart, end);
        Persistence.Verdict v = Persistence.decide(head.startLine.version(), head.fields, head.known, f, decision.mustClose());
        // The head parser, chunk decoder and diagnostics list are dropped after this message, so read-only
        // views of their lists are as safe as copies, and cheaper.
        return new HttpMessage(role, head.startLine, Collections.unmodifiableList(head.fields), f, body,
                chunked == null ? List.of() : Collections.unmodifiableList(chunked.chunks),
                chunked == null ? List.of() : Collections.unmodifiableList(chunked.trailerFields()),
                diags.isEmpty() ? List.of() : Collections.unmodifiableList(diags), head.startLine.lineStart(), bodyStart, end, buf, v.keepAlive(), v.reason());
    }

    /** Checks that need the whole head: Host (RFC 9112 §3.2) and field-name lookalikes; they never throw. */
    private void checkHead() {
        if (head.underscore) {
            for (HeaderField h : head.fields) {
                if (h.name().indexOf('_') < 0) continue;
                String canon = h.name().toLowerCase(Locale.ROOT).replace('_', '-');
                if (canon.equals("content-length") || canon.equals("transfer-encoding") || canon.equals("host"))
                    diags.add(new Diagnostic(h.line().start(), "RFC 9110 §5.1", "\"" + h.name() + "\" is not " + canon
                            + " here, but servers that map '_' to '-' read it as one (a smuggling trick)"));
            }
        }
        if (role != Role.REQUEST) return;
        // RFC 9112 §3.2: "A server MUST respond with a 400 (Bad Request) status code to any HTTP/1.1 request
        // message that lacks a Host header field and to any request message that contains more than one Host
        // header field line or a Host header field with an invalid field-value." None of these moves the end of
        // the message, so strict frames it anyway and records the verdict as an error-level finding.
        boolean strict = !o.allowObsFold();
        Diagnostic.Level level = strict ? Diagnostic.Level.ERROR : Diagnostic.Level.NOTE;
        String where = strict ? "a server MUST answer 400" : "a server MUST answer 400; lenient goes on";
        List<HeaderField> hosts = head.hosts;
        if (hosts.size() > 1) diags.add(new Diagnostic(hosts.get(1).lineStart(), "RFC 9112 §3.2", "more than one Host field (" + where + ")", level));
        if (hosts.isEmpty() && head.startLine.version().equals("HTTP/1.1"))
            diags.add(new Diagnostic(Math.max(head.end - 2, 0), "RFC 9112 §3.2", "HTTP/1.1 request without a Host field (" + where + ")", level));
        for (HeaderField h : hosts) {
            HostValue.Problem bad = HostValue.check(h.value());
            if (bad != null)
                diags.add(new Diagnostic(h.valueSpan().start() + bad.index(), "RFC 9112 §3.2", "Host " + Fail.quote(h.value())
                        + " is not uri-host [\":\" port] (RFC 3986 §3.2.2): " + bad.why() + " (" + where + ")", level));
        }
    }

    /**
     * The message being read when its head is complete but its body is not (an idle timeout inside a
     * Content-Length body, a close or a broken chunk inside a chunked one): its head, framing and the
     * body bytes received so far (up to the broken byte, if one broke a rule). Null when no head is pending. Meant for when reading stops: its
     * chunk and diagnostic lists are views that grow if more bytes are fed.
     */
    public HttpMessage partial() {
        if ((state == State.FAILED ? failedIn : state) != State.BODY || head == null) return null;
        Framing f = decision.framing();
        int end = f.kind() == Framing.Kind.LENGTH ? (int) Math.min(len, head.end + f.length()) : len;
        if (state == State.FAILED) end = Math.max(head.end, Math.min(end, error.offset())); // up to the broken byte, however fed
        return build(head.end, end);
    }

    /** While a Content-Length body is incomplete: how many of its bytes are missing; otherwise -1. */
    public long bodyBytesMissing() {
        if (state != State.BODY || decision.framing().kind() != Framing.Kind.LENGTH) return -1;
        return decision.framing().length() - (len - head.end);
    }

    /** The first error-level finding on the head whose body is awaited (a bad Host), or null. */
    private ParseError headRejection() {
        for (Diagnostic d : diags) if (d.isError()) return d.asError();
        return null;
    }

    /** "Connection: close -> ... (RFC 9112 §9.6)" without its final citation, which the note cites itself. */
    private static String withoutCitation(String reason) {
        int cite = reason.lastIndexOf(" (RFC ");
        return cite > 0 && reason.endsWith(")") ? reason.substring(0, cite) : reason;
    }

    private String currentMethod() { return methods == null || methods.isEmpty() ? "GET" : methods.peek(); }

    private String startName() { return role == Role.REQUEST ? "request-line" : "status-line"; }
}
