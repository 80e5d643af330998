package wirepad.repl;

import java.util.List;

/**
 * The read-eval-print loop: reads a line from the console, runs the command, prints one
 * {@code error: ...} line when it fails, and never dies on an exception. Commands run on the
 * loop's thread; Ctrl-C (via {@link Console#onInterrupt}) cancels the running command's token.
 */
public final class Repl {
    public static final String PROMPT = "wirepad> ";
    /** Printed when Ctrl-C arrives at an idle prompt (plain consoles; JLine clears the line itself). */
    static final String IDLE_CTRL_C = "(Ctrl-C cancels a running command; Ctrl-D or 'quit' ends the session)";

    private final CommandTable table;
    private final Session session;
    private final Console console;
    private final Out out;
    private final MoreInput more;
    private volatile Cancel running;
    private int failures;

    public Repl(CommandTable table, Session session, Console console) {
        this.table = table;
        this.session = session;
        this.console = console;
        this.out = new Out(console, session);
        this.more = new MoreInput(console, out);
        console.onInterrupt(this::interrupt);
    }

    /**
     * Ctrl-C: cancels the running command, or at an idle prompt says how to quit and shows the
     * prompt again (the terminal has already thrown away the half-typed line). Runs on the
     * signal's thread, never on the loop's.
     */
    void interrupt() {
        Cancel c = running;
        console.print("\n");
        if (c != null) c.cancel();
        else console.print(IDLE_CTRL_C + "\n" + PROMPT);
    }

    public Session session() { return session; }

    public Out out() { return out; }

    public Console console() { return console; }

    public CommandTable table() { return table; }

    /** Commands that failed so far. */
    public int failures() { return failures; }

    /** Reads and runs lines until end of input or {@code quit}; returns the number of failed commands. */
    public int run() {
        if (console.interactive()) {
            out.println(out.paint(Style.BOLD, "wirepad") + " — type 'help' for commands, Ctrl-D to quit");
        }
        while (!session.quitRequested()) {
            String line = more.nextQueuedCommand();
            if (line == null) {
                try {
                    line = console.readLine(PROMPT);
                } catch (RuntimeException e) {
                    out.error("reading input: " + oneLine(e));
                    break;
                }
                if (line == null) break;
            }
            execute(line);
        }
        finish();
        return failures;
    }

    /** Ends the session for the taps (a running {@code record} writes its last step). */
    public void finish() { out.closeTaps(); }

    /**
     * Runs one input line; returns false when it failed (the error is already printed). Text of
     * several lines (a paste) runs its first line; the others wait in {@link MoreInput}, for the
     * command if it reads more, else for the prompt.
     */
    public boolean execute(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            List<String> lines = MoreInput.split(line);
            if (lines.isEmpty()) return true;
            more.queue(lines.subList(1, lines.size()));
            line = MoreInput.strip(lines.get(0));
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty()) return true;
        out.input(line);
        if (trimmed.startsWith("#")) return true;
        String lead = line.stripLeading();
        int sp = firstSpace(lead);
        String name = sp < 0 ? lead : lead.substring(0, sp);
        String raw = sp < 0 ? "" : lead.substring(sp + 1);
        Command c = table.find(name);
        if (c == null && RequestLines.looksLikeOne(trimmed) && table.find(RequestLines.PASTE) != null) {
            more.pushSeen(line);       // a request line typed or pasted at the prompt: the paste command reads it first
            c = table.find(RequestLines.PASTE);
            raw = "";
        }
        if (c == null) {
            var close = table.startingWith(name.isEmpty() ? "-" : name.substring(0, 1));
            out.error("unknown command '" + name + "'" + (close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)")
                    + "; type 'help' for the list");
            failures++;
            return false;
        }
        Cancel cancel = new Cancel(Thread.currentThread());
        running = cancel;
        var varsBefore = java.util.Map.copyOf(session.vars());
        try {
            c.handler().run(new Invocation(c, raw, session, out, console, cancel, table, more));
            String made = line.strip();
            session.vars().forEach((n, v) -> {
                if (!v.equals(varsBefore.get(n))) session.origin(n, made);
            });
            return true;
        } catch (CommandException e) {
            out.error(e.getMessage(), e.details());
        } catch (Cancel.Cancelled | InterruptedException e) {
            out.error("cancelled");
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            out.error(name + ": " + (cancel.isCancelled() ? "cancelled" : oneLine(e)));
        } finally {
            running = null;
            Thread.interrupted();
        }
        failures++;
        return false;
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    /** An exception as one line: its message, or its kind when it has none. */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (m == null || m.isBlank()) return kind;
        m = m.lines().findFirst().orElse("");
        return e instanceof RuntimeException || e instanceof Error ? kind + ": " + m : m;
    }
}
