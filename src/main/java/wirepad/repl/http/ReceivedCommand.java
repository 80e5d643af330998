package wirepad.repl.http;

import java.util.List;
import wirepad.bytes.Hexdump;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StreamParse;
import wirepad.net.Direction;
import wirepad.net.Ledger;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;
import wirepad.repl.Servers;
import wirepad.server.HttpServer;
import wirepad.view.FlowView;
import wirepad.view.HexView;
import wirepad.view.LedgerView;

/**
 * received NAME [N] [flow|hex|ledger]: what an HTTP server of the session received and answered, per
 * connection, from its ledger: a list, or connection N as tcpflow shows it, as a labelled hexdump, or
 * as the ledger itself (each read and write, timed).
 */
final class ReceivedCommand {
    private ReceivedCommand() {}

    static void received(Invocation in) throws CommandException {
        List<String> w = List.of(in.raw().strip().split("\\s+"));
        if (w.get(0).isEmpty()) throw in.usage();
        String name = w.get(0).startsWith("$") ? w.get(0).substring(1) : w.get(0);
        Servers.Running r = in.session().state(Servers.class, Servers::new).get(name);
        if (r == null) throw new CommandException("no server named '" + name + "' (see: servers)");
        if (!(r.handle() instanceof HttpServer srv)) throw new CommandException(r.name + " is a " + r.kind + " server; 'log " + r.name + "' shows what it got");
        List<Ledger> ls = srv.ledgers();
        if (ls.isEmpty()) throw new CommandException(r.name + " has had no connections yet");
        int n = 0;
        String view = "list";
        for (String a : w.subList(1, w.size())) {
            if (a.matches("#?\\d{1,9}")) n = Integer.parseInt(a.replace("#", ""));
            else if (a.equals("flow") || a.equals("hex") || a.equals("ledger")) view = a;
            else throw in.usage();
        }
        if (view.equals("list") && n == 0) {
            for (int i = 0; i < ls.size(); i++) in.out().println(summary(i + 1, ls.get(i)));
            in.out().println("('received " + r.name + " N flow' or '... N hex' shows connection N)");
            return;
        }
        if (n == 0) n = ls.size();
        if (n < 1 || n > ls.size()) throw new CommandException(r.name + " has connections 1.." + ls.size() + " (the last 100 are kept)");
        Ledger l = ls.get(n - 1);
        if (view.equals("hex")) {
            byte[] got = l.bytes(Direction.RECEIVED), sent = l.bytes(Direction.SENT);
            in.out().println("< received " + got.length + " bytes from " + l.remote());
            in.out().print(Hexdump.dump(got, HexView.labels(parse(Role.REQUEST, got))));
            in.out().println("> answered " + sent.length + " bytes");
            in.out().print(Hexdump.dump(sent, HexView.labels(parse(Role.RESPONSE, sent))));
        } else if (view.equals("ledger")) {
            in.out().print(LedgerView.render(l, 0, Long.MAX_VALUE, 0, Long.MAX_VALUE));
        } else {
            in.out().print(Colors.apply(FlowView.render(l, 0, Long.MAX_VALUE, 0, Long.MAX_VALUE), in.out()));
        }
    }

    private static List<HttpMessage> parse(Role role, byte[] b) {
        return StreamParse.of(role, ParserOptions.LENIENT, b, Integer.MAX_VALUE, true, null).messages();
    }

    /** "#1 127.0.0.1:40138  2 requests (GET /, GET /x) -> 200, 200; closed by server" */
    private static String summary(int n, Ledger l) {
        List<HttpMessage> reqs = parse(Role.REQUEST, l.bytes(Direction.RECEIVED));
        List<HttpMessage> resps = parse(Role.RESPONSE, l.bytes(Direction.SENT));
        StringBuilder sb = new StringBuilder("#" + n + " " + l.remote() + "  " + reqs.size() + (reqs.size() == 1 ? " request" : " requests"));
        if (!reqs.isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < reqs.size(); i++) sb.append(i > 0 ? ", " : "").append(reqs.get(i).requestLine().method()).append(' ').append(reqs.get(i).requestLine().target());
            sb.append(')');
        }
        sb.append(" ->");
        for (int i = 0; i < resps.size(); i++) sb.append(i > 0 ? "," : "").append(' ').append(resps.get(i).status());
        if (resps.isEmpty()) sb.append(" no answer");
        sb.append("; ").append(l.total(Direction.RECEIVED)).append(" bytes in, ").append(l.total(Direction.SENT)).append(" out");
        if (l.closedBy() != null) sb.append("; ").append(l.closedBy());
        return sb.toString();
    }
}
