package wirepad.repl.http;

import java.util.List;
import wirepad.bytes.Visible;
import wirepad.http.HttpMessage;
import wirepad.net.Direction;
import wirepad.net.ExchangeLog;
import wirepad.net.Ledger;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;
import wirepad.repl.Servers;
import wirepad.server.HttpServer;
import wirepad.view.CurlView;
import wirepad.view.FlowView;
import wirepad.view.HexView;
import wirepad.view.LedgerView;
import wirepad.view.SideBySide;

/**
 * received NAME [N[.M]] [side|curl|flow|hex|ledger]: what an HTTP server of the session received and
 * answered, from its ledger: one line per connection; connection N's requests, one line each; or
 * connection N (or its request M and the answer to it) in any exchange view, as the client saw it;
 * or connection N's ledger as the server kept it (each read and write, timed).
 */
final class ReceivedCommand {
    private ReceivedCommand() {}

    static final List<String> VIEWS = List.of("side", "curl", "flow", "hex", "ledger");

    /** A server's connection and, when the address named one, request M of it (else null: every request). */
    record Selection(ServedConnection conn, ServedConnection.Pair request) {}

    static void received(Invocation in) throws CommandException {
        List<String> w = List.of(in.raw().strip().split("\\s+"));
        if (w.get(0).isEmpty()) throw in.usage();
        String name = w.get(0).startsWith("$") ? w.get(0).substring(1) : w.get(0);
        HttpServer srv = server(in, name);
        Servers.Running r = in.session().state(Servers.class, Servers::new).get(name);
        String where = null, view = null;
        for (String a : w.subList(1, w.size())) {
            if (a.matches("#?\\d{1,9}(\\.\\d{1,9})?") && where == null) where = a.replace("#", "");
            else if (VIEWS.contains(a) && view == null) view = a;
            else throw new CommandException("received " + name + ": unexpected '" + a + "' (want N, N.M and one of " + String.join(", ", VIEWS)
                    + "; e.g. received " + name + " 2.1 curl)");
        }
        List<Ledger> ls = srv.ledgers();
        if (view == null && where == null) {
            for (int i = 0; i < ls.size(); i++) in.out().println(summary(i + 1, ls.get(i)));
            in.out().println("('received " + r.name + " N' lists connection N's requests; 'received " + r.name + " N.M curl' shows request M"
                    + " and its answer; views: " + String.join(", ", VIEWS) + ")");
            return;
        }
        Selection s = select(r.name, srv, r.address, where);
        if (view == null && s.request() == null) {
            list(in, r.name, s.conn());
            return;
        }
        ServedConnection c = s.conn();
        ServedConnection.Pair first = s.request() != null ? s.request() : c.pairs.isEmpty() ? null : c.pairs.get(0);
        ServedConnection.Pair last = s.request() != null ? s.request() : c.pairs.isEmpty() ? null : c.pairs.get(c.pairs.size() - 1);
        String head = r.name + " " + c.number + (s.request() != null ? "." + s.request().number() : "") + "  " + c.ledger.remote() + " -> "
                + c.ledger.local() + (s.request() != null ? "  (request " + s.request().number() + " of " + c.pairs.size() + ")" : "")
                + ", as the client saw it\n";
        if ("ledger".equals(view)) { // the server's own reads and writes, timed
            in.out().print(LedgerView.render(c.ledger, 0, Long.MAX_VALUE, 0, Long.MAX_VALUE));
            return;
        }
        if ("flow".equals(view) && first == null) {
            in.out().print(Colors.apply(FlowView.render(c.ledger, 0, Long.MAX_VALUE, 0, Long.MAX_VALUE), in.out()));
            return;
        }
        if (first == null) throw new CommandException(r.name + "'s connection " + c.number + " carried no request (try: received " + r.name + " "
                + c.number + " flow)");
        ExchangeLog x = c.exchange(first, last);
        in.out().print(head);
        switch (view == null ? "side" : view) {
            case "curl" -> in.out().print(CurlView.render(x));
            case "hex" -> in.out().print(HexView.render(x));
            case "flow" -> in.out().print(Colors.apply(FlowView.render(x.ledger(), x.sentFrom(), x.sentTo(), x.result().receivedFrom(),
                    x.result().receivedTo()), in.out()));
            default -> in.out().print(SideBySide.render(x, in.console().width(), in.session().settings().get(Views.UTF8)));
        }
    }

    /** The running HTTP server named {@code name}, or a clear error. */
    static HttpServer server(Invocation in, String name) throws CommandException {
        Servers.Running r = in.session().state(Servers.class, Servers::new).get(name);
        if (r == null) throw new CommandException("no server named '" + name + "' (see: servers)");
        if (!(r.handle() instanceof HttpServer srv)) throw new CommandException(r.name + " is a " + r.kind + " server; 'log " + r.name + "' shows what it got");
        if (srv.ledgers().isEmpty()) throw new CommandException(r.name + " has had no connections yet");
        return srv;
    }

    /**
     * {@code where}: null (the newest connection that received anything), "N" (connection N) or
     * "N.M" (request M of connection N).
     */
    static Selection select(String name, HttpServer srv, String address, String where) throws CommandException {
        List<Ledger> ls = srv.ledgers();
        int n;
        if (where == null) {
            n = ls.size();
            while (n > 0 && ls.get(n - 1).total(Direction.RECEIVED) == 0) n--;
            if (n == 0) throw new CommandException(name + " has not received anything yet");
        } else {
            n = Integer.parseInt(where.split("\\.")[0]);
            if (n < 1 || n > ls.size())
                throw new CommandException(name + " has connection" + (ls.size() == 1 ? " 1 only" : "s 1.." + ls.size())
                        + " (the last 100 are kept; see: received " + name + ")");
        }
        ServedConnection c = new ServedConnection(n, ls.get(n - 1), address);
        if (where == null || !where.contains(".")) return new Selection(c, null);
        return new Selection(c, c.pair(Integer.parseInt(where.split("\\.")[1]), name));
    }

    /** Connection N's requests, one line each: "2.1 GET /a HTTP/1.1 (45 bytes) -> 200 OK (161 bytes)". */
    private static void list(Invocation in, String name, ServedConnection c) {
        in.out().println(summary(c.number, c.ledger));
        for (ServedConnection.Pair p : c.pairs) {
            StringBuilder sb = new StringBuilder("  " + c.number + "." + p.number() + " ");
            int len = p.requestTo() - p.requestFrom();
            if (p.request() != null) sb.append(Visible.quote(c.got, p.request().startLine().line().start(),
                    p.request().startLine().line().length(), 60).replaceAll("^\"|\"$", ""));
            else sb.append(len == 0 ? "(no request)" : "(" + len + " bytes that are no complete request)");
            if (p.request() != null) sb.append(" (").append(len).append(len == 1 ? " byte)" : " bytes)");
            sb.append(" ->");
            if (p.answers().isEmpty()) sb.append(p.answerTo() > p.answerFrom() ? " " + (p.answerTo() - p.answerFrom()) + " bytes, not a complete answer"
                    : " no answer");
            for (HttpMessage a : p.answers()) sb.append(' ').append(a.status());
            if (!p.answers().isEmpty()) sb.append(" (").append(p.answerTo() - p.answerFrom()).append(" bytes)");
            in.out().println(sb.toString());
        }
        in.out().println("('received " + name + " " + c.number + ".M curl' shows request M and its answer; views: " + String.join(", ", VIEWS)
                + "; 'env $" + name + " " + c.number + ".M' and 'lint $" + name + " " + c.number + ".M [response]' take its bytes)");
    }

    /** "#1 127.0.0.1:40138  2 requests (GET /, GET /x) -> 200, 200; closed by server" */
    static String summary(int n, Ledger l) {
        ServedConnection c = new ServedConnection(n, l, "");
        List<ServedConnection.Pair> reqs = c.pairs.stream().filter(p -> p.request() != null).toList();
        StringBuilder sb = new StringBuilder("#" + n + " " + l.remote() + "  " + reqs.size() + (reqs.size() == 1 ? " request" : " requests"));
        if (!reqs.isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < reqs.size(); i++)
                sb.append(i > 0 ? ", " : "").append(reqs.get(i).request().requestLine().method()).append(' ').append(reqs.get(i).request().requestLine().target());
            sb.append(')');
        }
        sb.append(" ->");
        int finals = 0;
        for (ServedConnection.Pair p : c.pairs)
            for (HttpMessage a : p.answers()) sb.append(finals++ > 0 ? "," : "").append(' ').append(a.status());
        if (finals == 0) sb.append(" no answer");
        sb.append("; ").append(l.total(Direction.RECEIVED)).append(" bytes in, ").append(l.total(Direction.SENT)).append(" out");
        if (l.closedBy() != null) sb.append("; ").append(l.closedBy());
        return sb.toString();
    }
}
