package wirepad.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wirepad.repl.Session;
import wirepad.repl.Style;

/**
 * Makes output comparable across runs before it is matched or recorded:
 * <ul>
 * <li>the value of every volatile session variable (a server's host:port, the transcript's temp
 *     dir) becomes {@code $name} — longest values first;</li>
 * <li>any other loopback port of 4-5 digits (the client's ephemeral port, shown by views) becomes
 *     {@code $PORT}: {@code 127.0.0.1:40138}, tcpflow's {@code 127.0.0.1.40138}, curl's {@code port 40138 from};</li>
 * <li>an IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}, RFC 9110 §5.6.7) becomes {@code $DATE};
 *     so does one without its {@code GMT} or its time, which a narrow column wraps to the next
 *     line, and such a time ({@code 08:49:37 GMT}) starting that next line (or its column);</li>
 * <li>a measured time — a number with a decimal point before {@code ms} or {@code msec}, as in
 *     {@code connect 1.3 ms}, {@code first byte 67.3 ms}, {@code Query time: 0.214 msec} — becomes
 *     {@code $MS ms}, also when a column wrapped its unit alone to the next line (the two lines
 *     become one); settings and limits ({@code idle 300 ms}) are whole numbers and stay;</li>
 * <li>colour sequences and trailing whitespace are removed.</li>
 * </ul>
 */
public final class Normalizer {
    static final Pattern IMF_FIXDATE = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    /** The same date with or without the zone: a wrapped column can leave "GMT" on the next line. */
    static final Pattern DATE_MAYBE_WRAPPED = Pattern.compile(IMF_FIXDATE.pattern()
            .replace(" \\d{2}:\\d{2}:\\d{2} GMT", "( \\d{2}:\\d{2}:\\d{2}( GMT)?)?"));
    /** The time of a date whose column wrapped before it: the next line starts with it. */
    static final Pattern TIME_GMT = Pattern.compile("(^|│)( *)\\d{2}:\\d{2}:\\d{2} GMT\\b");
    public static final String DATE = "$DATE";
    static final Pattern MEASURED = Pattern.compile("(?<![\\d.])\\d+\\.\\d+ (ms|msec)\\b");
    public static final String MS = "$MS";
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile("(?<![\\d.])\\d+\\.\\d+ *$");
    /** A continuation line holding only the unit: spaces, maybe a column bar, spaces, "ms". */
    private static final Pattern UNIT_ALONE = Pattern.compile("[ │]*(ms|msec) *");
    static final Pattern LOOPBACK_PORT = Pattern.compile("(127\\.0\\.0\\.1[:.]|\\[::1\\]:|\\) port |nc 127\\.0\\.0\\.1 )\\d{4,5}\\b");

    private final List<Map.Entry<String, String>> replacements;

    private Normalizer(List<Map.Entry<String, String>> replacements) { this.replacements = replacements; }

    /** Uses the session's volatile variables as they are now. */
    public static Normalizer of(Session session) {
        List<Map.Entry<String, String>> r = new ArrayList<>();
        session.vars().forEach((name, v) -> {
            if (v.isVolatile() && v.value().length() >= 2) r.add(Map.entry(v.value(), "$" + name));
        });
        r.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        return new Normalizer(List.copyOf(r));
    }

    public String line(String line) {
        String s = Style.strip(line);
        for (Map.Entry<String, String> e : replacements) s = s.replace(e.getKey(), e.getValue());
        if (s.indexOf(", ") >= 0) s = DATE_MAYBE_WRAPPED.matcher(s).replaceAll(Matcher.quoteReplacement(DATE));
        if (s.indexOf(" GMT") >= 0) s = TIME_GMT.matcher(s).replaceAll("$1$2" + Matcher.quoteReplacement(DATE));
        if (s.indexOf(" ms") >= 0) s = MEASURED.matcher(s).replaceAll(Matcher.quoteReplacement(MS) + " $1");
        if (s.indexOf("127.0.0.1") >= 0 || s.indexOf("::1") >= 0 || s.indexOf(") port ") >= 0)
            s = LOOPBACK_PORT.matcher(s).replaceAll("$1\\$PORT");
        return s.stripTrailing();
    }

    /** Splits captured output into normalized lines; trailing blank lines are dropped. */
    public List<String> lines(String output) {
        List<String> out = new ArrayList<>();
        String[] raw = output.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i];
            // a measured time whose unit a column wrapped to the next line ("last byte 205.6" / "│  ms"):
            // put the unit back, since how long the number is (and so where it wraps) differs per run
            Matcher unit = i + 1 < raw.length && ENDS_IN_NUMBER.matcher(Style.strip(l)).find()
                    ? UNIT_ALONE.matcher(Style.strip(raw[i + 1])) : null;
            if (unit != null && unit.matches()) {
                l = Style.strip(l).stripTrailing() + " " + unit.group(1);
                i++;
            }
            out.add(line(l));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }
}
