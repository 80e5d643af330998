package wirepad.repl.lab;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import wirepad.bytes.Pointer;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.http.RackEnv;
import wirepad.http.RackResponse;
import wirepad.http.Role;
import wirepad.http.StreamParse;
import wirepad.http.lint.Lint;
import wirepad.http.lint.LintGrid;
import wirepad.repl.Command;
import wirepad.repl.CommandException;
import wirepad.repl.CommandSet;
import wirepad.repl.HelpFile;
import wirepad.repl.Invocation;
import wirepad.repl.Servers;
import wirepad.repl.http.Sources;
import wirepad.server.HttpServer;
import wirepad.server.lab.LabHandler;
import wirepad.view.EnvView;

/** lint, env and serve lab: the lab's REPL commands. Help texts: help.txt next to this class. */
public final class LabCommands implements CommandSet {
    @Override public String title() { return "Framing lint and the application's view"; }

    private final HelpFile help = HelpFile.load(LabCommands.class, "help.txt");

    @Override public List<Command> commands() {
        return List.of(
                Command.of("lint", help.get("lint"), LabCommands::lint),
                Command.of("env", help.get("env"), LabCommands::env));
    }



    private static void lint(Invocation in) throws CommandException {
        Sources.Source src = Sources.resolve(in);
        if (!src.typed()) in.out().println("lint of " + src.label() + " (" + src.bytes().length + " bytes" + context(src) + ")");
        in.out().print(LintGrid.render(Lint.run(src.role(), src.bytes(), src.eof(), src.method())));
    }

    /** What a response is read with: the request's method, and whether the connection closed after it. */
    private static String context(Sources.Source src) {
        if (src.role() != Role.RESPONSE) return "";
        return (src.method() == null ? "" : ", answering " + src.method()) + (src.eof() ? ", then the connection closed" : "");
    }

    private static void env(Invocation in) throws CommandException {
        Sources.Source src = Sources.resolve(in);
        byte[] b = src.bytes();
        Role role = src.role();
        if (!src.typed()) in.out().println("env of " + src.label() + context(src));
        // Typed response bytes end where they end: a close-delimited body is read as if the peer closed there.
        boolean eof = src.eof() || role == Role.RESPONSE && src.typed();
        StreamParse r = StreamParse.of(role, ParserOptions.STRICT, b, Integer.MAX_VALUE, eof, src.method());
        if (r.messages().isEmpty() && r.error() != null)
            throw new CommandException(r.error().describe(), List.of(Pointer.at(b, b.length, r.error().offset()).split("\n")));
        if (r.messages().isEmpty())
            throw new CommandException("no complete " + (role == Role.REQUEST ? "request" : "response") + " in " + b.length + " bytes"
                    + (r.waiting() == null ? "" : " (waiting for " + r.waiting() + ")"));
        HttpMessage m = r.messages().get(0);
        in.out().print(role == Role.RESPONSE ? EnvView.render(RackResponse.of(m)) : EnvView.render(RackEnv.of(m, "localhost", 80, null)));
    }

    /** {@code serve lab [PORT [ROOT]]}: a kind of server for the shared {@code serve} command. */
    @Override public List<wirepad.repl.ServerKind> serverKinds() {
        return List.of(new wirepad.repl.ServerKind("lab", "[PORT [ROOT]]",
                "Bob's widgets, httpbin-style and faulty endpoints; files under ROOT first ($lab)", LabCommands::serve));
    }

    /** {@code serve lab [PORT] [ROOT]}: starts a lab server on 127.0.0.1; {@code $lab} is its address. */
    private static void serve(Invocation in, List<String> w) throws Exception {
        if (w.size() > 2) throw new CommandException("usage: serve lab [PORT [ROOT]]");
        int port = 0;
        if (w.size() > 0) {
            try {
                port = Integer.parseInt(w.get(0));
                if (port < 0 || port > 65535) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                throw new CommandException("PORT is a number from 0 to 65535 (0 picks a free one), not '" + w.get(0) + "'");
            }
        }
        Path root = w.size() > 1 ? in.session().resolve(w.get(1)) : null;
        LabHandler handler;
        try {
            handler = new LabHandler(Clock.systemUTC(), root);
        } catch (java.io.IOException e) {
            throw new CommandException("ROOT " + root + " is not a readable directory: " + e.getMessage());
        }
        Servers servers = in.session().state(Servers.class, Servers::new);
        AtomicReference<Servers.Running> running = new AtomicReference<>();
        HttpServer s = HttpServer.start("lab", handler, HttpServer.Options.loopback(port), Clock.systemUTC(), e -> {
            Servers.Running r = running.get();
            if (r != null) r.log(e);
        });
        String name = servers.freeName("lab");
        running.set(servers.add(in.session(), name, "lab", s.address(), s));
        in.out().println(name + " listening on " + s.address() + " (GET / lists the endpoints)");
    }
}
