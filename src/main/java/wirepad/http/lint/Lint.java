package wirepad.http.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirepad.http.Diagnostic;
import wirepad.http.HttpMessage;
import wirepad.http.Role;
import wirepad.http.StreamParse;

/**
 * Runs one message (or a pipelined stream) through every {@link Profile} and compares where each
 * says the first message ends: two accepting parsers that end it at different bytes are a desync —
 * the bytes between are a body to one and the start of the next message to the other (request
 * smuggling). Offline: nothing is sent anywhere.
 */
public final class Lint {
    private Lint() {}

    /** What the first message is to one profile. */
    public enum Verdict { ACCEPT, ACCEPT_WITH_NOTES, REJECT, INCOMPLETE }

    /** One profile's reading of the input. */
    public record Column(Profile profile, StreamParse parse, Verdict verdict, int endsAt, long bodyLength, String framing) {
        public HttpMessage first() { return parse.messages().isEmpty() ? null : parse.messages().get(0); }

        public boolean accepts() { return verdict == Verdict.ACCEPT || verdict == Verdict.ACCEPT_WITH_NOTES; }
    }

    /**
     * @param desync       true when accepting profiles end the first message at different offsets
     * @param findings     the disagreements (or agreement), in words
     * @param rules        every rule cited by any profile, with its level, by section
     */
    public record Report(Role role, byte[] input, List<Column> columns, boolean desync, List<String> findings, Map<String, Rules.Rule> rules) {}

    public static Report run(Role role, byte[] input, boolean eof, String requestMethod) {
        return run(role, input, eof, requestMethod, Integer.MAX_VALUE);
    }

    /** As {@link #run(Role, byte[], boolean, String)}, feeding each parser {@code slice} bytes at a time (tests use 1). */
    public static Report run(Role role, byte[] input, boolean eof, String requestMethod, int slice) {
        List<Column> cols = new ArrayList<>();
        Map<String, Rules.Rule> rules = new LinkedHashMap<>();
        for (Profile p : Profile.values()) {
            StreamParse r = StreamParse.of(role, p.options, p.view(input), slice, eof, requestMethod);
            cols.add(column(p, r));
            for (HttpMessage m : r.messages())
                for (Diagnostic d : m.diagnostics()) rules.putIfAbsent(d.rule(), Rules.of(d.rule(), d.message(), role));
            if (r.error() != null) rules.putIfAbsent(r.error().rule(), Rules.of(r.error().rule(), r.error().message(), role));
        }
        List<String> findings = new ArrayList<>();
        boolean desync = compare(role, cols, findings);
        return new Report(role, input.clone(), List.copyOf(cols), desync, List.copyOf(findings), rules);
    }

    static Column column(Profile p, StreamParse r) {
        if (!r.messages().isEmpty()) {
            HttpMessage m = r.messages().get(0);
            if (m.rejection() != null) return new Column(p, r, Verdict.REJECT, -1, -1, null); // framed, but a server answers 400
            Verdict v = m.diagnostics().isEmpty() ? Verdict.ACCEPT : Verdict.ACCEPT_WITH_NOTES;
            return new Column(p, r, v, m.span().end(), m.body().length, m.framing().kind().json());
        }
        if (r.error() != null) return new Column(p, r, Verdict.REJECT, -1, -1, null);
        return new Column(p, r, Verdict.INCOMPLETE, -1, -1, null);
    }

    /**
     * Some profiles end the first message, others still wait for bytes that belong to it: the
     * classic timing sign of CL.TE / TE.CL. A front end that ends the message forwards it; a back
     * end that waits reads the front's next bytes (or nothing, until a timeout) as this body.
     */
    private static String waitingSplit(List<Column> accepting, List<Column> waiting) {
        Column first = accepting.stream().min(java.util.Comparator.comparingInt(Column::endsAt)).orElseThrow();
        List<String> ends = accepting.stream().filter(c -> c.endsAt() == first.endsAt()).map(c -> c.profile().label).toList();
        List<String> waits = waiting.stream().map(c -> c.profile().label).toList();
        String why = waiting.get(0).parse().waiting();
        return "DESYNC: " + String.join(", ", ends) + (ends.size() == 1 ? " ends" : " end") + " the first message at byte " + first.endsAt()
                + " (" + first.framing() + "); " + String.join(", ", waits) + (waits.size() == 1 ? " is" : " are") + " still waiting"
                + (why == null ? "" : " (for " + why + ")") + ", reading what follows byte " + first.endsAt() + " as more of its body."
                + " A front that forwards at byte "
                + first.endsAt() + " leaves a back that waits hanging until it times out: the timing sign of CL.TE / TE.CL";
    }

    private static boolean compare(Role role, List<Column> cols, List<String> out) {
        Column strict = cols.get(0);
        boolean desync = false;
        List<Column> accepting = cols.stream().filter(Column::accepts).toList();
        for (int i = 0; i < accepting.size(); i++) {
            for (int j = i + 1; j < accepting.size(); j++) {
                Column a = accepting.get(i), b = accepting.get(j);
                if (a.endsAt() == b.endsAt()) continue;
                if (!desync) {
                    Column lo = a.endsAt() < b.endsAt() ? a : b, hi = lo == a ? b : a;
                    out.add("DESYNC: " + lo.profile().label + " ends the first message at byte " + lo.endsAt() + " (" + lo.framing() + "), "
                            + hi.profile().label + " at byte " + hi.endsAt() + " (" + hi.framing() + "): bytes " + lo.endsAt() + ".."
                            + hi.endsAt() + " are body to " + hi.profile().label + " and the start of the next message to " + lo.profile().label);
                }
                desync = true;
            }
        }
        List<Column> waiting = cols.stream().filter(c -> c.verdict() == Verdict.INCOMPLETE).toList();
        if (!accepting.isEmpty() && !waiting.isEmpty()) {
            out.add(waitingSplit(accepting, waiting));
            desync = true;
        }
        if (!desync) {
            for (Column c : accepting) {
                if (c.bodyLength() == accepting.get(0).bodyLength() && c.framing().equals(accepting.get(0).framing())) continue;
                out.add("DIFFER: " + accepting.get(0).profile().label + " reads a " + accepting.get(0).framing() + " body of "
                        + accepting.get(0).bodyLength() + " bytes, " + c.profile().label + " a " + c.framing() + " body of " + c.bodyLength()
                        + " bytes (same end, different content: the app sees another body)");
                break;
            }
        }
        List<String> rejecting = cols.stream().filter(c -> c.verdict() == Verdict.REJECT).map(c -> c.profile().label).toList();
        List<String> accepts = accepting.stream().map(c -> c.profile().label).toList();
        if (!rejecting.isEmpty() && !accepts.isEmpty())
            out.add("DISAGREE: " + String.join(", ", rejecting) + " reject" + (rejecting.size() == 1 ? "s" : "") + " what "
                    + String.join(", ", accepts) + " accept" + (accepts.size() == 1 ? "s" : "")
                    + (role == Role.REQUEST ? " (a front that accepts forwards what a back that rejects answers with 400)"
                    : " (a proxy that accepts forwards a response that a client that rejects discards)"));
        if (desync && strict.verdict() != Verdict.REJECT) {
            for (Column c : cols)
                if (c != strict && c.verdict() != Verdict.REJECT && (c.endsAt() != strict.endsAt() || c.accepts() != strict.accepts()))
                    out.add("  " + c.profile().label + " differs from strict: " + c.profile().description);
        }
        if (out.isEmpty()) {
            if (accepts.isEmpty() && !rejecting.isEmpty()) out.add("agree: every profile rejects the message (safe: no desync)");
            else if (accepts.isEmpty()) out.add("agree: every profile is still waiting for more bytes");
            else out.add("agree: every profile ends the first message at byte " + accepting.get(0).endsAt());
        }
        return desync;
    }
}
