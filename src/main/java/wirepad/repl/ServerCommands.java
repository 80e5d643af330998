package wirepad.repl;

import java.util.ArrayList;
import java.util.List;

/** serve KIND (start a server on loopback), servers (list), stop NAME, log [NAME] (what they received). */
public final class ServerCommands implements CommandSet {
    private final HelpFile help = HelpFile.load(ServerCommands.class, "servers.txt");
    private final List<ServerKind> kinds;

    public ServerCommands(List<ServerKind> kinds) { this.kinds = List.copyOf(kinds); }

    @Override public List<Command> commands() {
        List<String> names = new ArrayList<>();
        for (ServerKind k : kinds) names.add(k.name());
        return List.of(
                Command.of("serve", help.get("serve"), this::serve).withCompleter(Completer.firstThen(names, List.of("--bind", "--close"))),
                Command.of("servers", help.get("servers"), ServerCommands::list),
                Command.of("stop", help.get("stop"), ServerCommands::stop)
                        .withCompleter((s, before) -> s.state(Servers.class, Servers::new).all().stream().map(r -> r.name).toList()),
                Command.of("log", help.get("log"), ServerCommands::log)
                        .withCompleter((s, before) -> s.state(Servers.class, Servers::new).all().stream().map(r -> r.name).toList()));
    }

    private void serve(Invocation in) throws Exception {
        List<String> w = in.words();
        if (w.isEmpty()) {
            StringBuilder sb = new StringBuilder("serve what? kinds:");
            for (ServerKind k : kinds) sb.append("\n  serve ").append(k.synopsis());
            throw new CommandException(sb.toString());
        }
        for (ServerKind k : kinds) {
            if (!k.name().equals(w.get(0))) continue;
            Servers servers = in.session().state(Servers.class, Servers::new);
            Servers.Running r = k.start(in, w.subList(1, w.size()), servers);
            in.out().println(r.kind + " server '" + r.name + "' listening on " + r.address + "  ($" + r.name + ")");
            return;
        }
        List<String> names = new ArrayList<>();
        for (ServerKind k : kinds) names.add(k.name());
        throw new CommandException("no server kind '" + w.get(0) + "' (kinds: " + String.join(", ", names) + ")");
    }

    private static void list(Invocation in) {
        List<Servers.Running> all = in.session().state(Servers.class, Servers::new).all();
        if (all.isEmpty()) { in.out().println("no servers running (start one: serve echo)"); return; }
        for (Servers.Running r : all)
            in.out().println(String.format("%-10s %-8s %-22s %d events", "$" + r.name, r.kind, r.address, r.log().size()));
    }

    private static void stop(Invocation in) throws CommandException {
        List<String> w = in.words();
        if (w.isEmpty()) throw in.usage();
        Servers servers = in.session().state(Servers.class, Servers::new);
        for (String name : w) {
            String n = name.startsWith("$") ? name.substring(1) : name;
            if (!servers.stop(in.session(), n)) throw new CommandException("no server named '" + n + "' (see: servers)");
            in.out().println("stopped " + n);
        }
    }

    private static void log(Invocation in) throws CommandException {
        List<String> w = in.words();
        Servers servers = in.session().state(Servers.class, Servers::new);
        List<Servers.Running> which = new ArrayList<>();
        boolean all = w.contains("--all");
        for (String name : w) {
            if (name.equals("--all")) continue;
            Servers.Running r = servers.get(name.startsWith("$") ? name.substring(1) : name);
            if (r == null) throw new CommandException("no server named '" + name + "' (see: servers)");
            which.add(r);
        }
        if (which.isEmpty()) which.addAll(servers.all());
        boolean any = false;
        for (Servers.Running r : which) {
            List<String> events = all ? r.log() : r.unseen();
            for (String e : events) {
                in.out().println("[" + r.name + "] " + e.stripTrailing().replace("\n", "\n[" + r.name + "] "));
                any = true;
            }
        }
        if (!any) in.out().println(all ? "nothing logged yet" : "nothing new (log --all shows everything again)");
    }
}
