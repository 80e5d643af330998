package wirepad.repl;

import java.util.Arrays;
import java.util.List;

/**
 * What a running command gets: its argument text, the session, where to print, the console (for
 * commands that read more input), the cancel token for Ctrl-C, the command table, and the lines
 * after the command's own ({@link #readMore}).
 *
 * @param raw the text after the command name and one space, as typed ($variables not expanded)
 */
public record Invocation(Command command, String raw, Session session, Out out, Console console,
                         Cancel cancel, CommandTable commands, MoreInput more) {
    /** The argument text with {@code $variables} expanded. */
    public String text() throws CommandException { return session.expand(raw); }

    /** The expanded argument text split on whitespace (empty when there are no arguments). */
    public List<String> words() throws CommandException {
        String t = text().strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    /**
     * The next continuation line (a heredoc's, a pasted request's), with its terminator when the
     * console knew it; null at end of input. Ctrl-C while waiting throws {@link Cancel.Cancelled}.
     */
    public String readMore() { return more.next(cancel); }

    /** True when lines that arrived with this one (a paste) are still waiting to be read. */
    public boolean morePasted() { return more.hasQueued(); }

    /** The "usage: ..." error for this command. */
    public CommandException usage() { return CommandException.usage(command); }
}
