package wirepad.repl;

import java.util.List;

/**
 * A command failed in a way the user can fix. The REPL prints {@code error: MESSAGE} on one line,
 * then the optional detail lines (e.g. the input with a caret under the bad column).
 */
public final class CommandException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> details;

    public CommandException(String message) { this(message, List.of()); }

    public CommandException(String message, List<String> details) {
        super(message, null, false, false);
        this.details = List.copyOf(details);
    }

    public List<String> details() { return details; }

    /** The "usage: ..." error for a command called with the wrong arguments. */
    public static CommandException usage(Command c) {
        return new CommandException("usage: " + c.help().usage() + "  (see 'help " + c.name() + "')");
    }

    /** Points at a 1-based column of {@code text}: the text indented by two, a caret below. */
    public static CommandException at(String message, String text, int column) {
        return new CommandException(message, List.of("  " + text, "  " + " ".repeat(Math.max(0, column - 1)) + "^"));
    }
}
