package wirepad.repl;

/** Listens to a session as it happens (e.g. {@code record}): each input line, then its output. */
public interface Tap {
    /** A line the user entered, before its command runs. */
    void input(String line);

    /** A continuation line the running command read (a heredoc or pasted line), terminator removed. */
    default void more(String line) {}

    /** Output text, colour removed (may hold several lines or part of one). */
    void output(String text);

    /** The session is over (or the tap was removed). */
    default void close() {}
}
