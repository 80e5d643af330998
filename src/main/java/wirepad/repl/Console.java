package wirepad.repl;

/**
 * The REPL's only view of the outside world (jshell's IOContext, in small). Three implementations:
 * {@link PlainConsole} (lines over streams: pipes, scripts, no JLine jar), the JLine terminal in
 * {@code src/jline}, and the transcript runner's scripted console. Everything else is built on these.
 */
public interface Console extends AutoCloseable {
    /** Shows {@code prompt} (if this console shows prompts) and reads one line; null at end of input. */
    String readLine(String prompt);

    /**
     * Reads one more line for a running command (a heredoc, a pasted request) after showing
     * {@code prompt}; null at end of input. Unlike {@link #readLine} it may keep the line's own
     * terminator ({@code \r\n}, {@code \n}) when the console knows it, and may return several
     * lines at once (a paste). Ctrl-C while it waits throws {@link Cancel.Cancelled}.
     */
    default String readMore(String prompt) { return readLine(prompt); }

    /** Writes text as is (it carries its own line breaks). */
    void print(String text);

    /** Writes one error line; consoles over two streams send it to the error stream. */
    default void printError(String line) { print(line + "\n"); }

    /** Columns available for output. */
    int width();

    /** Whether ANSI colours should be used when the session's color setting is "auto". */
    boolean color();

    /** True for a person at a terminal (banner, Ctrl-C handling); false for pipes and transcripts. */
    default boolean interactive() { return false; }

    /** Called with a task to run when the user presses Ctrl-C while a command runs. */
    default void onInterrupt(Runnable cancelRunningCommand) {}

    @Override default void close() {}
}
