package wirepad.repl.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import wirepad.bytes.EscapeException;
import wirepad.bytes.Escapes;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StreamParse;
import wirepad.net.Direction;
import wirepad.net.ExchangeLog;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;
import wirepad.repl.Servers;
import wirepad.server.HttpServer;

/**
 * Where commands like lint and env take their bytes from: the draft (no argument), an exchange
 * ({@code #2}, {@code #2 response}), what a server of the session received or answered
 * ({@code $lab}, {@code $lab 2}, {@code $lab 2.1 response}), or typed bytes.
 */
public final class Sources {
    private Sources() {}

    /**
     * Bytes, which side they come from, and a label saying where they were taken from.
     * @param method the method of the request a response answers (HEAD: no body, RFC 9112 §6.3 rule 1), or null
     * @param eof    the bytes end where the peer closed the connection (a close-delimited body ends there, rule 8)
     * @param typed  the bytes were typed as the command's argument
     */
    public record Source(byte[] bytes, Role role, String label, String method, boolean eof, boolean typed) {}

    public static final String USAGE = "give bytes, #N [request|response] (an exchange), $SERVER [N[.M]] [request|response]"
            + " (what a server received or answered), or nothing (the draft)";

    public static Source resolve(Invocation in) throws CommandException {
        String raw = in.raw().strip();
        HttpState s = in.session().state(HttpState.class, HttpState::new);
        if (raw.isEmpty()) {
            if (s.draft == null) throw new CommandException("no draft: " + USAGE.replace(", or nothing (the draft)", "") + "; or start a draft with 'new'");
            return new Source(s.draft.toBytes(), Role.REQUEST, "the draft", null, false, false);
        }
        String[] w = raw.split("\\s+");
        if (w[0].matches("#\\d{1,9}") && w.length <= 2) {
            ExchangeLog x = HistoryCommands.exchange(in, Integer.parseInt(w[0].substring(1)));
            boolean response = side(w, 1, w[0]);
            if (!response) return new Source(x.sent(), Role.REQUEST, "the request of #" + x.number(), null, false, false);
            // The response ends where the peer closed when the connection closed right after it.
            boolean eof = x.ledger().closedBy() != null && x.ledger().closedBy().startsWith("peer")
                    && x.result().receivedTo() >= x.ledger().total(Direction.RECEIVED);
            return new Source(x.received(), Role.RESPONSE, "the response of #" + x.number(), method(x.sent()), eof, false);
        }
        if (w[0].startsWith("$") && w.length <= 3) {
            Servers.Running r = in.session().state(Servers.class, Servers::new).get(w[0].substring(1));
            if (r != null) return server(in, r, w);
        }
        String text = in.text();
        try {
            byte[] b = Escapes.parse(text);
            boolean response = b.length >= 5 && new String(b, 0, 5, StandardCharsets.ISO_8859_1).equals("HTTP/");
            return new Source(b, response ? Role.RESPONSE : Role.REQUEST, "the typed bytes", null, false, true);
        } catch (EscapeException e) {
            throw CommandException.at(e.getMessage(), text, e.column());
        }
    }

    /** $SERVER [N[.M]] [request|response]: the newest connection, connection N, or its request M (or the answer to it). */
    private static Source server(Invocation in, Servers.Running r, String[] w) throws CommandException {
        if (!(r.handle() instanceof HttpServer srv)) throw new CommandException(r.name + " is a " + r.kind + " server, not HTTP");
        String where = null;
        int i = 1;
        if (i < w.length && w[i].matches("#?\\d{1,9}(\\.\\d{1,9})?")) where = w[i++].replace("#", "");
        if (i < w.length - 1) throw new CommandException("after " + w[0] + ": N or N.M, then request or response (e.g. " + w[0] + " 2.1 response)");
        boolean response = side(w, i, w[0] + (where == null ? "" : " " + where));
        ReceivedCommand.Selection sel = ReceivedCommand.select(r.name, srv, r.address, where);
        ServedConnection c = sel.conn();
        ServedConnection.Pair p = sel.request();
        String conn = "connection " + c.number + (where == null ? " (the newest)" : "");
        if (!response) {
            byte[] b = p == null ? c.got : Arrays.copyOfRange(c.got, p.requestFrom(), p.requestTo());
            if (b.length == 0) throw new CommandException(r.name + " received nothing on " + conn);
            return new Source(b, Role.REQUEST, "what " + r.name + " received on " + conn + (p == null ? "" : ", request " + p.number()), null,
                    false, false);
        }
        ServedConnection.Pair first = p != null ? p : c.pairs.isEmpty() ? null : c.pairs.get(0);
        int from = first == null ? 0 : first.answerFrom(), to = p == null ? c.sent.length : p.answerTo();
        if (to <= from) throw new CommandException(r.name + " sent no answer on " + conn + (p == null ? "" : " to request " + p.number()));
        return new Source(Arrays.copyOfRange(c.sent, from, to), Role.RESPONSE, "what " + r.name + " answered on " + conn
                + (p == null ? "" : " to request " + p.number()), first == null ? null : first.method(), c.closed() && to == c.sent.length, false);
    }

    /**
     * Refuses a file too large for {@code body @FILE}: above the {@code body-limit} setting (MiB), or above
     * what this JVM's memory can hold as a draft (the body is held a few times over: draft, bytes sent, ledger).
     */
    static void checkBodySize(Invocation in, String name, long size) throws CommandException {
        long limit = Long.parseLong(in.session().settings().get(HttpCommands.BODY_LIMIT)) * 1024 * 1024;
        long memory = Runtime.getRuntime().maxMemory() / 4;
        if (size > limit)
            throw new CommandException(name + " is " + mib(size) + "; body @FILE reads at most " + mib(limit)
                    + " (set body-limit N allows N MiB)");
        if (size > memory)
            throw new CommandException(name + " is " + mib(size) + ": more than this JVM can hold as a draft (about " + mib(memory)
                    + "; its heap is " + mib(Runtime.getRuntime().maxMemory()) + ", WIREPAD_JAVA_OPTS=-Xmx2g raises it)");
    }

    private static String mib(long n) {
        return n % (1024 * 1024) == 0 ? n / (1024 * 1024) + " MiB" : String.format(java.util.Locale.ROOT, "%.1f MiB", n / 1048576.0);
    }

    /** Whether word {@code i} asks for the response; no word: the request. */
    private static boolean side(String[] w, int i, String after) throws CommandException {
        if (i >= w.length) return false;
        if (w[i].startsWith("resp")) return true;
        if (w[i].startsWith("req")) return false;
        throw new CommandException("after " + after + ": request or response, not '" + w[i] + "'");
    }

    /** The method of the first request in {@code sent}, or null when it has none. */
    static String method(byte[] sent) {
        StreamParse p = StreamParse.of(Role.REQUEST, ParserOptions.LENIENT, sent, Integer.MAX_VALUE, true, null);
        if (!p.messages().isEmpty()) return p.messages().get(0).requestLine().method();
        int sp = 0;
        while (sp < sent.length && sent[sp] != ' ' && sp < 32) sp++;
        return sp > 0 && sp < sent.length && sent[sp] == ' ' ? new String(sent, 0, sp, StandardCharsets.ISO_8859_1) : null;
    }
}
