package wirepad.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Update mode: rewrites each failing step's expected block from the actual output, keeping every
 * expected line that still matches ({@code [..]}, {@code (re)} and {@code ...} lines included),
 * and every comment, blank separator and passing block as it is.
 */
public final class Updater {
    private Updater() {}

    /**
     * The new expected block of one step. A wrong line next to a {@code ...} is replaced by the
     * actual line at its place (the alignment alone would let the {@code ...} swallow it).
     */
    public static List<String> block(StepResult r) {
        List<Alignment.Op> ops = r.alignment().ops();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            Alignment.Op op = ops.get(k);
            switch (op.kind()) {
                case SAME -> out.add(r.step().expected().get(op.expected()).text());
                case EXTRA -> out.add(Lines.escape(r.actual().get(op.actual())));
                case MISSING -> { }
                case ANY -> {
                    int head = Math.min(missingRun(ops, k, -1), op.count());
                    int tail = Math.min(missingRun(ops, k, +1), op.count() - head);
                    for (int a = 0; a < head; a++) out.add(Lines.escape(r.actual().get(op.actual() + a)));
                    out.add(Expect.ANY_LINES);
                    for (int a = op.count() - tail; a < op.count(); a++) out.add(Lines.escape(r.actual().get(op.actual() + a)));
                }
            }
        }
        return out;
    }

    /** How many MISSING ops lie right before (dir -1) or after (dir +1) op {@code k}. */
    private static int missingRun(List<Alignment.Op> ops, int k, int dir) {
        int n = 0;
        for (int x = k + dir; x >= 0 && x < ops.size() && ops.get(x).kind() == Alignment.Kind.MISSING; x += dir) n++;
        return n;
    }

    /** The transcript's new lines; equal to the old ones when every step passed. */
    public static List<String> update(Transcript t, List<StepResult> results) {
        List<String> lines = t.lines();
        List<String> out = new ArrayList<>();
        int next = 0;   // 0-based index of the next original line to copy
        for (StepResult r : results) {
            int blockStart = r.step().firstBlockLine() - 1;   // 0-based index of the first block line
            int blockEnd = r.step().blockEnd() - 1;  // 0-based, exclusive
            if (r.ok()) continue;
            out.addAll(lines.subList(next, blockStart));
            out.addAll(block(r));
            next = blockEnd;
        }
        out.addAll(lines.subList(next, lines.size()));
        return out;
    }
}
