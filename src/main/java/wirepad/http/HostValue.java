package wirepad.http;

/**
 * The Host field value (RFC 9110 §7.2, RFC 9112 §3.2), checked against its grammar:
 * <pre>
 *   Host       = uri-host [ ":" port ]                          ; RFC 9110 §7.2
 *   uri-host   = IP-literal / IPv4address / reg-name            ; RFC 3986 §3.2.2
 *   IP-literal = "[" ( IPv6address / IPvFuture ) "]"
 *   IPvFuture  = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
 *   reg-name   = *( unreserved / pct-encoded / sub-delims )
 *   unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"
 *   sub-delims = "!" / "$" / "&amp;" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
 *   port       = *DIGIT                                          ; RFC 3986 §3.2.3
 * </pre>
 * One byte more is refused than the grammar says: a comma. It is a sub-delim, but Host is a
 * singleton field, and {@code a,b} is exactly what two Host lines look like once a recipient joins
 * them into one value (RFC 9110 §5.3): which host is meant is no longer clear.
 * An empty value is valid (a target without authority, RFC 9112 §3.2).
 */
public final class HostValue {
    private HostValue() {}

    /** Why a value is not a Host: the index of the first offending character in the value, and the reason. */
    public record Problem(int index, String why) {}

    /** The first problem in a Host value (ISO-8859-1 chars = bytes), or null when it is {@code uri-host [":" port]}. */
    public static Problem check(String v) {
        int i = 0, n = v.length();
        if (n > 0 && v.charAt(0) == '[') {
            int close = v.indexOf(']');
            if (close < 0) return new Problem(n, "an IP-literal opened with '[' is never closed with ']'");
            String inside = v.substring(1, close);
            if (!ipLiteral(inside)) return new Problem(1, "\"[" + inside + "]\" holds neither an IPv6 address nor an IPvFuture");
            i = close + 1;
        } else {
            for (; i < n; i++) {
                char c = v.charAt(i);
                if (c == ':') break;
                if (c == '%') {
                    if (i + 2 < n && Abnf.hexValue(v.charAt(i + 1)) >= 0 && Abnf.hexValue(v.charAt(i + 2)) >= 0) { i += 2; continue; }
                    return new Problem(i, "'%' must start a percent-encoded byte (%HH)");
                }
                if (c == ',') return new Problem(i, "a comma: Host is one value, and \"a,b\" reads as two Host lines joined (RFC 9110 §5.3)");
                if (!regName(c)) return new Problem(i, what(c) + " cannot stand in a host name (reg-name = unreserved / pct-encoded / sub-delims)");
            }
        }
        if (i == n) return null;
        if (v.charAt(i) != ':') return new Problem(i, what(v.charAt(i)) + " after the IP-literal (only \":\" port may follow)");
        for (int k = i + 1; k < n; k++) {
            char c = v.charAt(k);
            if (c < '0' || c > '9')
                return new Problem(k, (c == ':' ? "a second ':'" : what(c)) + " in the port (port = *DIGIT"
                        + (v.indexOf(':', i + 1) >= 0 ? "; an IPv6 address goes in [brackets])" : ")"));
        }
        return null;
    }

    private static String what(char c) {
        if (c == ' ') return "a space";
        if (c == '\t') return "a tab";
        if (c < 0x20 || c == 0x7f) return "the control byte \\x" + wirepad.bytes.Hex.byteHex(c);
        if (c >= 0x80) return "the byte \\x" + wirepad.bytes.Hex.byteHex(c) + " (an internationalised name goes as its xn-- A-label)";
        return "'" + c + "'";
    }

    private static final boolean[] UNRESERVED = new boolean[128], SUB_DELIMS = new boolean[128];

    static {
        for (char c : "-._~".toCharArray()) UNRESERVED[c] = true;
        for (char c = '0'; c <= '9'; c++) UNRESERVED[c] = true;
        for (char c = 'a'; c <= 'z'; c++) UNRESERVED[c] = UNRESERVED[c - 32] = true;
        for (char c : "!$&'()*+,;=".toCharArray()) SUB_DELIMS[c] = true;
    }

    private static boolean unreserved(char c) { return c < 128 && UNRESERVED[c]; }

    private static boolean subDelim(char c) { return c < 128 && SUB_DELIMS[c]; }

    private static boolean regName(char c) { return c < 128 && (UNRESERVED[c] || SUB_DELIMS[c]); }

    private static boolean ipLiteral(String s) {
        if (s.length() > 1 && (s.charAt(0) == 'v' || s.charAt(0) == 'V')) {
            int dot = s.indexOf('.');
            if (dot < 2 || dot == s.length() - 1) return false;
            for (int k = 1; k < dot; k++) if (Abnf.hexValue(s.charAt(k)) < 0) return false;
            for (int k = dot + 1; k < s.length(); k++) {
                char c = s.charAt(k);
                if (!(unreserved(c) || subDelim(c) || c == ':')) return false;
            }
            return true;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(c == ':' || c == '.' || c < 0x80 && Character.digit(c, 16) >= 0)) return false;
        }
        try {
            wirepad.dns.Addresses.parseIpv6(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
