package wirepad.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of expected output aligned with the actual lines, with the fewest unmatched lines
 * (an edit distance where a {@code ...} line absorbs any run of actual lines for free).
 * The output matches iff no line is left unmatched. The same alignment drives the diff and the
 * update mode, which keeps every expected line that still matches.
 */
public record Alignment(List<Op> ops) {
    public enum Kind {
        /** expected line matched actual line */ SAME,
        /** expected line with no actual line */ MISSING,
        /** actual line no expected line matched */ EXTRA,
        /** a "..." line; actual = the first absorbed line, count = how many */ ANY
    }

    /** {@code expected}/{@code actual} are indexes, -1 when the op has none. */
    public record Op(Kind kind, int expected, int actual, int count) {}

    public boolean matches() {
        return ops.stream().noneMatch(o -> o.kind() == Kind.MISSING || o.kind() == Kind.EXTRA);
    }

    public static Alignment of(List<Expect> expected, List<String> actual) {
        int m = expected.size(), n = actual.size();
        int[][] cost = new int[m + 1][n + 1];
        for (int i = m; i >= 0; i--) {
            for (int j = n; j >= 0; j--) {
                if (i == m) { cost[i][j] = n - j; continue; }
                Expect e = expected.get(i);
                if (e instanceof Expect.AnyLines) {
                    cost[i][j] = j < n ? Math.min(cost[i + 1][j], cost[i][j + 1]) : cost[i + 1][j];
                    continue;
                }
                int best = cost[i + 1][j] + 1;
                if (j < n) {
                    best = Math.min(best, cost[i][j + 1] + 1);
                    if (e.matches(actual.get(j))) best = Math.min(best, cost[i + 1][j + 1]);
                }
                cost[i][j] = best;
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = 0, j = 0;
        while (i < m || j < n) {
            if (i == m) { ops.add(new Op(Kind.EXTRA, -1, j++, 1)); continue; }
            Expect e = expected.get(i);
            if (e instanceof Expect.AnyLines) {
                int start = j;
                while (j < n && cost[i][j + 1] == cost[i][j] && cost[i + 1][j] != cost[i][j]) j++;
                ops.add(new Op(Kind.ANY, i++, start, j - start));
            } else if (j < n && e.matches(actual.get(j)) && cost[i + 1][j + 1] == cost[i][j]) {
                ops.add(new Op(Kind.SAME, i++, j++, 1));
            } else if (cost[i + 1][j] + 1 == cost[i][j]) {
                ops.add(new Op(Kind.MISSING, i++, -1, 1));
            } else {
                ops.add(new Op(Kind.EXTRA, -1, j++, 1));
            }
        }
        return new Alignment(List.copyOf(ops));
    }
}
