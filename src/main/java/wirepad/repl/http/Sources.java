package wirepad.repl.http;

import java.util.List;
import wirepad.bytes.EscapeException;
import wirepad.bytes.Escapes;
import wirepad.http.Role;
import wirepad.net.Direction;
import wirepad.net.ExchangeLog;
import wirepad.net.Ledger;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;
import wirepad.repl.Servers;
import wirepad.server.HttpServer;

/**
 * Where commands like lint, env and export take their bytes from: the draft (no argument), an
 * exchange ({@code #2}, {@code #2 response}), what a server received ({@code $lab}), or typed bytes.
 */
public final class Sources {
    private Sources() {}

    /** Bytes, which side they come from, and a label saying where they were taken from. */
    public record Source(byte[] bytes, Role role, String label) {}

    public static Source resolve(Invocation in) throws CommandException {
        String raw = in.raw().strip();
        HttpState s = in.session().state(HttpState.class, HttpState::new);
        if (raw.isEmpty()) {
            if (s.draft == null) throw new CommandException("no draft: give bytes, #N (an exchange), $SERVER, or start a draft with 'new'");
            return new Source(s.draft.toBytes(), Role.REQUEST, "the draft");
        }
        String[] w = raw.split("\\s+");
        if (w[0].matches("#\\d{1,9}") && w.length <= 2) {
            ExchangeLog x = HistoryCommands.exchange(in, Integer.parseInt(w[0].substring(1)));
            boolean response = w.length == 2 && w[1].startsWith("resp");
            if (w.length == 2 && !response && !w[1].startsWith("req")) throw new CommandException("after " + w[0] + ": request or response");
            return response ? new Source(x.received(), Role.RESPONSE, "the response of #" + x.number())
                    : new Source(x.sent(), Role.REQUEST, "the request of #" + x.number());
        }
        if (w[0].startsWith("$") && w.length == 1) {
            Servers.Running r = in.session().state(Servers.class, Servers::new).get(w[0].substring(1));
            if (r != null) {
                if (!(r.handle() instanceof HttpServer srv)) throw new CommandException(r.name + " is a " + r.kind + " server, not HTTP");
                List<Ledger> ls = srv.ledgers();
                for (int i = ls.size() - 1; i >= 0; i--) {
                    byte[] b = ls.get(i).bytes(Direction.RECEIVED);
                    if (b.length > 0) return new Source(b, Role.REQUEST, "what " + r.name + " received on its latest connection");
                }
                throw new CommandException(r.name + " has not received anything yet");
            }
        }
        String text = in.text();
        try {
            byte[] b = Escapes.parse(text);
            boolean response = b.length >= 5 && new String(b, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("HTTP/");
            return new Source(b, response ? Role.RESPONSE : Role.REQUEST, "the typed bytes");
        } catch (EscapeException e) {
            throw CommandException.at(e.getMessage(), text, e.column());
        }
    }
}
