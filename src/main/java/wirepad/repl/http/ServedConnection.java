package wirepad.repl.http;

import java.util.ArrayList;
import java.util.List;
import wirepad.http.HttpMessage;
import wirepad.http.ParseError;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StreamParse;
import wirepad.net.Direction;
import wirepad.net.Exchange;
import wirepad.net.ExchangeLog;
import wirepad.net.Ledger;

/**
 * One connection an HTTP server of the session served, from its ledger: request M and the answer
 * to it, paired in order, so that what a server received can be listed, shown in every client view
 * (side, curl, flow, hex), linted, or shown as a Rack env. Requests are split with the lenient
 * parser (a strict server's refused request still shows); answers are read knowing each request's
 * method (an answer to HEAD has no body, RFC 9112 §6.3 rule 1) and whether the connection closed
 * (a close-delimited answer ends there, RFC 9112 §6.3 rule 8).
 */
final class ServedConnection {
    /** Request M ({@code message} null for bytes that are no complete request) and the answer bytes sent for it. */
    record Pair(int number, int requestFrom, int requestTo, HttpMessage request, int answerFrom, int answerTo, List<HttpMessage> answers) {
        String method() { return request == null ? null : request.requestLine().method(); }
    }

    final int number;
    final Ledger ledger;
    final String server;
    /** The kept bytes the server received and sent (a ledger keeps the last 16 MiB). */
    final byte[] got, sent;
    final List<Pair> pairs;
    /** The answers as read in one go: the last one may have broken a rule or be incomplete. */
    final ParseError answerError;

    /** Connection {@code number} (1-based) of the server listening at {@code server}. */
    ServedConnection(int number, Ledger ledger, String server) {
        this.number = number;
        this.ledger = ledger;
        this.server = server;
        this.got = ledger.bytes(Direction.RECEIVED);
        this.sent = ledger.bytes(Direction.SENT);
        StreamParse reqs = StreamParse.of(Role.REQUEST, ParserOptions.LENIENT, got, Integer.MAX_VALUE, closed(), null);
        List<String> methods = new ArrayList<>();
        for (HttpMessage m : reqs.messages()) methods.add(m.requestLine().method());
        StreamParse answers = parse(sent, 0, sent.length, methods, closed());
        this.answerError = answers.error();
        // Group answers: interim (1xx but 101) ones go with the final answer after them.
        List<List<HttpMessage>> groups = new ArrayList<>();
        List<HttpMessage> current = new ArrayList<>();
        for (HttpMessage m : answers.messages()) {
            current.add(m);
            if (m.status() >= 200 || m.status() == 101) {
                groups.add(current);
                current = new ArrayList<>();
            }
        }
        int requests = reqs.messages().size() + (reqs.consumed() < got.length ? 1 : 0);
        boolean tail = !current.isEmpty() || answers.consumed() < sent.length;
        int n = Math.max(requests, groups.size() + (tail ? 1 : 0));
        List<Pair> ps = new ArrayList<>();
        int answerAt = 0;
        for (int i = 0; i < n; i++) {
            HttpMessage req = i < reqs.messages().size() ? reqs.messages().get(i) : null;
            int rf = req != null ? req.span().start() : i == reqs.messages().size() ? reqs.consumed() : got.length;
            int rt = req != null ? req.span().end() : i == reqs.messages().size() ? got.length : got.length;
            List<HttpMessage> as = i < groups.size() ? groups.get(i) : i == groups.size() ? current : List.of();
            int af = answerAt;
            int at = i < groups.size() ? as.get(as.size() - 1).span().end() : i == groups.size() ? sent.length : answerAt;
            answerAt = at;
            ps.add(new Pair(i + 1, rf, rt, req, af, at, List.copyOf(as)));
        }
        this.pairs = List.copyOf(ps);
    }

    boolean closed() { return ledger.closedBy() != null; }

    /** Pair {@code m} (1-based), or a clear error naming the range. */
    Pair pair(int m, String name) throws wirepad.repl.CommandException {
        if (pairs.isEmpty()) throw new wirepad.repl.CommandException(name + "'s connection " + number + " carried no request");
        if (m < 1 || m > pairs.size())
            throw new wirepad.repl.CommandException(name + "'s connection " + number + " has request" + (pairs.size() == 1 ? " 1 only"
                    : "s 1.." + pairs.size()) + " (see: received " + name + " " + number + ")");
        return pairs.get(m - 1);
    }

    /** The answer bytes sent for pairs first..last, read with their requests' methods; closed when they run to the end. */
    StreamParse answers(Pair first, Pair last) {
        List<String> methods = new ArrayList<>();
        for (Pair p : pairs.subList(first.number() - 1, last.number())) if (p.method() != null) methods.add(p.method());
        return parse(sent, first.answerFrom(), last.answerTo(), methods, closed() && last.answerTo() == sent.length);
    }

    /**
     * Pairs first..last as the client saw them: the ledger mirrored (the server's received bytes are
     * what the client sent), so the client views render them unchanged.
     */
    ExchangeLog exchange(Pair first, Pair last) {
        String closed = ledger.closedBy();
        Ledger client = ledger.mirrored(closed == null ? null : closed.startsWith("peer") ? "client closed"
                : closed.replaceFirst("^server closed", "peer closed"));
        long gotBase = ledger.total(Direction.RECEIVED) - got.length, sentBase = ledger.total(Direction.SENT) - sent.length;
        List<byte[]> requests = new ArrayList<>();
        for (Pair p : pairs.subList(first.number() - 1, last.number()))
            if (p.requestTo() > p.requestFrom()) requests.add(java.util.Arrays.copyOfRange(got, p.requestFrom(), p.requestTo()));
        StreamParse a = answers(first, last);
        int rf = (int) (sentBase + first.answerFrom()), rt = (int) (sentBase + last.answerTo());
        long[] times = times(client, rf, rt);
        Exchange.Result result = new Exchange.Result(a.messages(), a.error(), stopped(a, last), a.error() == null && a.complete(),
                times[0], times[1], rf, rt, 0, null);
        int sf = (int) (gotBase + first.requestFrom()), st = (int) (gotBase + last.requestTo());
        return new ExchangeLog(number, server, List.copyOf(requests), client, result, sf == 0 ? -1 : 0, 0, sf, st);
    }

    /** Why the answers end where they do, in the words of the client views. */
    private String stopped(StreamParse a, Pair last) {
        if (a.error() != null) return "stopped: the answer broke a rule at byte " + a.error().offset();
        if (a.messages().isEmpty())
            return last.answerTo() > last.answerFrom() ? "stopped: an incomplete answer" + (a.waiting() == null ? "" : " (waiting for " + a.waiting() + ")")
                    : "the server sent no answer" + (closed() ? " (" + ledger.closedBy() + ")" : " (yet)");
        if (!a.complete()) return "stopped: an incomplete answer" + (a.waiting() == null ? "" : " (waiting for " + a.waiting() + ")");
        HttpMessage m = a.messages().get(a.messages().size() - 1);
        return switch (m.framing().kind()) {
            case LENGTH -> "stopped: Content-Length satisfied (" + m.framing().length() + " bytes)";
            case CHUNKED -> "stopped: last chunk read (" + (m.chunks().size() - 1) + " chunks, " + m.body().length + " bytes decoded)";
            case NONE -> "stopped: the answer has no body (" + m.framing().reason().replaceFirst(" -> .*", "") + ")";
            case TUNNEL -> "stopped: the connection is a tunnel now";
            case CLOSE -> "stopped: the server closed after " + m.body().length + " bytes (close-delimited body)";
        };
    }

    /** First and last arrival (ns since the connection started) of the received bytes [from, to) of a ledger; -1 when none. */
    private static long[] times(Ledger l, long from, long to) {
        long first = -1, last = -1;
        for (Ledger.Entry e : l.entries()) {
            if (e.dir() != Direction.RECEIVED || e.offset() + e.bytes().length <= from || e.offset() >= to) continue;
            if (first < 0) first = e.nanos();
            last = e.nanos();
        }
        return new long[] {first, last};
    }

    /** Answers in b[from, to), each read knowing the method of the request it answers (RFC 9112 §6.3 rule 1). */
    static StreamParse parse(byte[] b, int from, int to, List<String> methods, boolean eof) {
        return StreamParse.responses(ParserOptions.LENIENT, java.util.Arrays.copyOfRange(b, from, to), Integer.MAX_VALUE, eof, methods);
    }
}
