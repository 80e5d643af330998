package wirepad.repl.http;

import java.time.Clock;
import java.util.List;
import wirepad.bytes.EscapeException;
import wirepad.bytes.Escapes;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;
import wirepad.repl.ServerKind;
import wirepad.repl.Servers;
import wirepad.server.CannedHandler;
import wirepad.server.EchoHandler;
import wirepad.server.Handler;
import wirepad.server.HttpServer;

/** The HTTP kinds for {@code serve}: the seed's echo server and the canned-reply server. */
public final class HttpServerKinds {
    private HttpServerKinds() {}

    public static List<ServerKind> all() {
        return List.of(
                new ServerKind("echo", "[PORT] [--bind ADDR]", "the seed's HTTP server: 200 OK, \"You have requested: /path\" ($echo)",
                        HttpServerKinds::echo),
                new ServerKind("canned", "[PORT] [--close] BYTES",
                        "answers every HTTP request with BYTES (escapes allowed); --close ends each answer by closing ($canned)",
                        HttpServerKinds::canned));
    }

    static void echo(Invocation in, List<String> args) throws Exception {
        Options o = Options.parse(in.text().strip(), false);
        if (!o.rest.isEmpty()) throw new CommandException("serve echo: unexpected \"" + o.rest + "\" (usage: serve echo [PORT] [--bind ADDR])");
        announce(in, start(in, in.session().state(Servers.class, Servers::new), "echo", new EchoHandler(Clock.systemUTC()), o));
    }

    static void canned(Invocation in, List<String> args) throws Exception {
        Options o = Options.parse(in.text().strip(), true);
        if (o.rest.isEmpty()) throw new CommandException("serve canned: give the reply bytes, e.g. serve canned HTTP/1.1 204 No Content\\r\\n\\r\\n");
        byte[] reply;
        try {
            reply = Escapes.parse(o.rest);
        } catch (EscapeException e) {
            throw CommandException.at(e.getMessage(), o.rest, e.column());
        }
        announce(in, start(in, in.session().state(Servers.class, Servers::new), "canned", new CannedHandler(reply, o.close), o));
    }

    static void announce(Invocation in, Servers.Running r) {
        in.out().println(r.kind + " server '" + r.name + "' listening on " + r.address + "  ($" + r.name + ")");
    }

    static Servers.Running start(Invocation in, Servers servers, String kind, Handler h, Options o) throws Exception {
        String name = servers.freeName(kind);
        Servers.Running[] slot = new Servers.Running[1];
        HttpServer s = HttpServer.start(name, h, HttpServer.Options.loopback(o.port).withBind(o.bind), Clock.systemUTC(), e -> {
            Servers.Running r = slot[0];
            if (r != null) r.log(e);
        });
        slot[0] = servers.add(in.session(), name, kind, s.address(), s);
        return slot[0];
    }

    /** Leading options of {@code serve KIND ...}: a port number, --bind ADDR, --close; the rest as typed. */
    record Options(int port, String bind, boolean close, String rest) {
        static Options parse(String text, boolean allowClose) throws CommandException {
            String[] w = text.split("\\s+", -1);
            int i = 1, port = 0;
            String bind = "127.0.0.1";
            boolean close = false;
            while (i < w.length) {
                if (w[i].matches("\\d{1,5}")) port = Integer.parseInt(w[i]);
                else if (w[i].equals("--bind") && i + 1 < w.length) bind = w[++i];
                else if (w[i].equals("--close") && allowClose) close = true;
                else break;
                i++;
            }
            if (port > 65535) throw new CommandException("port " + port + " is out of range (0-65535)");
            String rest = "";
            if (i < w.length) {
                int at = 0;
                for (int k = 0; k < i; k++) at = text.indexOf(w[k], at) + w[k].length();
                rest = text.substring(at).strip();
            }
            return new Options(port, bind, close, rest);
        }
    }
}
