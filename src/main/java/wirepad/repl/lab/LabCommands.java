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

    static final String SERVE_USAGE = "serve lab [PORT] [ROOT | --root DIR] [--lenient]";

    /** {@code serve lab [PORT] [ROOT | --root DIR] [--lenient]}: a kind of server for the shared {@code serve} command. */
    @Override public List<wirepad.repl.ServerKind> serverKinds() {
        return List.of(new wirepad.repl.ServerKind("lab", "[PORT] [ROOT | --root DIR] [--lenient]",
                "Bob's widgets, httpbin-style and faulty endpoints; files under ROOT first; --lenient reads bare LF, obs-fold… ($lab)",
                LabCommands::serve));
    }

    /** What {@code serve lab} was asked for. */
    record ServeArgs(int port, String root, boolean lenient) {
        static ServeArgs parse(List<String> w) throws CommandException {
            Integer port = null;
            String root = null;
            boolean lenient = false;
            for (int i = 0; i < w.size(); i++) {
                String a = w.get(i);
                if (a.equals("--lenient")) lenient = true;
                else if (a.equals("--root")) {
                    if (++i >= w.size()) throw new CommandException("--root needs a directory (usage: " + SERVE_USAGE + ")");
                    if (root != null) throw new CommandException("one root only (usage: " + SERVE_USAGE + ")");
                    root = w.get(i);
                } else if (a.startsWith("-")) {
                    throw new CommandException("unknown option " + a + " (usage: " + SERVE_USAGE + ")");
                } else if (port == null && root == null && a.matches("\\d{1,9}")) {
                    port = Integer.parseInt(a);
                    if (port > 65535) throw new CommandException("PORT is a number from 0 to 65535 (0 picks a free one), not '" + a + "'");
                } else if (root == null) {
                    root = a;
                } else {
                    throw new CommandException("unexpected '" + a + "' (usage: " + SERVE_USAGE + ")");
                }
            }
            return new ServeArgs(port == null ? 0 : port, root, lenient);
        }
    }

    /** Starts a lab server on 127.0.0.1; {@code $lab} is its address. */
    private static void serve(Invocation in, List<String> w) throws Exception {
        ServeArgs a = ServeArgs.parse(w);
        Path root = a.root() == null ? null : in.session().resolve(a.root());
        LabHandler handler;
        try {
            handler = new LabHandler(Clock.systemUTC(), root);
        } catch (java.io.IOException e) {
            throw new CommandException("ROOT " + e.getMessage());
        }
        Servers servers = in.session().state(Servers.class, Servers::new);
        AtomicReference<Servers.Running> running = new AtomicReference<>();
        HttpServer s = HttpServer.start("lab", handler, HttpServer.Options.loopback(a.port())
                .withProfile(a.lenient() ? ParserOptions.LENIENT : ParserOptions.STRICT), Clock.systemUTC(), e -> {
            Servers.Running r = running.get();
            if (r != null) r.log(e);
        });
        String name = servers.freeName("lab");
        running.set(servers.add(in.session(), name, "lab", s.address(), s));
        in.out().println("lab server '" + name + "' listening on " + s.address() + "  ($" + name + ")"
                + (a.lenient() ? ", reading requests leniently (bare LF, obs-fold…)" : "") + "; GET / lists the endpoints");
    }
}
