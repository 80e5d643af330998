package wirepad.repl;

import java.util.List;

/**
 * One REPL command: its name (and aliases), help, handler and Tab-completion.
 * <pre>
 * Command.of("echo", help.get("echo"), in -> in.out().println(in.text()))
 * </pre>
 */
public record Command(String name, List<String> aliases, Help help, Handler handler, Completer completer) {
    /** Runs the command. Print through {@code in.out()}; fail with {@link CommandException}. */
    @FunctionalInterface
    public interface Handler {
        void run(Invocation in) throws Exception;
    }

    public Command {
        if (!name.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("bad command name: " + name);
        aliases = List.copyOf(aliases);
    }

    public static Command of(String name, Help help, Handler handler) {
        return new Command(name, List.of(), help, handler, Completer.NONE);
    }

    public Command withAliases(String... names) { return new Command(name, List.of(names), help, handler, completer); }

    public Command withCompleter(Completer c) { return new Command(name, aliases, help, handler, c); }
}
