package wirepad.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * serve, servers, stop, log: the commands for every kind of server a session can run. The kinds
 * come from the command sets ({@link CommandSet#serverKinds()}); what runs is kept in the
 * session's {@link Servers}. Help texts: servers-help.txt next to this class.
 */
public final class ServerCommands implements CommandSet {
    @Override public String title() { return "Servers on loopback"; }

    private final HelpFile help = HelpFile.load(ServerCommands.class, "servers-help.txt");

    @Override public List<Command> commands() {
        return List.of(
                Command.of("serve", help.get("serve"), ServerCommands::serve).withCompleter(Completer.SERVER_KINDS),
                Command.of("servers", help.get("servers"), ServerCommands::list),
                Command.of("stop", help.get("stop"), ServerCommands::stop).withCompleter(ServerCommands::names),
                Command.of("log", help.get("log"), ServerCommands::log).withCompleter(ServerCommands::names));
    }

    static Servers servers(Session s) { return s.state(Servers.class, Servers::new); }

    private static void serve(Invocation in) throws Exception {
        List<String> w = in.words();
        List<ServerKind> kinds = in.commands().serverKinds();
        if (w.isEmpty()) {
            if (kinds.isEmpty()) throw new CommandException("no server kinds are registered");
            in.out().println("Server kinds (serve KIND ...):");
            int pad = kinds.stream().mapToInt(k -> (k.name() + " " + k.usage()).length()).max().orElse(0);
            for (ServerKind k : kinds)
                in.out().println(String.format("  %-" + pad + "s  %s", (k.name() + " " + k.usage()).strip(), k.summary()));
            return;
        }
        // '--wait' at the end: follow the server's events until Ctrl-C (the kind never sees it)
        boolean wait = w.size() > 1 && w.get(w.size() - 1).equals("--wait");
        Invocation run = !wait ? in : new Invocation(in.command(), in.raw().stripTrailing().replaceFirst("\\s*--wait$", ""),
                in.session(), in.out(), in.console(), in.cancel(), in.commands(), in.more());
        List<String> args = wait ? w.subList(1, w.size() - 1) : w.subList(1, w.size());
        for (ServerKind k : kinds) {
            if (k.name().equals(w.get(0))) {
                List<Servers.Running> before = servers(in.session()).all();
                k.starter().start(run, args);
                if (wait) follow(in, servers(in.session()).all().stream().filter(r -> !before.contains(r)).toList());
                return;
            }
        }
        List<String> names = kinds.stream().map(ServerKind::name).toList();
        throw new CommandException("no server kind '" + w.get(0) + "' (known: " + String.join(", ", names) + ")");
    }

    /**
     * {@code serve ... --wait}: shows the new servers' events as they come until Ctrl-C, which
     * ends the wait (not the servers) and returns to the prompt.
     */
    private static void follow(Invocation in, List<Servers.Running> started) {
        if (started.isEmpty()) return;
        String names = String.join(", ", started.stream().map(r -> r.name).toList());
        in.out().println("waiting: events of " + names + " as they come; Ctrl-C returns to the prompt (the server keeps running)");
        try {
            while (true) {
                for (Servers.Running r : started)
                    for (String e : r.unseen()) in.out().println(r.name + ": " + e.stripTrailing().replace("\n", "\n" + r.name + ": "));
                in.cancel().sleep(java.time.Duration.ofMillis(100));
            }
        } catch (Cancel.Cancelled e) {
            in.out().println("stopped waiting; " + names + " keeps running ('stop " + started.get(0).name + "' ends it)");
        }
    }

    private static void list(Invocation in) throws CommandException {
        if (!in.words().isEmpty()) throw in.usage();
        List<Servers.Running> all = servers(in.session()).all();
        if (all.isEmpty()) {
            in.out().println("no servers running (start one: serve)");
            return;
        }
        for (Servers.Running r : all) {
            int events = r.log().size();
            in.out().println(String.format("%-8s %-8s %s  %d event%s", r.name, r.kind, r.address, events, events == 1 ? "" : "s"));
        }
    }

    private static void stop(Invocation in) throws CommandException {
        List<String> w = rawWords(in);
        if (w.size() != 1) throw in.usage();
        Servers s = servers(in.session());
        List<String> names = new ArrayList<>();
        if (w.get(0).equals("all")) for (Servers.Running r : s.all()) names.add(r.name);
        else names.add(strip(w.get(0)));
        if (names.isEmpty()) throw new CommandException("no servers running");
        for (String n : names) {
            Servers.Running r = s.get(n);
            if (r == null) throw new CommandException("no server '" + n + "' (see 'servers')");
            s.stop(in.session(), n);
            in.out().println("stopped " + n + " (" + r.kind + ")");
        }
    }

    private static void log(Invocation in) throws CommandException {
        List<String> w = rawWords(in);
        if (w.size() == 2 && w.get(1).matches("#?\\d{1,9}")) {
            // log NAME N: event N in full, for servers that keep it (DNS: query N and its reply, annotated)
            Servers.Running r = servers(in.session()).get(strip(w.get(0)));
            if (r == null) throw new CommandException("no server '" + strip(w.get(0)) + "' (see 'servers')");
            if (r.details() == null) throw new CommandException(r.name + " keeps its log lines only ('log " + r.name + "')");
            in.out().print(r.details().show(Integer.parseInt(w.get(1).replace("#", ""))));
            return;
        }
        boolean everything = !w.isEmpty() && w.get(w.size() - 1).equals("all");
        List<String> names = everything ? w.subList(0, w.size() - 1) : w;
        if (names.size() > 1) throw in.usage();
        Servers s = servers(in.session());
        List<Servers.Running> which = new ArrayList<>();
        if (names.isEmpty()) which.addAll(s.all());
        else {
            Servers.Running r = s.get(strip(names.get(0)));
            if (r == null) throw new CommandException("no server '" + strip(names.get(0)) + "' (see 'servers')");
            which.add(r);
        }
        if (which.isEmpty()) throw new CommandException("no servers running (start one: serve)");
        int shown = 0;
        for (Servers.Running r : which) {
            List<String> events = everything ? r.log() : r.unseen();
            if (everything) r.unseen();
            for (String e : events) in.out().println(r.name + ": " + e.stripTrailing().replace("\n", "\n" + r.name + ": "));
            shown += events.size();
        }
        if (shown == 0) in.out().println("no new events" + (everything ? "" : " ('log all' shows the older ones)"));
    }

    /** "$dns" and "dns" both name the server called dns. */
    private static String strip(String name) { return name.startsWith("$") ? name.substring(1) : name; }

    private static List<String> names(Session s, List<String> before) {
        List<String> out = new ArrayList<>();
        for (Servers.Running r : servers(s).all()) out.add(r.name);
        out.add("all");
        return out;
    }

    /** Server names as typed: not expanded, so that {@code stop $dns} names the server, not its address. */
    private static List<String> rawWords(Invocation in) {
        String t = in.raw().strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }
}
