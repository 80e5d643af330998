package wirepad.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of one step: expected (-) against actual (+), three lines of context, hunk
 * headers in transcript line numbers (the + side as the file would read after {@code --update}).
 * <pre>
 * --- transcripts/bytes.t:12 (expected)
 * +++ actual
 * @@ -13,2 +13,2 @@ wirepad&gt; bytes GET\q
 *  error: column 4: unknown escape "\q" ...
 * -  GET\q
 * +  GET\q x
 * </pre>
 */
public final class Diff {
    static final int CONTEXT = 3;

    private Diff() {}

    public static List<String> of(String name, StepResult r) {
        List<Alignment.Op> ops = r.alignment().ops();
        int first = r.step().firstBlockLine();
        List<String> out = new ArrayList<>();
        out.add("--- " + name + ":" + r.step().line() + " (expected)");
        out.add("+++ actual");
        boolean[] show = new boolean[ops.size()];
        for (int k = 0; k < ops.size(); k++) {
            Alignment.Kind kind = ops.get(k).kind();
            if (kind == Alignment.Kind.MISSING || kind == Alignment.Kind.EXTRA) {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(ops.size() - 1, k + CONTEXT); c++) show[c] = true;
            }
        }
        int eLine = 0, aLine = 0;   // lines consumed so far on each side, in file lines
        int k = 0;
        while (k < ops.size()) {
            if (!show[k]) {
                eLine += expectedLines(ops.get(k));
                aLine += actualLines(ops.get(k));
                k++;
                continue;
            }
            int end = k;
            while (end < ops.size() && show[end]) end++;
            List<String> body = new ArrayList<>();
            int eStart = eLine, aStart = aLine;
            for (int x = k; x < end; x++) {
                Alignment.Op op = ops.get(x);
                switch (op.kind()) {
                    case SAME -> body.add(" " + r.step().expected().get(op.expected()).text());
                    case ANY -> body.add(" " + Expect.ANY_LINES);
                    case MISSING -> body.add("-" + r.step().expected().get(op.expected()).text());
                    case EXTRA -> body.add("+" + r.actual().get(op.actual()));
                }
                eLine += expectedLines(op);
                aLine += actualLines(op);
            }
            out.add("@@ -" + (first + eStart) + "," + (eLine - eStart) + " +" + (first + aStart) + "," + (aLine - aStart)
                    + " @@ " + Transcript.PROMPT + r.step().input());
            out.addAll(body);
            k = end;
        }
        return out;
    }

    private static int expectedLines(Alignment.Op op) { return op.kind() == Alignment.Kind.EXTRA ? 0 : 1; }

    /** File lines on the updated side: a kept "..." stays one line. */
    private static int actualLines(Alignment.Op op) { return op.kind() == Alignment.Kind.MISSING ? 0 : 1; }
}
