package wirepad.transcript;

import wirepad.repl.Console;

/**
 * The console of a transcript run: no input of its own (commands that ask for a line get end of
 * input), a fixed width, no colour, and all output — errors included — captured in order.
 */
public final class ScriptConsole implements Console {
    private final StringBuilder captured = new StringBuilder();
    private final int width;

    public ScriptConsole(int width) { this.width = width; }

    @Override public String readLine(String prompt) { return null; }

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
