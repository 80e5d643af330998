package wirepad.repl;

import java.util.List;

/**
 * Feature state that {@code record} can write as commands, so that a transcript recorded in the
 * middle of a session makes it again before its first step (the HTTP drafts: 'new', 'h', 'body',
 * 'save'; the DNS query: 'query', 'qedit'), and what it cannot make (exchanges already made).
 */
public interface Replayable {
    /**
     * Commands that make this state again in a fresh session (after the variables are made), or
     * none; a CommandException says why the state cannot be written as commands.
     */
    List<String> replay(Session session) throws CommandException;

    /** What a recording started now will not have (one phrase each, saying why), for 'record' to say at the start. */
    default List<String> notReplayed() { return List.of(); }
}
