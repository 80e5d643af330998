package wirepad.repl.http;

import wirepad.repl.Out;
import wirepad.repl.Style;

/**
 * Colour for the HTTP views when colour is on (NO_COLOR and 'set color' decide): line-end glyphs
 * dim (they are there to be seen, not to shout), status lines bold, 4xx/5xx and errors red, why
 * reading stopped green, notes yellow. The views themselves stay plain text.
 */
final class Colors {
    private Colors() {}

    static String apply(String text, Out out) {
        if (!out.color()) return text;
        StringBuilder sb = new StringBuilder(text.length() + 256);
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(line(line, out));
        }
        return sb.toString();
    }

    private static String line(String l, Out out) {
        String t = l.contains("│") ? l.substring(l.indexOf('│') + 1).strip() : l.strip();
        String painted = l;
        if (t.startsWith("error") || t.matches("(< )?HTTP/1\\.\\d [45]\\d\\d.*") || t.startsWith("status    HTTP/1.1 4")
                || t.startsWith("status    HTTP/1.1 5")) painted = out.paint(Style.RED, l);
        else if (t.startsWith("stopped:") || t.startsWith("* stopped:")) painted = out.paint(Style.GREEN, l);
        else if (t.startsWith("note") || t.startsWith("warning") || t.startsWith("# warning")) painted = out.paint(Style.YELLOW, l);
        else if (t.startsWith("status ") || t.startsWith("< HTTP/") || t.startsWith("request ")) painted = out.paint(Style.BOLD, l);
        return painted.replace("␍", out.paint(Style.DIM, "␍")).replace("␊", out.paint(Style.DIM, "␊"));
    }
}
