package wirepad.repl;

import java.util.Arrays;
import java.util.List;

/**
 * What a running command gets: its argument text, the session, where to print, the console (for
 * commands that read more input), the cancel token for Ctrl-C, and the command table.
 *
 * @param raw the text after the command name and one space, as typed ($variables not expanded)
 */
public record Invocation(Command command, String raw, Session session, Out out, Console console,
                         Cancel cancel, CommandTable commands) {
    /** The argument text with {@code $variables} expanded. */
    public String text() throws CommandException { return session.expand(raw); }

    /** The expanded argument text split on whitespace (empty when there are no arguments). */
    public List<String> words() throws CommandException {
        String t = text().strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    /** The "usage: ..." error for this command. */
    public CommandException usage() { return CommandException.usage(command); }
}
