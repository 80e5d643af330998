package wirepad.repl.dns;

import java.util.ArrayList;
import java.util.List;

/** Two columns of text side by side, word-wrapped to a width, or stacked when the width is small. */
final class Columns {
    private Columns() {}

    private static final String GAP = " │ ";

    static String compose(List<String> left, List<String> right, int width, String leftIndent) {
        StringBuilder sb = new StringBuilder();
        if (width < ReplyView.SIDE_BY_SIDE_MIN) {
            for (String l : wrap(left, width, leftIndent)) sb.append(l).append('\n');
            sb.append('\n');
            for (String l : wrap(right, width, "  ")) sb.append(l).append('\n');
            return sb.toString();
        }
        int widest = 0;
        for (String l : left) widest = Math.max(widest, len(l));
        int lw = Math.min(widest, (width - GAP.length()) * 11 / 20), rw = width - GAP.length() - lw;
        List<String> l2 = wrap(left, lw, leftIndent), r2 = wrap(right, rw, "  ");
        for (int i = 0; i < Math.max(l2.size(), r2.size()); i++) {
            String a = i < l2.size() ? l2.get(i) : "", b = i < r2.size() ? r2.get(i) : "";
            sb.append((pad(a, lw) + GAP + b).stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** Wraps at spaces (or hard, for long words); continuation lines start with {@code indent}. */
    static List<String> wrap(List<String> lines, int w, String indent) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String rest = line;
            boolean first = true;
            while (len(rest) > (first ? w : w - indent.length())) {
                int room = first ? w : w - indent.length();
                int cut = rest.lastIndexOf(' ', rest.offsetByCodePoints(0, room));
                if (cut <= room / 3) cut = rest.offsetByCodePoints(0, room);
                out.add((first ? "" : indent) + rest.substring(0, cut).stripTrailing());
                rest = rest.substring(cut).stripLeading();
                first = false;
            }
            out.add((first ? "" : indent) + rest);
        }
        return out;
    }

    /** Lines with tabs (dig's record lines) aligned as a table per run of such lines; one space between columns. */
    static List<String> alignTabs(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).indexOf('\t') < 0) { out.add(lines.get(i++)); continue; }
            int j = i;
            while (j < lines.size() && lines.get(j).indexOf('\t') >= 0) j++;
            List<String[]> cells = new ArrayList<>();
            int[] w = new int[16];
            for (String l : lines.subList(i, j)) {
                String[] c = l.split("\t", 16);
                cells.add(c);
                for (int k = 0; k < c.length - 1; k++) w[k] = Math.max(w[k], len(c[k]));
            }
            for (String[] c : cells) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < c.length; k++) sb.append(k < c.length - 1 ? pad(c[k], w[k]) + " " : c[k]);
                out.add(sb.toString());
            }
            i = j;
        }
        return out;
    }

    static int len(String s) { return s.codePointCount(0, s.length()); }

    static String pad(String s, int w) { return len(s) >= w ? s : s + " ".repeat(w - len(s)); }
}
