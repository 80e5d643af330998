package wirepad.net;

import java.util.ArrayList;
import java.util.List;
import wirepad.http.Framing;
import wirepad.http.HttpMessage;
import wirepad.http.MessageParser;
import wirepad.http.ParseError;
import wirepad.http.ParseResult;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StreamParse;

/**
 * Sends requests on a connection (back to back, i.e. pipelined, when there are several) and reads
 * until the codec says every response is complete, the peer closes, or the idle timeout passes —
 * and says which, in words: {@code stopped: Content-Length satisfied (22 bytes)}.
 */
public final class Exchange {
    private Exchange() {}

    /** 1xx responses accepted before the final one; a peer sending them forever is cut off. */
    static final int MAX_INTERIM = 100;

    /** How to write: split each request after {@code splitAt} bytes and wait {@code delayMs} between parts. */
    public record WritePlan(int splitAt, int delayMs) {
        public static final WritePlan WHOLE = new WritePlan(0, 0);
    }

    /**
     * @param responses   complete responses, interim 1xx included, in order
     * @param error       the response bytes broke a rule (null if not)
     * @param stopped     why reading stopped, in words
     * @param complete    a final response was read for every request
     * @param firstByteNs time from connect to the first response byte (-1 if none)
     * @param lastByteNs  time from connect to the last response byte (-1 if none)
     * @param leftover    bytes read after the last expected response (they answer nothing)
     * @param partial     the response being read when reading stopped, if its head was complete
     *                    (status, headers, framing and the body bytes so far); null otherwise
     */
    public record Result(List<HttpMessage> responses, ParseError error, String stopped, boolean complete,
                         long firstByteNs, long lastByteNs, int receivedFrom, int receivedTo, int leftover, HttpMessage partial) {
        /** Whether the connection can carry another request: complete, nothing left over, and the peer said so. */
        public boolean reusable() {
            return complete && error == null && leftover == 0 && !responses.isEmpty() && responses.get(responses.size() - 1).keepAlive();
        }
    }

    /**
     * The requests in one buffer as a server reads them: those wirepad parsed (leniently), then the
     * rest. A rest that does not parse still went on the wire as typed and a server answers it (400,
     * most likely), so it counts as one more request. An incomplete rest after complete requests does
     * not (a server waits for the rest of it), nor do blank lines between requests (RFC 9112 §2.2).
     *
     * @param rest         offset of the first byte after the parsed requests (the length when none is left)
     * @param error        why the rest does not parse; null when it is only incomplete or blank
     * @param restAnswered whether the rest counts as a request whose response is expected
     */
    public record Batch(byte[] bytes, List<HttpMessage> parsed, int rest, ParseError error, boolean restAnswered) {
        public static Batch of(byte[] request) {
            StreamParse s = StreamParse.of(Role.REQUEST, ParserOptions.LENIENT, request);
            int rest = s.messages().isEmpty() ? 0 : s.messages().get(s.messages().size() - 1).span().end();
            boolean blank = true;
            for (int i = rest; i < request.length && blank; i++) blank = request[i] == '\r' || request[i] == '\n';
            boolean answered = !blank && s.tunnelAt() < 0 && (s.error() != null || s.messages().isEmpty());
            return new Batch(request, s.messages(), rest, blank ? null : s.error(), answered);
        }

        /** The method of each request a response is expected to (HEAD matters: its response has no body). */
        public List<String> methods() {
            List<String> m = new ArrayList<>();
            for (HttpMessage msg : parsed) m.add(msg.requestLine().method());
            if (restAnswered || m.isEmpty()) m.add(method(java.util.Arrays.copyOfRange(bytes, rest, bytes.length)));
            return m;
        }

        /** Why the rest went out unparsed, in words (null when every byte parsed). */
        public String restNote() {
            if (error == null) return null;
            int n = bytes.length - rest;
            return (parsed.isEmpty() ? "wirepad could not parse this request: "
                    : "wirepad could not parse request " + (parsed.size() + 1) + " (the last " + n + (n == 1 ? " byte" : " bytes") + "): ")
                    + error.describe() + "; sent as typed all the same, so a response to it is expected";
        }
    }

    /** Writes each request, then reads all their responses. The connection stays open for reuse. */
    public static Result run(Connection c, List<byte[]> requests, WritePlan plan, ParserOptions profile) throws NetException {
        MessageParser p = new MessageParser(Role.RESPONSE, profile);
        int stale = c.pending();
        if (stale > 0) {
            byte[] junk = new byte[Math.min(stale, 64 * 1024)];
            int n = c.read(junk);
            throw new NetException("the connection to " + c.target() + " is out of step: " + Math.max(n, 0) + " bytes arrived after"
                    + " the last response, before this request (they answer nothing); open a new connection");
        }
        int from = (int) c.ledger().total(Direction.RECEIVED);
        // On a reused connection, bytes read before belong to earlier exchanges: this one starts at `from`.
        int expected = 0;
        for (byte[] r : requests) {
            for (String m : Batch.of(r).methods()) {
                p.expectResponseTo(m);
                expected++;
            }
        }
        for (byte[] r : requests) write(c, r, plan);
        List<HttpMessage> out = new ArrayList<>();
        int finals = 0, interim = 0;
        byte[] buf = new byte[16 * 1024];
        while (true) {
            ParseResult r = p.next();
            if (r instanceof ParseResult.Done d) {
                out.add(d.message());
                if (d.message().status() >= 200 || d.message().framing().kind() == Framing.Kind.TUNNEL) finals++;
                else if (++interim > MAX_INTERIM)
                    return done(c, p, out, null, "stopped: more than " + MAX_INTERIM + " interim (1xx) responses and no final one"
                            + " (RFC 9110 §15.2: a client may stop waiting)", false, from);
                if (finals == expected) {
                    int extra = p.received() - p.consumed();
                    return done(c, p, out, null, why(d.message()) + (extra == 0 ? "" : "; then " + extra + (extra == 1 ? " byte" : " bytes")
                            + " that answer nothing (the connection is out of step)"), true, from, extra);
                }
                continue;
            }
            if (r instanceof ParseResult.Failed f)
                return done(c, p, out, f.error(), "stopped: the response broke a rule at byte " + f.error().offset(), false, from);
            if (r instanceof ParseResult.Tunnel t)
                return done(c, p, out, null, "stopped: the connection is a tunnel now (" + t.remaining() + " bytes after the head)", true, from);
            if (r instanceof ParseResult.Closed)
                return done(c, p, out, null, out.isEmpty() ? "stopped: peer closed without sending a response"
                        : "stopped: peer closed after " + out.size() + " of " + expected + " responses", false, from);
            ParseResult.NeedMore need = (ParseResult.NeedMore) r;
            if (p.eof()) throw new IllegalStateException("parser wants more after EOF");
            int n = c.read(buf);
            if (n == Connection.EOF) {
                p.feedEof();
                ParseResult end = p.next();
                if (end instanceof ParseResult.Done d) {
                    out.add(d.message());
                    String why = d.message().framing().kind() == Framing.Kind.CLOSE
                            ? "stopped: peer closed after " + grouped(d.message().body().length) + " bytes (close-delimited body)" : why(d.message());
                    return done(c, p, out, null, why, finals + 1 >= expected, from);
                }
                if (end instanceof ParseResult.Failed f)
                    return done(c, p, out, f.error(), "stopped: peer closed mid-message: " + f.error().message(), false, from);
                return done(c, p, out, null, "stopped: peer closed " + (out.isEmpty() ? "without sending a response" : "after "
                        + out.size() + " of " + expected + " responses"), false, from);
            }
            if (n == Connection.IDLE) {
                long missing = p.bodyBytesMissing();
                String idle = "stopped: idle " + c.idleMs() + " ms, ";
                return done(c, p, out, null, idle + (missing > 0 ? grouped(missing) + " body bytes missing"
                        : p.received() == 0 ? "no response at all" : "waiting for " + need.waitingFor()), false, from);
            }
            p.feed(buf, 0, n);
        }
    }

    private static Result done(Connection c, MessageParser p, List<HttpMessage> out, ParseError e, String why, boolean complete,
                               int from) {
        return done(c, p, out, e, why, complete, from, 0);
    }

    private static Result done(Connection c, MessageParser p, List<HttpMessage> out, ParseError e, String why, boolean complete,
                               int from, int leftover) {
        long firstByte = -1, last = -1;
        for (Ledger.Entry en : c.ledger().entries()) {
            if (en.dir() != Direction.RECEIVED || en.offset() + en.bytes().length <= from) continue;
            if (firstByte < 0) firstByte = en.nanos();
            last = en.nanos();
        }
        return new Result(List.copyOf(out), e, why, complete, firstByte, last, from,
                (int) c.ledger().total(Direction.RECEIVED), leftover, complete ? null : p.partial());
    }

    /** The sentence for a response that ended by its own framing. */
    static String why(HttpMessage m) {
        Framing f = m.framing();
        return switch (f.kind()) {
            case LENGTH -> "stopped: Content-Length satisfied (" + grouped(f.length()) + " bytes)";
            case CHUNKED -> "stopped: last chunk read (" + (m.chunks().size() - 1) + " chunks, " + grouped(m.body().length) + " bytes decoded)";
            case NONE -> "stopped: the response has no body (" + f.reason().replaceFirst(" -> .*", "") + ")";
            case TUNNEL -> "stopped: the connection is a tunnel now";
            case CLOSE -> "stopped: peer closed after " + grouped(m.body().length) + " bytes (close-delimited body)";
        };
    }

    private static void write(Connection c, byte[] r, WritePlan plan) throws NetException {
        if (plan.splitAt() <= 0 || plan.splitAt() >= r.length) {
            c.write(r);
            return;
        }
        for (int off = 0; off < r.length; off += plan.splitAt()) {
            if (off > 0 && plan.delayMs() > 0) sleep(plan.delayMs());
            c.write(r, off, Math.min(plan.splitAt(), r.length - off));
        }
    }

    /** The methods of the requests in one buffer, as {@link Batch#methods()}. */
    static List<String> methods(byte[] request) { return Batch.of(request).methods(); }

    /** The method of a raw request: bytes up to the first SP (what the server will see). */
    static String method(byte[] request) {
        int i = 0;
        while (i < request.length && request[i] != ' ' && request[i] != '\r' && request[i] != '\n' && i < 32) i++;
        return new String(request, 0, i, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** 1200 → "1 200": the thousands grouping used in every view. */
    public static String grouped(long n) {
        String s = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) sb.append(' ');
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    private static void sleep(int ms) throws NetException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetException("cancelled while waiting between split writes");
        }
    }
}
