package wirepad.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Lines over streams: used when stdin is not a terminal (scripts, pipes) or the JLine jar is absent.
 * With {@code prompts} off nothing but command output is written: {@code bin/wirepad < script}
 * prints exactly what the commands print, errors go to the error stream.
 * <p>
 * At a terminal without line editing (TERM=dumb) the JLine adapter still catches Ctrl-C for it, and
 * lines are then read on a thread of their own ({@link LineFeed}) so Ctrl-C ends a heredoc at once
 * ({@link #catchingCtrlC}); without the JLine jar nothing can: Java 17 has no supported signal API
 * ({@code sun.misc.Signal} draws a javac warning that cannot be suppressed under -Werror).
 */
public final class PlainConsole implements Console {
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean prompts;
    private final int width;
    private final boolean color;
    private final Consumer<Runnable> ctrlC;
    /** The lines read ahead on their own thread, when Ctrl-C is caught (so that it acts at once), else null. */
    private final LineFeed feed;

    public PlainConsole(InputStream in, PrintStream out, PrintStream err, boolean prompts, int width, boolean color) {
        this(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out, err, prompts, width, color, null);
    }

    private PlainConsole(BufferedReader in, PrintStream out, PrintStream err, boolean prompts, int width, boolean color,
                         Consumer<Runnable> ctrlC) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.prompts = prompts;
        this.width = width;
        this.color = color;
        this.ctrlC = ctrlC;
        this.feed = ctrlC == null ? null : new LineFeed(in);
    }

    /**
     * This console with Ctrl-C caught: {@code install} is given the REPL's interrupt task and
     * arranges for it to run on every SIGINT (instead of the JVM's default: exit 130).
     */
    public PlainConsole catchingCtrlC(Consumer<Runnable> install) {
        return new PlainConsole(in, out, err, prompts, width, color, install);
    }

    /** Whether Ctrl-C reaches the REPL (otherwise it ends the process). */
    public boolean catchesCtrlC() { return ctrlC != null; }

    /** A console for scripts: no prompts, 100 columns, no colour. */
    public static PlainConsole script(InputStream in, PrintStream out, PrintStream err) {
        return new PlainConsole(in, out, err, false, 100, false);
    }

    @Override public String readLine(String prompt) {
        String l = read(prompt, false);
        if (l == null) return null;
        if (l.endsWith("\n")) l = l.substring(0, l.length() - 1);
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    /**
     * One line with its terminator ({@code \r\n} or {@code \n}; none on the last line of the input).
     * When Ctrl-C is caught, it abandons the wait at once (Cancel.Cancelled), without waiting for Enter.
     */
    @Override public String readMore(String prompt) { return read(prompt, true); }

    private String read(String prompt, boolean forCommand) {
        if (prompts) { out.print(prompt); out.flush(); }
        if (feed != null) {
            while (true) {
                try {
                    return feed.next();
                } catch (InterruptedException e) {
                    if (forCommand) throw new Cancel.Cancelled();
                    // at the prompt Ctrl-C has nothing to cancel: keep waiting for the line
                }
            }
        }
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') break;
            }
            return c < 0 && sb.length() == 0 ? null : sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void print(String text) { out.print(text); out.flush(); }

    @Override public void printError(String line) { err.println(line); err.flush(); }

    @Override public int width() { return width; }

    @Override public boolean color() { return color; }

    @Override public boolean interactive() { return prompts; }

    @Override public void onInterrupt(Runnable task) {
        if (ctrlC != null) ctrlC.accept(task);
    }
}
