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
     * @param ending      which case {@code stopped} describes
     * @param writeCut    the request could not be written whole: how far it got and why, in words (null when it was)
     * @param startNs     time from connect to the start of this exchange (its first write)
     * @param switched    bytes after a 101 or a 2xx to CONNECT: they belong to the new protocol, not to HTTP
     */
    public record Result(List<HttpMessage> responses, ParseError error, String stopped, boolean complete,
                         long firstByteNs, long lastByteNs, int receivedFrom, int receivedTo, int leftover, HttpMessage partial,
                         Ending ending, String writeCut, long startNs, int switched) {
        /** A result whose ending follows from {@code complete} and {@code error} (a server's side of a connection, tests). */
        public Result(List<HttpMessage> responses, ParseError error, String stopped, boolean complete,
                      long firstByteNs, long lastByteNs, int receivedFrom, int receivedTo, int leftover, HttpMessage partial) {
            this(responses, error, stopped, complete, firstByteNs, lastByteNs, receivedFrom, receivedTo, leftover, partial,
                    error != null ? Ending.PROTOCOL_ERROR : complete ? Ending.COMPLETE : Ending.CLOSED_EARLY, null, 0, 0);
        }

        /** Whether the connection can carry another request: complete, nothing left over, and the peer said so. */
        public boolean reusable() {
            return complete && ending == Ending.COMPLETE && error == null && leftover == 0 && !responses.isEmpty()
                    && responses.get(responses.size() - 1).keepAlive();
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
            if (restAnswered && error != null) for (int at : restStarts()) m.add(method(java.util.Arrays.copyOfRange(bytes, at, bytes.length)));
            else if (restAnswered || m.isEmpty()) m.add(method(java.util.Arrays.copyOfRange(bytes, rest, bytes.length)));
            return m;
        }

        /**
         * Where the requests in a rest that does not parse begin: the rest itself, then every line after
         * a blank line that reads like a request line ({@code METHOD SP TARGET SP HTTP/x.y}). A server
         * that answers the broken one and goes on reads those as requests too, so each expects an answer.
         */
        public List<Integer> restStarts() {
            List<Integer> at = new ArrayList<>(List.of(rest));
            int i = rest;
            while (i < bytes.length) {
                int eol = i;
                while (eol < bytes.length && bytes[eol] != '\n') eol++;
                int next = eol + 1;
                boolean blank = eol - i == 0 || (eol - i == 1 && bytes[i] == '\r');
                if (blank && next < bytes.length && i > rest && requestLine(next)) at.add(next);
                i = next;
            }
            return at;
        }

        private boolean requestLine(int from) {
            int eol = from;
            while (eol < bytes.length && bytes[eol] != '\n') eol++;
            String line = new String(bytes, from, eol - from, java.nio.charset.StandardCharsets.ISO_8859_1);
            return line.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+ \\S+ HTTP/\\d\\.\\d\r?");
        }

        /** Why the rest went out unparsed, in words (null when every byte parsed). */
        public String restNote() {
            if (error == null) return null;
            int n = bytes.length - rest, more = restAnswered ? restStarts().size() - 1 : 0;
            return (parsed.isEmpty() ? "wirepad could not parse this request: "
                    : "wirepad could not parse request " + (parsed.size() + 1) + " (the last " + n + (n == 1 ? " byte" : " bytes") + "): ")
                    + error.describe() + "; sent as typed all the same, so a response to it is expected"
                    + (more == 0 ? "" : ", and to the " + more + (more == 1 ? " request" : " requests") + " after it");
        }
    }

    /**
     * Writes each request, then reads all their responses. The connection stays open for reuse. A write
     * the peer cuts short (it answered early and closed) does not end the exchange: what it answered is
     * read and shown, as curl does. A cancel or a reset while reading keeps what came.
     */
    public static Result run(Connection c, List<byte[]> requests, WritePlan plan, ParserOptions profile) throws NetException {
        MessageParser p = new MessageParser(Role.RESPONSE, profile);
        int stale = c.pending();
        if (stale > 0) {
            byte[] junk = new byte[Math.min(stale, 64 * 1024)];
            int n = c.read(junk);
            throw new NetException("the connection to " + c.target() + " is out of step: " + Math.max(n, 0) + " bytes arrived after"
                    + " the last response, before this request (they answer nothing); open a new connection");
        }
        // On a reused connection, bytes read before belong to earlier exchanges: this one starts at `from`.
        Reading x = new Reading(c, p, (int) c.ledger().total(Direction.RECEIVED), System.nanoTime() - c.ledger().startNanos());
        int expected = 0;
        long want = 0;
        for (byte[] r : requests) {
            want += r.length;
            for (String m : Batch.of(r).methods()) {
                p.expectResponseTo(m);
                expected++;
            }
        }
        long sentFrom = c.ledger().total(Direction.SENT);
        try {
            for (byte[] r : requests) write(c, r, plan);
        } catch (NetException e) {
            String how = grouped(c.ledger().total(Direction.SENT) - sentFrom) + " of " + grouped(want) + " bytes";
            if (e.kind() == NetException.Kind.CANCELLED)
                return x.done(List.of(), null, "stopped: cancelled while writing the request (" + how + " written)", false, Ending.CANCELLED, 0);
            if (e.kind() != NetException.Kind.SEND) throw e;
            x.cut = "the request was cut short after " + how + ": " + e.getMessage() + "; what the server sent was read all the same";
        }
        List<HttpMessage> out = new ArrayList<>();
        int finals = 0, interim = 0;
        byte[] buf = new byte[16 * 1024];
        while (true) {
            ParseResult r = p.next();
            if (r instanceof ParseResult.Done d) {
                out.add(d.message());
                if (d.message().framing().kind() == Framing.Kind.TUNNEL) {
                    // RFC 9110 §15.2.2 (101) and §9.3.6 (CONNECT): the connection speaks another protocol from here on
                    int after = p.received() - p.consumed();
                    return x.done(out, null, switched(d.message(), after), true, Ending.SWITCHED, after);
                }
                if (d.message().status() >= 200) finals++;
                else if (++interim > MAX_INTERIM)
                    return x.done(out, null, "stopped: more than " + MAX_INTERIM + " interim (1xx) responses and no final one"
                            + " (RFC 9110 §15.2: a client may stop waiting)", false, Ending.PROTOCOL_ERROR, 0);
                if (finals == expected) {
                    int extra = p.received() - p.consumed();
                    x.leftover = extra;
                    return x.done(out, null, why(d.message()) + (extra == 0 ? "" : "; then " + extra + (extra == 1 ? " byte" : " bytes")
                            + " that answer nothing (the connection is out of step)"), true, Ending.COMPLETE, 0);
                }
                continue;
            }
            if (r instanceof ParseResult.Failed f)
                return x.done(out, f.error(), "stopped: the response broke a rule at byte " + f.error().offset(), false, Ending.PROTOCOL_ERROR, 0);
            if (r instanceof ParseResult.Tunnel t)
                return x.done(out, null, "stopped: the connection is a tunnel now (" + t.remaining() + " bytes after the head)", true,
                        Ending.SWITCHED, t.remaining());
            if (r instanceof ParseResult.Closed)
                return x.done(out, null, out.isEmpty() ? "stopped: peer closed without sending a response"
                        : "stopped: peer closed after " + out.size() + " of " + expected + " responses", false,
                        p.received() == 0 ? Ending.EMPTY_REPLY : Ending.CLOSED_EARLY, 0);
            ParseResult.NeedMore need = (ParseResult.NeedMore) r;
            if (p.eof()) throw new IllegalStateException("parser wants more after EOF");
            int n;
            try {
                n = c.read(buf);
            } catch (NetException e) {
                if (e.kind() == NetException.Kind.CANCELLED)
                    return x.done(out, null, "stopped: cancelled " + soFar(p, out, expected), false, Ending.CANCELLED, 0);
                if (e.kind() == NetException.Kind.RECEIVE)
                    return x.done(out, null, "stopped: " + e.getMessage().replaceFirst(" \\(after \\d+ bytes received\\)$", "") + ", "
                            + soFar(p, out, expected), false, Ending.RESET, 0);
                throw e;
            }
            if (n == Connection.EOF) {
                p.feedEof();
                ParseResult end = p.next();
                if (end instanceof ParseResult.Done d) {
                    out.add(d.message());
                    boolean close = d.message().framing().kind() == Framing.Kind.CLOSE;
                    if (close && c.truncated())
                        return x.done(out, null, "stopped: peer closed the TCP connection without TLS close_notify after "
                                + grouped(d.message().body().length) + " bytes: the close-delimited body may be cut short"
                                + " (RFC 9112 §9.8: a truncation, not a clean end)", false, Ending.TLS_TRUNCATED, 0);
                    String why = close ? "stopped: peer closed after " + grouped(d.message().body().length) + " bytes (close-delimited body"
                            + (c.tls() ? ", TLS close_notify" : "") + ")" : why(d.message());
                    boolean all = finals + 1 >= expected;
                    return x.done(out, null, why, all, all ? Ending.COMPLETE : Ending.CLOSED_EARLY, 0);
                }
                if (end instanceof ParseResult.Failed f)
                    return x.done(out, f.error(), "stopped: peer closed mid-message: " + f.error().message(), false, Ending.CLOSED_EARLY, 0);
                return x.done(out, null, "stopped: peer closed " + (out.isEmpty() ? "without sending a response" : "after "
                        + out.size() + " of " + expected + " responses"), false, p.received() == 0 ? Ending.EMPTY_REPLY : Ending.CLOSED_EARLY, 0);
            }
            if (n == Connection.IDLE) {
                // the same words as a cancel ("cancelled after 5 of 100 body bytes"), then the setting that ended it
                return x.done(out, null, "stopped: timed out " + soFar(p, out, expected) + " (idle-timeout " + c.idleMs() + " ms"
                        + (p.received() == 0 || p.partial() != null ? "" : ", waiting for " + need.waitingFor()) + ")", false, Ending.TIMEOUT, 0);
            }
            p.feed(buf, 0, n);
        }
    }

    /** "after 5 of 100 body bytes", "after 1 of 2 responses", "before any response byte": how far reading got. */
    static String soFar(MessageParser p, List<HttpMessage> out, int expected) {
        HttpMessage part = p.partial();
        if (part != null) {
            int got = part.body().length;
            return "after " + grouped(got) + (part.framing().kind() == Framing.Kind.LENGTH ? " of " + grouped(part.framing().length()) : "")
                    + (got == 1 && part.framing().kind() != Framing.Kind.LENGTH ? " body byte" : " body bytes");
        }
        if (p.received() == 0) return "before any response byte";
        int head = p.received() - p.consumed();
        if (head > 0) return "after " + grouped(head) + (head == 1 ? " byte" : " bytes") + " of a response head"
                + (out.isEmpty() ? "" : " (" + out.size() + " of " + expected + " responses complete)");
        return "after " + out.size() + " of " + expected + " responses";
    }

    /** "stopped: 101 Switching Protocols: the connection speaks websocket now, not HTTP; 4 bytes after the head belong to it". */
    static String switched(HttpMessage m, int after) {
        String now = m.status() != 101 ? "is a tunnel now (CONNECT)" : "speaks " + (m.header("Upgrade") != null ? m.header("Upgrade") : "another protocol") + " now";
        return "stopped: " + m.status() + " " + m.statusLine().reason() + ": the connection " + now + ", not HTTP; "
                + (after == 0 ? "no bytes after the head yet" : grouped(after) + (after == 1 ? " byte" : " bytes") + " after the head belong to it");
    }

    /** One exchange's reading: where it started, and what is known when it ends. */
    private static final class Reading {
        final Connection c;
        final MessageParser p;
        final int from;
        final long startNs;
        String cut;
        int leftover;

        Reading(Connection c, MessageParser p, int from, long startNs) {
            this.c = c;
            this.p = p;
            this.from = from;
            this.startNs = startNs;
        }

        Result done(List<HttpMessage> out, ParseError e, String why, boolean complete, Ending ending, int switched) {
            long firstByte = -1, last = -1;
            for (Ledger.Entry en : c.ledger().entries()) {
                if (en.dir() != Direction.RECEIVED || en.offset() + en.bytes().length <= from) continue;
                if (firstByte < 0) firstByte = en.nanos();
                last = en.nanos();
            }
            return new Result(List.copyOf(out), e, why, complete, firstByte, last, from, (int) c.ledger().total(Direction.RECEIVED), leftover,
                    complete ? null : p.partial(), ending, cut, startNs, switched);
        }
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
            throw new NetException(NetException.Kind.CANCELLED, "cancelled while waiting between split writes");
        }
    }
}
