package wirepad.repl.http;

import java.util.List;
import wirepad.http.Framing;
import wirepad.http.HttpMessage;
import wirepad.net.ExchangeLog;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;

/** history, view [N] [side|curl|flow|hex|ledger], explain [N]. */
final class HistoryCommands {
    private HistoryCommands() {}

    static void history(Invocation in) {
        HttpState s = DraftCommands.state(in);
        if (s.history.isEmpty()) { in.out().println("no exchanges yet (send one: send)"); return; }
        for (ExchangeLog x : s.history) {
            String first = x.requests().isEmpty() ? "" : DraftView.vis(firstLine(x.requests().get(0)));
            String resp = responses(x.result().responses(), x.result().partial());
            in.out().println(String.format("#%-3d %-22s %-28s -> %s; %s", x.number(), x.target(), first
                    + (x.requests().size() > 1 ? " (+" + (x.requests().size() - 1) + ")" : ""), resp, x.result().stopped()));
        }
    }

    static void view(Invocation in) throws CommandException {
        int n = 0;
        String view = "side";
        for (String w : in.words()) {
            if (w.matches("#?\\d{1,9}")) n = Integer.parseInt(w.replace("#", ""));
            else if (List.of("side", "curl", "flow", "hex", "ledger").contains(w)) view = w;
            else throw in.usage();
        }
        in.out().print(Colors.apply(Views.render(exchange(in, n), view, in.out().width(), in.session().settings().get(Views.UTF8)), in.out()));
    }

    static void explain(Invocation in) throws CommandException {
        int n = 0;
        for (String w : in.words()) {
            if (w.matches("#?\\d{1,9}")) n = Integer.parseInt(w.replace("#", ""));
            else throw in.usage();
        }
        ExchangeLog x = exchange(in, n);
        if (x.result().responses().isEmpty()) throw new CommandException("#" + x.number() + " has no response to explain: " + x.result().stopped());
        for (HttpMessage m : x.result().responses()) for (String l : Explain.lines(m)) in.out().println(l);
        in.out().println(x.result().stopped());
    }

    /**
     * "200 OK", "100 Continue, 200 OK", or for a response whose head came but whose body was cut
     * short "200 OK (cut short: 5 of 10 body bytes)"; "no response" when not even a head came.
     */
    static String responses(List<HttpMessage> done, HttpMessage partial) {
        List<String> all = new java.util.ArrayList<>();
        for (HttpMessage m : done) all.add(m.status() + " " + m.statusLine().reason());
        if (partial != null) {
            int got = partial.body().length;
            String of = partial.framing().kind() == Framing.Kind.LENGTH ? got + " of " + partial.framing().length() + " body bytes"
                    : got + (got == 1 ? " body byte" : " body bytes") + (partial.chunks().isEmpty() ? "" : " decoded");
            all.add(partial.status() + " " + partial.statusLine().reason() + " (cut short: " + of + ")");
        }
        return all.isEmpty() ? "no response" : String.join(", ", all);
    }

    static ExchangeLog exchange(Invocation in, int n) throws CommandException {
        ExchangeLog x = DraftCommands.state(in).exchange(n);
        if (x == null) throw new CommandException(n == 0 ? "no exchanges yet (send one: send)" : "no exchange #" + n + " (see: history)");
        return x;
    }

    private static String firstLine(byte[] b) {
        int i = 0;
        while (i < b.length && b[i] != '\r' && b[i] != '\n' && i < 60) i++;
        return new String(b, 0, i, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
