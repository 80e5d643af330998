package wirepad.repl;

import java.util.List;

/**
 * A feature's commands (and settings). To add commands: implement this, then list the set in
 * {@code wirepad.cli.Repl.commandSets()} — the one place where command sets are registered.
 */
public interface CommandSet {
    List<Command> commands();

    /** The heading of this set's commands in 'help' (e.g. "HTTP"); empty for none. */
    default String title() { return ""; }

    /** Settings this feature adds to {@code set}; names must not clash with other sets'. */
    default List<Setting> settings() { return List.of(); }

    /** Kinds of server this feature can start with {@code serve KIND} (see {@link ServerCommands}). */
    default List<ServerKind> serverKinds() { return List.of(); }
}
