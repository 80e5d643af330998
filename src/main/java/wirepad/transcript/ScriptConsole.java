package wirepad.transcript;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import wirepad.repl.Console;

/**
 * The console of a transcript run: a fixed width, no colour, all output — errors included —
 * captured in order. Its input is a fixed list of lines (none for a transcript run: the runner
 * executes the steps itself, and a command that asks for a line gets end of input).
 */
public final class ScriptConsole implements Console {
    private final StringBuilder captured = new StringBuilder();
    private final int width;
    private final Deque<String> input;

    public ScriptConsole(int width) { this(width, List.of()); }

    public ScriptConsole(int width, List<String> input) {
        this.width = width;
        this.input = new ArrayDeque<>(input);
    }

    @Override public String readLine(String prompt) { return input.poll(); }

    /** Replaces the input lines still unread (a transcript step's continuation lines). */
    public void feed(List<String> lines) {
        input.clear();
        input.addAll(lines);
    }

    @Override public void print(String text) { captured.append(text); }

    @Override public int width() { return width; }

    @Override public boolean color() { return false; }

    /** Output since the last call, and starts a new capture. */
    public String take() {
        String s = captured.toString();
        captured.setLength(0);
        return s;
    }
}
