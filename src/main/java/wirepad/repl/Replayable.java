package wirepad.repl;

import java.util.List;

/**
 * Feature state that {@code record} can write as commands, so that a transcript recorded in the
 * middle of a session makes it again before its first step (the HTTP draft: 'new', 'h', 'body').
 */
public interface Replayable {
    /**
     * Commands that make this state again in a fresh session (after the variables are made), or
     * none; a CommandException says why the state cannot be written as commands.
     */
    List<String> replay(Session session) throws CommandException;
}
