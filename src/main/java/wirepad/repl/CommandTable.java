package wirepad.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All commands by name and alias, in registration order, plus the settings the sets define. */
public final class CommandTable {
    private final List<Command> commands = new ArrayList<>();
    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final List<Setting> settings = new ArrayList<>(Settings.CORE);
    private final Map<String, ServerKind> serverKinds = new LinkedHashMap<>();
    private final List<Group> groups = new ArrayList<>();

    /** The commands of one set, under its title, as 'help' lists them. */
    public record Group(String title, List<Command> commands) {}

    public CommandTable(List<CommandSet> sets) {
        for (CommandSet set : sets) {
            List<Command> mine = set.commands();
            groups.add(new Group(set.title(), List.copyOf(mine)));
            for (Command c : mine) {
                commands.add(c);
                put(c.name(), c);
                for (String a : c.aliases()) put(a, c);
            }
            settings.addAll(set.settings());
            for (ServerKind k : set.serverKinds())
                if (serverKinds.putIfAbsent(k.name(), k) != null) throw new IllegalArgumentException("server kind registered twice: " + k.name());
        }
    }

    private void put(String name, Command c) {
        if (byName.putIfAbsent(name, c) != null) throw new IllegalArgumentException("command registered twice: " + name);
    }

    /** The command called {@code name} (or with that alias), or null. */
    public Command find(String name) { return byName.get(name); }

    public List<Command> all() { return List.copyOf(commands); }

    /** Commands grouped by the set that registered them, in registration order. */
    public List<Group> groups() { return List.copyOf(groups); }

    /** Names and aliases, for completion. */
    public List<String> names() { return List.copyOf(byName.keySet()); }

    public List<Setting> settings() { return List.copyOf(settings); }

    /** What {@code serve KIND} can start, in registration order. */
    public List<ServerKind> serverKinds() { return List.copyOf(serverKinds.values()); }

    /** A fresh session with every set's settings, resolving files against {@code dir}. */
    public Session newSession(java.nio.file.Path dir) { return new Session(settings, dir); }

    /** Names starting with {@code prefix}, for "did you mean". */
    public List<String> startingWith(String prefix) {
        return byName.keySet().stream().filter(n -> n.startsWith(prefix)).toList();
    }
}
