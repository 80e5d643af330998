package wirepad.server.lab;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import wirepad.http.HttpMessage;
import wirepad.http.PercentCodec;
import wirepad.http.StartLine;
import wirepad.server.Handler;

/**
 * A request as the lab's routes see it: method, the path (still percent-encoded, as sent), the
 * query string and its decoded parameters in order, plus the parsed message and who sent it.
 * {@code headOnly}: only the head is here (an {@code Expect: 100-continue} request answered before its body).
 */
record LabRequest(String method, String path, String query, List<Param> params, HttpMessage message, Handler.Peer peer, boolean headOnly) {
    record Param(String name, String value) {}

    static LabRequest of(HttpMessage m, Handler.Peer peer) {
        StartLine.RequestLine rl = m.requestLine();
        String t = rl.target();
        if (rl.form() == StartLine.TargetForm.ABSOLUTE) {
            int slash = t.indexOf('/', t.indexOf("//") + 2);
            t = slash < 0 ? "/" : t.substring(slash);
        }
        int q = t.indexOf('?');
        String path = q < 0 ? t : t.substring(0, q), query = q < 0 ? "" : t.substring(q + 1);
        return new LabRequest(rl.method(), path, query, params(query), m, peer, false);
    }

    /** The same request seen from its head alone, answered before its body is read (so the answer closes). */
    LabRequest fromHead() { return new LabRequest(method, path, query, params, message, peer, true); }

    /** Query parameters, '+' as space, bad %-escapes kept as typed (a query is not worth a 400 here). */
    static List<Param> params(String query) {
        List<Param> out = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            out.add(new Param(decode(eq < 0 ? pair : pair.substring(0, eq)), decode(eq < 0 ? "" : pair.substring(eq + 1))));
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return new String(PercentCodec.decode(s, true), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The first parameter with this name, or {@code dflt}. */
    String param(String name, String dflt) {
        for (Param p : params) if (p.name().equals(name)) return p.value();
        return dflt;
    }

    /**
     * A query parameter the lab cannot use: answered 400, and the body names the parameter, the
     * value and what is allowed (nothing is clamped or defaulted behind the client's back).
     */
    static final class BadParameter extends Exception {
        private static final long serialVersionUID = 1L;

        BadParameter(String name, String value, String allowed) {
            super("400 Bad Request: " + name + "=" + value + ": " + allowed + "\n");
        }
    }

    /** A whole-number parameter in [min, max]; {@code dflt} when absent. */
    long number(String name, long dflt, long min, long max) throws BadParameter {
        String v = param(name, null);
        if (v == null) return dflt;
        String want = "want a whole number from " + min + " to " + max;
        if (!v.matches("[+-]?[0-9]{1,19}")) throw new BadParameter(name, v, want);
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) throw new BadParameter(name, v, "out of range: " + want);
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameter(name, v, "out of range: " + want);
        }
    }

    /** Seconds (fractions allowed) in [0, max]; {@code dflt} when absent. */
    double seconds(String name, double dflt, double max) throws BadParameter {
        String v = param(name, null);
        if (v == null) return dflt;
        double d = Httpbin.seconds(v);
        if (d < 0) throw new BadParameter(name, v, "want seconds from 0 to " + (long) max + " (fractions allowed, e.g. 0.5)");
        if (d > max) throw new BadParameter(name, v, "out of range: want seconds from 0 to " + (long) max);
        return d;
    }

    /** A yes/no parameter: {@code ?hex}, {@code hex=1} or {@code hex=true} is yes, {@code 0}/{@code false} no, absent {@code dflt}. */
    boolean flag(String name, boolean dflt) throws BadParameter {
        String v = param(name, null);
        if (v == null) return dflt;
        return switch (v) {
            case "", "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new BadParameter(name, v, "want 1 or true (or 0, false); ?" + name + " alone means 1");
        };
    }

    boolean is(String m) { return method.equals(m); }

    /** Path segment {@code i} (0-based, after the leading '/'), or null. */
    String segment(int i) {
        String[] parts = path.substring(1).split("/", -1);
        return i < parts.length ? parts[i] : null;
    }
}
