package wirepad.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * Where commands print. Everything goes to the console and, without colours, to the taps
 * (a running {@code record}), which also see each input line. Errors are single lines starting with {@code error: }.
 */
public final class Out {
    private final Console console;
    private final Session session;
    private final List<Tap> taps = new ArrayList<>();

    public Out(Console console, Session session) {
        this.console = console;
        this.session = session;
    }

    public void print(String text) {
        console.print(text);
        tap(text);
    }

    public void println(String line) { print(line + "\n"); }

    public void println() { print("\n"); }

    /** Prints {@code error: MESSAGE} and then the detail lines, all to the console's error side. */
    public void error(String message, List<String> details) {
        String line = "error: " + message;
        console.printError(paint(Style.RED, line));
        tap(line + "\n");
        for (String d : details) {
            console.printError(d);
            tap(d + "\n");
        }
    }

    public void error(String message) { error(message, List.of()); }

    /** {@code text} in {@code style} when colours are on, else as is. */
    public String paint(Style style, String text) { return color() ? style.wrap(text) : text; }

    public boolean color() {
        return switch (session.settings().get("color")) {
            case "on" -> true;
            case "off" -> false;
            default -> console.color();
        };
    }

    public int width() {
        String w = session.settings().get("width");
        return w.equals("auto") ? console.width() : Integer.parseInt(w);
    }

    /** {@code t} sees all further input and output until {@link #untap} or {@link #closeTaps}. */
    public void tap(Tap t) { taps.add(t); }

    public void untap(Tap t) {
        if (taps.remove(t)) t.close();
    }

    public List<Tap> taps() { return List.copyOf(taps); }

    /** Tells the taps about an input line (the REPL calls this before running it). */
    public void input(String line) {
        for (Tap t : List.copyOf(taps)) t.input(line);
    }

    /** Tells the taps about a continuation line a running command read ({@link MoreInput}). */
    public void inputMore(String line) {
        for (Tap t : List.copyOf(taps)) t.more(line);
    }

    /** The session is over: closes every tap. */
    public void closeTaps() {
        for (Tap t : List.copyOf(taps)) untap(t);
    }

    private void tap(String text) {
        if (taps.isEmpty()) return;
        String plain = Style.strip(text);
        for (Tap t : List.copyOf(taps)) t.output(plain);
    }
}
