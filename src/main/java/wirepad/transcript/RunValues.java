package wirepad.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code record} does with DNS values that differ from run to run, beyond what the
 * {@link Normalizer} does for both sides of a run:
 * <ul>
 * <li>a query id drawn at random ({@code dig} and {@code query} without {@code +id=}) is pinned:
 *     the recorded command gets {@code +id=N} with the id this run used, so the replay sends the
 *     same bytes and its output, hex included, is the same;</li>
 * <li>a TTL counting down in the cache ({@code lookup}'s cache hits, {@code cache}) depends on how
 *     long the session waited: such lines are written as a regex with {@code \d+} for the seconds.</li>
 * </ul>
 */
final class RunValues {
    private RunValues() {}

    /** The id a drafted query got: {@code ;; query: NAME IN A, id 59503, flags...} (dig), {@code query: ...} (query). */
    private static final Pattern QUERY_ID = Pattern.compile("(?m)^(?:;; )?query: .*?, id (\\d{1,5}),");
    private static final Pattern PINNABLE = Pattern.compile("(dig|query)(\\s.*)?");

    /** {@code input}, with {@code +id=N} added when it drew a random id that {@code output} shows. */
    static String pinId(String input, String output) {
        String in = input.strip();
        if (!PINNABLE.matcher(in).matches() || in.contains("+id=")) return input;
        // 'query' alone shows the draft and 'query +OPTIONS' keeps its id: only a new NAME draws a random one
        if (in.startsWith("query") && java.util.Arrays.stream(in.split("\\s+")).skip(1).allMatch(w -> w.startsWith("+") || w.startsWith("@")))
            return input;
        Matcher m = QUERY_ID.matcher(output);
        return m.find() ? input.stripTrailing() + " +id=" + m.group(1) : input;
    }

    /** A TTL left in the cache: {@code 299s of 300s} ('cache'), {@code , 299s left} (a lookup's cache hit). */
    private static final Pattern LEFT = Pattern.compile("\\d+s of (\\d+)s|, \\d+s left");
    /** A record line in presentation form: NAME TTL CLASS TYPE DATA (its TTL counts down on a cache hit). */
    private static final Pattern RECORD = Pattern.compile("(\\S+ +)\\d+( +(IN|CH|HS) +\\S+ .*)");

    /**
     * The lines to write for output {@code lines} of {@code input}: lines holding a countdown become
     * a regex (literal text, {@code \d+} for the seconds); the others stay as they are (null: unchanged).
     */
    static List<String> countdowns(String input, List<String> lines) {
        String cmd = input.strip().split("\\s+", 2)[0];
        boolean hit = cmd.equals("lookup") && lines.stream().anyMatch(l -> l.startsWith(";; cache hit:"));
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String re = null;
            if ((hit || cmd.equals("cache")) && LEFT.matcher(l).find()) re = regex(l, LEFT);
            else if (hit && RECORD.matcher(l).matches()) re = regexRecord(l);
            out.add(re);
        }
        return out;
    }

    private static String regex(String line, Pattern vary) {
        StringBuilder sb = new StringBuilder();
        Matcher m = vary.matcher(line);
        int at = 0;
        while (m.find()) {
            sb.append(quote(line.substring(at, m.start())));
            sb.append(m.group(1) != null ? "\\d+s of " + m.group(1) + "s" : ", \\d+s left");
            at = m.end();
        }
        sb.append(quote(line.substring(at)));
        return sb.append(Expect.RE_SUFFIX).toString().replaceAll("( {2,})", " +");
    }

    private static String regexRecord(String line) {
        Matcher m = RECORD.matcher(line);
        if (!m.matches()) throw new IllegalArgumentException(line);
        return (quote(m.group(1).stripTrailing()) + " +\\d+ +" + quote(m.group(2).stripLeading())).replaceAll("( {2,})", " +")
                + Expect.RE_SUFFIX;
    }

    /** A loopback address whose port a wrapped column cut: the address, then the port's first digits at the cut. */
    private static final Pattern CUT_PORT = Pattern.compile("(127\\.0\\.0\\.1[:.])(\\d{1,4}|\\$PORT)( *)($| │.*)");
    /** The continuation of a wrapped line: {@code ↪} and the rest of the port's digits. */
    private static final Pattern REST_PORT = Pattern.compile("↪(\\d{1,4})(.*)");

    /**
     * Regexes for pairs of lines where a wrapped raw column cut a loopback port in two
     * ({@code "origin":"127.0.0.1:3} / {@code ↪4936"}): no text rule sees such a port, and it is
     * new on every run. The digits become {@code \d*} (and the padding after them {@code  *});
     * null for the other lines.
     */
    static List<String> cutPorts(List<String> lines) {
        List<String> out = new ArrayList<>(java.util.Collections.nCopies(lines.size(), (String) null));
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher a = CUT_PORT.matcher(lines.get(i));
            Matcher b = REST_PORT.matcher(lines.get(i + 1));
            if (!a.find() || !b.matches() || (!a.group(2).startsWith("$") && a.group(2).length() + b.group(1).length() > 5)) continue;
            String la = lines.get(i);
            out.set(i, quote(la.substring(0, a.start(2))) + "(\\d*|\\$PORT) *" + quote(a.group(4)) + Expect.RE_SUFFIX);
            String rest = b.group(2);
            out.set(i + 1, "↪\\d*" + quote(rest) + Expect.RE_SUFFIX);
            i++;
        }
        return out;
    }

    private static String quote(String text) { return Lines.quote(text); }
}
