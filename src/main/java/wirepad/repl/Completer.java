package wirepad.repl;

import java.util.List;

/**
 * Candidates for the argument being typed. {@code before} holds the words already typed after the
 * command name; the REPL matches the candidates against the word under the cursor itself, and
 * completes {@code $variables} for every command.
 */
@FunctionalInterface
public interface Completer {
    Completer NONE = (session, before) -> List.of();

    /** Marks arguments that are command names (as for {@code help}); {@link Completion} fills them in. */
    Completer COMMAND_NAMES = (session, before) -> List.of();

    /** Marks the first argument as a server kind ({@code serve}); {@link Completion} fills them in. */
    Completer SERVER_KINDS = (session, before) -> List.of();

    /** A candidate standing for the file names that start with the word (relative to the session's folder). */
    String FILES = "\u0000files";

    /** The same, for a word that starts with '@' ({@code body @FILE}): the '@' stays. */
    String AT_FILES = "\u0000@files";

    List<String> candidates(Session session, List<String> before);

    /** The same words for every argument. */
    static Completer words(List<String> words) { return (session, before) -> words; }

    /** {@code first} for the first argument, {@code rest} after it. */
    static Completer firstThen(List<String> first, List<String> rest) {
        return (session, before) -> before.isEmpty() ? first : rest;
    }
}
