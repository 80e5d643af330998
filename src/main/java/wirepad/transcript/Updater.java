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

    /** The new expected block of one step. */
    public static List<String> block(StepResult r) {
        List<String> out = new ArrayList<>();
        for (Alignment.Op op : r.alignment().ops()) {
            switch (op.kind()) {
                case SAME, ANY -> out.add(r.step().expected().get(op.expected()).text());
                case EXTRA -> out.add(Lines.escape(r.actual().get(op.actual())));
                case MISSING -> { }
            }
        }
        return out;
    }

    /** The transcript's new lines; equal to the old ones when every step passed. */
    public static List<String> update(Transcript t, List<StepResult> results) {
        List<String> lines = t.lines();
        List<String> out = new ArrayList<>();
        int next = 0;   // 0-based index of the next original line to copy
        for (StepResult r : results) {
            int blockStart = r.step().line();        // 0-based index of the first block line
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
