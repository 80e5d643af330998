package wirepad.repl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lines a command reads after its own (a heredoc, a pasted request), and lines that arrived
 * before they were asked for: a paste of several lines at the prompt gives its first line to the
 * REPL and keeps the rest here, in order, for the command that reads more or for the prompt.
 * Each line keeps its terminator ({@code \r\n}, {@code \n}, {@code \r}) when the console knew it;
 * a line typed at the prompt has none. Every line a command reads is shown to the taps, so a
 * recording replays it.
 */
public final class MoreInput {
    /** The prompt of a continuation line; transcripts write such lines with it, right after the command. */
    public static final String PROMPT = "more> ";

    private record Queued(String line, boolean seen) {}

    private final Console console;
    private final Out out;
    private final Deque<Queued> queued = new ArrayDeque<>();

    public MoreInput(Console console, Out out) {
        this.console = console;
        this.out = out;
    }

    /** Lines that were read ahead (a paste); they come before anything the console gives. */
    public void queue(List<String> lines) {
        for (String l : lines) queued.add(new Queued(l, false));
    }

    /** Puts a line already shown to the taps first (the request line typed at the prompt). */
    void pushSeen(String line) { queued.addFirst(new Queued(line, true)); }

    public boolean hasQueued() { return !queued.isEmpty(); }

    /** The next read-ahead line for the prompt (terminator removed), or null when there is none. */
    String nextQueuedCommand() {
        Queued q = queued.poll();
        return q == null ? null : strip(q.line());
    }

    /**
     * The next line for a running command, terminator kept when known; null at end of input.
     * Throws {@link Cancel.Cancelled} on Ctrl-C.
     */
    public String next(Cancel cancel) {
        Queued q = queued.poll();
        if (q == null) {
            String r = console.readMore(PROMPT);
            cancel.check();
            if (r == null) return null;
            List<String> lines = split(r);
            if (lines.isEmpty()) lines = List.of("");
            for (int i = lines.size() - 1; i >= 1; i--) queued.addFirst(new Queued(lines.get(i), false));
            q = new Queued(lines.get(0), false);
        }
        if (!q.seen()) out.inputMore(strip(q.line()));
        return q.line();
    }

    /** Splits text into lines, each keeping its terminator (CRLF, LF or a lone CR); the last may have none. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                out.add(text.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    /** The line without its terminator. */
    public static String strip(String line) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\n') end--;
        if (end > 0 && line.charAt(end - 1) == '\r') end--;
        return line.substring(0, end);
    }

    /** The line's terminator, or "" when it has none. */
    public static String terminator(String line) { return line.substring(strip(line).length()); }
}
