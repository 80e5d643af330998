package wirepad.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Two columns of text side by side (raw bytes on the left, their reading on the right), or
 * stacked when the width is below {@link #SIDE_BY_SIDE_MIN}. Used by the HTTP and DNS views.
 */
public final class Columns {
    private Columns() {}

    /** Below this many columns the two sides are stacked. */
    public static final int SIDE_BY_SIDE_MIN = 80;
    private static final String GAP = " │ ";

    /** How one side's lines are fitted to its width. */
    @FunctionalInterface
    public interface Fit {
        List<String> apply(List<String> lines, int width);
    }

    /** Wrap at spaces, continuation lines indented: for text. */
    public static Fit words(String indent) { return (lines, w) -> wrap(lines, w, indent); }

    /** Cut anywhere, continuation lines start with "↪": for bytes, where every space counts. */
    public static Fit cut() { return Columns::cut; }

    /**
     * Side by side: the left column is as wide as its widest line, at most {@code leftShare}
     * twentieths of the width and at least 30 columns; the right takes the rest.
     */
    public static String compose(List<String> left, Fit leftFit, List<String> right, Fit rightFit, int width, int leftShare) {
        left = flat(left);
        right = flat(right);
        StringBuilder sb = new StringBuilder();
        if (width < SIDE_BY_SIDE_MIN) {
            for (String l : leftFit.apply(left, width)) sb.append(l).append('\n');
            sb.append('\n');
            for (String l : rightFit.apply(right, width)) sb.append(l).append('\n');
            return sb.toString();
        }
        int widest = 0;
        for (String l : left) widest = Math.max(widest, len(l));
        int most = (width - GAP.length()) * leftShare / 20;
        int lw = Math.max(Math.min(widest, most), Math.min(30, most)), rw = width - GAP.length() - lw;
        List<String> l2 = leftFit.apply(left, lw), r2 = rightFit.apply(right, rw);
        for (int i = 0; i < Math.max(l2.size(), r2.size()); i++) {
            String a = i < l2.size() ? l2.get(i) : "", b = i < r2.size() ? r2.get(i) : "";
            sb.append((pad(a, lw) + GAP + b).stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** Lines that contain line breaks become several lines. */
    private static List<String> flat(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            if (l.indexOf('\n') < 0) out.add(l);
            else out.addAll(List.of(l.split("\n", -1)));
        }
        return out;
    }

    /** Cuts lines to the width, continuing with "↪" (code points, not chars). */
    public static List<String> cut(List<String> lines, int w) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            int n = l.codePointCount(0, l.length());
            if (n <= w) { out.add(l); continue; }
            for (int i = 0, at = 0; i < n; ) { // i counts code points, at is the char index of the i-th
                int take = Math.min(i == 0 ? w : w - 1, n - i);
                int end = l.offsetByCodePoints(at, take);
                out.add((i == 0 ? "" : "↪") + l.substring(at, end));
                i += take;
                at = end;
            }
        }
        return out;
    }

    /** Wraps at spaces (or hard, for long words); continuation lines start with {@code indent}. */
    public static List<String> wrap(List<String> lines, int w, String indent) {
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
    public static List<String> alignTabs(List<String> lines) {
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

    public static int len(String s) { return s.codePointCount(0, s.length()); }

    public static String pad(String s, int w) { return len(s) >= w ? s : s + " ".repeat(w - len(s)); }
}
