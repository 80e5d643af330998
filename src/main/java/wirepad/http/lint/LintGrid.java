package wirepad.http.lint;

import java.util.ArrayList;
import java.util.List;
import wirepad.http.Diagnostic;
import wirepad.http.HttpMessage;

/**
 * The lint report as a grid, one row per profile: verdict, where the first message ends, its body
 * length and framing, what is left for the next message; then the findings (a desync is marked
 * {@code <<}) and every rule involved with its RFC section and MUST/SHOULD/MAY level.
 */
public final class LintGrid {
    private LintGrid() {}

    public static String render(Lint.Report r) {
        StringBuilder sb = new StringBuilder();
        int len = r.input().length;
        String head = String.format("%-16s %-10s %-8s %-6s %-9s %-9s %s%n", "profile", "verdict", "ends at", "body", "framing", "left over", "first note or error");
        sb.append(head);
        int endStrict = r.columns().get(0).endsAt();
        for (Lint.Column c : r.columns()) {
            String verdict = switch (c.verdict()) {
                case ACCEPT -> "accept";
                case ACCEPT_WITH_NOTES -> "accept*";
                case REJECT -> "REJECT";
                case INCOMPLETE -> "waiting";
            };
            String ends = c.endsAt() < 0 ? "-" : String.valueOf(c.endsAt());
            String body = c.bodyLength() < 0 ? "-" : String.valueOf(c.bodyLength());
            String left = c.endsAt() < 0 ? "-" : (len - c.endsAt()) + " B";
            String note = note(c);
            boolean odd = r.desync() && c.accepts() && c.endsAt() != endStrict;
            sb.append(String.format("%-16s %-10s %-8s %-6s %-9s %-9s %s%s%n", c.profile().label, verdict, ends, body,
                    c.framing() == null ? "-" : c.framing(), left, note, odd ? "  <<" : ""));
        }
        sb.append('\n');
        for (String f : r.findings()) sb.append(f).append('\n');
        if (!r.rules().isEmpty()) {
            sb.append("\nrules involved:\n");
            for (Rules.Rule rule : r.rules().values())
                sb.append(String.format("  %-22s %-7s %s%n", rule.section(), rule.level(), rule.text()));
        }
        return sb.toString();
    }

    private static String note(Lint.Column c) {
        HttpMessage m = c.first();
        if (m == null) {
            if (c.parse().error() != null) return c.parse().error().describe();
            return c.parse().waiting() == null ? "" : "waiting for " + c.parse().waiting();
        }
        List<String> notes = new ArrayList<>();
        for (Diagnostic d : m.diagnostics()) notes.add(d.rule());
        String first = String.join(", ", notes.stream().distinct().toList());
        if (c.parse().error() != null) first += (first.isEmpty() ? "" : "; ") + "then the left-over bytes: " + c.parse().error().describe();
        return first;
    }
}
