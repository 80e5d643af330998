package wirepad.http;

import java.util.List;

/** RFC 9112 §9.3: does the connection stay open after this message? With the reason in words. */
final class Persistence {
    private Persistence() {}

    record Verdict(boolean keepAlive, String reason) {}

    private static final Verdict HTTP11_PERSISTENT = new Verdict(true, "HTTP/1.1 without Connection: close -> persistent (RFC 9112 §9.3)");

    /** Whether v[s, e) is {@code option}, case-insensitively (connection options are tokens, RFC 9110 §7.6.1). */
    private static boolean option(String v, int s, int e, String option) {
        return e - s == option.length() && v.regionMatches(true, s, option, 0, e - s);
    }

    static Verdict decide(String version, List<HeaderField> fields, int known, Framing framing, String mustClose) {
        if (framing.kind() == Framing.Kind.TUNNEL)
            return framing.rule() == 0 // a CONNECT request: the answer decides
                    ? new Verdict(false, "CONNECT: a 2xx answer makes the connection a tunnel; HTTP/1.1 reading ends here")
                    : new Verdict(false, "the connection became a tunnel; HTTP/1.1 ends here");
        if (mustClose != null) return new Verdict(false, mustClose + " -> the connection must close");
        if (framing.kind() == Framing.Kind.CLOSE)
            return new Verdict(false, "the body ends when the connection closes, so it cannot be reused");
        boolean close = false, keepAlive = false;
        for (HeaderField f : (known & KnownField.CONNECTION) != 0 ? fields : List.<HeaderField>of()) {
            if (f.known() != KnownField.CONNECTION) continue;
            String v = f.value();
            for (int from = 0; from <= v.length(); ) { // #connection-option, read in place (no substring per option)
                int comma = v.indexOf(',', from);
                if (comma < 0) comma = v.length();
                int s = from, e = comma;
                while (s < e && Character.isWhitespace(v.charAt(s))) s++;
                while (e > s && Character.isWhitespace(v.charAt(e - 1))) e--;
                close |= option(v, s, e, "close");
                keepAlive |= option(v, s, e, "keep-alive");
                from = comma + 1;
            }
        }
        if (close) return new Verdict(false, "Connection: close -> the connection closes after this message (RFC 9112 §9.6)");
        if (version.equals("HTTP/1.1")) return HTTP11_PERSISTENT;
        if (!version.equals("HTTP/1.0"))
            return new Verdict(true, version + " without Connection: close -> persistent (RFC 9112 §9.3)");
        if (keepAlive) return new Verdict(true, "HTTP/1.0 with Connection: keep-alive -> persistent (RFC 9112 §9.3)");
        return new Verdict(false, "HTTP/1.0 without Connection: keep-alive -> closes after this message (RFC 9112 §9.3)");
    }
}
