package wirepad.repl.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wirepad.repl.Servers;

/**
 * What the dns-lab's own log says about the queries of one {@code trace}: the answers it synthesised
 * from a wildcard (RFC 4592). A client cannot see that on the wire (without DNSSEC a synthesised
 * record looks like any other), but the lab runs in this session, so its log can tell.
 */
final class LabNotes {
    private LabNotes() {}

    /** How long to wait for the lab to log the trace's last queries (it logs each one just after replying). */
    static final long WAIT_MILLIS = 3000;

    private static final Pattern NUMBER = Pattern.compile(" #(\\d+)$");
    private static final Pattern SYNTH = Pattern.compile("synthesised from the wildcard [^;)]*\\)?");

    /** The number of the newest query in a server's log lines (0 if none). */
    static int lastNumber(List<String> log) {
        for (int i = log.size() - 1; i >= 0; i--) {
            Matcher m = NUMBER.matcher(log.get(i));
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        return 0;
    }

    /**
     * One line per synthesised answer among the queries after {@code before}, waiting (at most
     * {@link #WAIT_MILLIS}) until the lab has logged as many queries as the trace has steps.
     */
    static List<String> synthesised(Servers.Running lab, int before, List<String> traceLines) {
        long steps = traceLines.stream().filter(l -> l.trim().matches("step \\d+: .*")).count();
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
        while (lastNumber(lab.log()) - before < steps && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : lab.log()) {
            Matcher n = NUMBER.matcher(l);
            if (!n.find() || Integer.parseInt(n.group(1)) <= before) continue;
            Matcher s = SYNTH.matcher(l);
            while (s.find()) out.add("  the dns-lab says (query #" + n.group(1) + "): the answer was " + s.group());
        }
        return out;
    }
}
