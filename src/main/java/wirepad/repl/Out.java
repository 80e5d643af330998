package wirepad.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where commands print. Everything goes to the console and, without colours, to the taps
 * (a running {@code record}). Errors are single lines starting with {@code error: }.
 */
public final class Out {
    private final Console console;
    private final Session session;
    private final List<Consumer<String>> taps = new ArrayList<>();

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

    /** Receives all further output, colour removed, until {@link #untap}. */
    public void tap(Consumer<String> t) { taps.add(t); }

    public void untap(Consumer<String> t) { taps.remove(t); }

    private void tap(String text) {
        if (taps.isEmpty()) return;
        String plain = Style.strip(text);
        for (Consumer<String> t : List.copyOf(taps)) t.accept(plain);
    }
}
