package wirepad.view;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Pointer;
import wirepad.bytes.Visible;
import wirepad.http.HttpMessage;
import wirepad.net.ExchangeLog;

/**
 * The response view: on the left the raw bytes (CR/LF visible), on the right the parsed status
 * line, headers, framing, diagnostics and timing. Below 80 columns the two are stacked.
 */
public final class SideBySide {
    private SideBySide() {}

    public static String render(ExchangeLog x, int width) {
        byte[] raw = x.received();
        List<String> left = new ArrayList<>();
        left.add("── raw response (" + raw.length + " bytes) ──");
        left.addAll(Visible.lines(raw, 0, Math.min(raw.length, 64 * 1024), Visible.Style.GLYPHS));
        if (raw.length > 64 * 1024) left.add("… " + (raw.length - 64 * 1024) + " more bytes");
        List<String> right = parsed(x);
        StringBuilder sb = new StringBuilder();
        if (width < 80) {
            for (String l : left) sb.append(l).append('\n');
            sb.append('\n');
            for (String l : right) sb.append(l).append('\n');
            return sb.toString();
        }
        int widest = 0;
        for (String l : left) widest = Math.max(widest, l.codePointCount(0, l.length()));
        int lw = Math.max(Math.min(widest, (width - 3) / 2), Math.min(30, (width - 3) / 2)), rw = width - 3 - lw;
        List<String> l2 = wrap(left, lw), r2 = wordWrap(right, rw);
        for (int i = 0; i < Math.max(l2.size(), r2.size()); i++) {
            String a = i < l2.size() ? l2.get(i) : "", b = i < r2.size() ? r2.get(i) : "";
            sb.append((pad(a, lw) + " │ " + b).stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** The right-hand column: every response parsed, why reading stopped, timing, errors with a caret. */
    public static List<String> parsed(ExchangeLog x) {
        List<String> out = new ArrayList<>();
        out.add("── parsed ──");
        int n = 0;
        for (HttpMessage m : x.result().responses()) {
            if (x.result().responses().size() > 1) out.add("response " + (++n) + (m.status() < 200 ? " (interim)" : ""));
            out.addAll(MessageText.lines(m, false));
            out.add("body      " + m.body().length + (m.body().length == 1 ? " byte" : " bytes"));
        }
        if (x.result().error() != null) {
            out.add("error     " + x.result().error().describe());
            byte[] raw = x.received();
            for (String l : Pointer.at(raw, raw.length, x.result().error().offset()).split("\n")) out.add("  " + l);
        }
        out.add(x.result().stopped());
        List<String> t = Timing.lines(x);
        out.add("timing    " + t.get(0));
        out.add("          " + t.get(1));
        if (x.ledger().tls() != null) out.add("tls       " + x.ledger().tls().describe().replace("\n", "\n          "));
        return out;
    }

    /** Cuts lines to the column width, continuing with "↪" (code points, not chars). */
    static List<String> wrap(List<String> lines, int w) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            for (String part : l.split("\n", -1)) {
                int[] cps = part.codePoints().toArray();
                if (cps.length <= w) { out.add(part); continue; }
                for (int i = 0; i < cps.length; ) {
                    int take = Math.min(i == 0 ? w : w - 1, cps.length - i);
                    out.add((i == 0 ? "" : "↪") + new String(cps, i, take));
                    i += take;
                }
            }
        }
        return out;
    }

    /** Wraps at spaces, continuing under the value column (10 spaces), for the parsed side. */
    static List<String> wordWrap(List<String> lines, int w) {
        List<String> out = new ArrayList<>();
        String indent = "          ";
        for (String l : lines) {
            for (String part : l.split("\n", -1)) {
                String rest = part;
                boolean first = true;
                while (rest.codePointCount(0, rest.length()) > (first ? w : w - indent.length())) {
                    int room = first ? w : w - indent.length();
                    int cut = rest.lastIndexOf(' ', room);
                    if (cut <= room / 3) cut = rest.offsetByCodePoints(0, room);
                    out.add((first ? "" : indent) + rest.substring(0, cut).stripTrailing());
                    rest = rest.substring(cut).stripLeading();
                    first = false;
                }
                out.add((first ? "" : indent) + rest);
            }
        }
        return out;
    }

    static String pad(String s, int w) {
        int n = s.codePointCount(0, s.length());
        return n >= w ? s : s + " ".repeat(w - n);
    }
}
