package wirepad.http;

import java.util.List;
import wirepad.http.StartLine.RequestLine;
import wirepad.http.StartLine.StatusLine;
import wirepad.http.StartLine.TargetForm;

/**
 * Request-line and status-line, scanned left to right (RFC 9112 §3, §4). With {@code partial}
 * the line is still incomplete: an error is raised only when the bytes seen already decide it,
 * otherwise null is returned, so feeding whole or byte by byte gives the same outcome.
 */
final class StartLineParser {
    private StartLineParser() {}

    // Spellings seen in most messages: reused when the bytes are exactly these (case included).
    private static final String[] METHODS = {"GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "CONNECT"};
    private static final String[] VERSIONS = {"HTTP/1.1", "HTTP/1.0"};
    private static final String[] REASONS = {"OK", "Created", "No Content", "Not Modified", "Not Found", "Found", "Continue",
        "Moved Permanently", "Bad Request", "Internal Server Error"};

    // request-line = method SP request-target SP HTTP-version        (RFC 9112 §3)
    // G E T   / i n d e x   H T T P / 1 . 1
    static RequestLine request(byte[] buf, int start, int end, boolean partial, ParserOptions o, List<Diagnostic> d) {
        int i = start;
        while (i < end && Abnf.tchar(buf[i])) i++;
        if (i == end) {
            if (partial) return null;
            throw Fail.at(i, "RFC 9112 §3", i == start ? "empty request-line" : "request-line ends after the method " + Fail.near(buf, start, end));
        }
        if (i == start) {
            if (Abnf.ows(buf[i])) throw Fail.at(i, "RFC 9112 §3", "request-line starts with whitespace");
            if (buf[i] == Abnf.CR) return bareCr(buf, i, end, partial);
            throw Fail.badByte(buf, i, "RFC 9110 §9.1", "where the method should start (method = token)");
        }
        if (!wordEnd(buf[i], o)) {
            if (buf[i] == Abnf.CR) return bareCr(buf, i, end, partial);
            throw Fail.badByte(buf, i, "RFC 9110 §9.1", "in the method (method = token, then one SP)");
        }
        int methodEnd = i;
        i = separator(buf, i, end, o, d, "method and request-target");
        if (i < 0 || i == end) { if (partial) return null; throw Fail.at(end, "RFC 9112 §3", "request-line has no request-target"); }
        int t = i;
        i = ByteScan.vcharEnd(buf, i, end); // the target is VCHAR up to SP (or, lenient, HTAB)
        if (i < end && !wordEnd(buf[i], o)) {
            int c = buf[i] & 0xff;
            if (c == Abnf.CR) return bareCr(buf, i, end, partial);
            if (c >= 0x80) throw Fail.badByte(buf, i, "RFC 9112 §3.2", "in the request-target (URIs are ASCII; percent-encode it as %" + wirepad.bytes.Hex.byteHex(c).toUpperCase() + ")");
            throw Fail.badByte(buf, i, "RFC 9112 §3.2", "in the request-target (no whitespace or control bytes allowed)");
        }
        if (i == end) {
            if (partial) return null;
            throw Fail.at(i, "RFC 9112 §3", "request-line has no HTTP-version (an HTTP/0.9 request? " + Fail.near(buf, start, end) + ")");
        }
        int targetEnd = i;
        i = separator(buf, i, end, o, d, "request-target and HTTP-version");
        if (i < 0) { if (partial) return null; throw Fail.at(end, "RFC 9112 §3", "request-line has no HTTP-version"); }
        int v = i;
        i = HttpVersion.scan(buf, i, end, partial, d);
        if (i < 0) return null;
        if (i < end) {
            if (buf[i] == Abnf.CR) return bareCr(buf, i, end, partial);
            throw Fail.at(i, "RFC 9112 §3", "unexpected byte after the HTTP-version: " + Fail.near(buf, v, i + 1));
        }
        if (partial) return null;
        String m = Abnf.known(buf, start, methodEnd, METHODS);
        String tg = Abnf.latin1(buf, t, targetEnd);
        return new RequestLine(m, tg, form(m, tg, t, d), Abnf.known(buf, v, i, VERSIONS), start, methodEnd, t, targetEnd, v, end);
    }

    // status-line = HTTP-version SP status-code SP [ reason-phrase ]   (RFC 9112 §4)
    // H T T P / 1 . 1   2 0 0   O K
    static StatusLine status(byte[] buf, int start, int end, boolean partial, ParserOptions o, List<Diagnostic> d) {
        int i = HttpVersion.scan(buf, start, end, partial, d);
        if (i < 0) return null;
        int versionEnd = i;
        if (i == end) { if (partial) return null; throw Fail.at(i, "RFC 9112 §4", "status-line ends after the HTTP-version"); }
        if (buf[i] != Abnf.SP) {
            if (buf[i] == Abnf.CR) return bareCr(buf, i, end, partial);
            throw Fail.badByte(buf, i, "RFC 9112 §4", "after the HTTP-version (expected one SP)");
        }
        int c = ++i;
        int code = 0;
        for (; i < c + 3; i++) {
            if (i == end) { if (partial) return null; throw Fail.at(i, "RFC 9112 §4", "status-code must be 3 digits, got " + Fail.near(buf, c, end)); }
            if (!Abnf.digit(buf[i])) {
                if (buf[i] == Abnf.CR) return bareCr(buf, i, end, partial);
                throw Fail.badByte(buf, i, "RFC 9112 §4", "in the status-code (3DIGIT)");
            }
            code = code * 10 + (buf[i] - '0');
        }
        if (code < 100) throw Fail.at(c, "RFC 9110 §15", "status-code " + Fail.near(buf, c, c + 3) + " is below 100");
        int r = i;
        if (i == end) {
            if (partial) return null;
            d.add(new Diagnostic(i, "RFC 9112 §4", "no SP after the status-code (the grammar wants one even when the reason is empty); accepted"));
        } else {
            if (Abnf.digit(buf[i])) throw Fail.at(c, "RFC 9112 §4", "status-code has more than 3 digits: " + Fail.near(buf, c, i + 1));
            if (buf[i] == Abnf.CR) return bareCr(buf, i, end, partial);
            if (buf[i] != Abnf.SP) throw Fail.badByte(buf, i, "RFC 9112 §4", "after the status-code (expected SP)");
            r = ++i;
            // reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )
            for (; i < end; i++) {
                int b = buf[i] & 0xff;
                if (Abnf.fieldVchar(b) || Abnf.ows(b)) continue;
                if (b == Abnf.CR) return bareCr(buf, i, end, partial);
                throw Fail.badByte(buf, i, "RFC 9112 §4", "in the reason-phrase (control bytes are not allowed)");
            }
            if (partial) return null;
        }
        return new StatusLine(Abnf.known(buf, start, versionEnd, VERSIONS), code, Abnf.known(buf, r, end, REASONS),
                start, versionEnd, r, end);
    }

    /** One SP, or (lenient) any run of SP/HTAB with a diagnostic. Returns the next offset, -1 if undecided. */
    private static int separator(byte[] buf, int i, int end, ParserOptions o, List<Diagnostic> d, String between) {
        int j = i + 1;
        while (j < end && Abnf.ows(buf[j])) j++;
        if (j == end) return -1;
        if (j > i + 1 || buf[i] != Abnf.SP) {
            if (!o.allowLooseWhitespace()) throw Fail.at(i + 1, "RFC 9112 §3", "more than one SP between " + between
                    + " (strict: exactly one SP; " + Fail.near(buf, i, j + 1) + ")");
            d.add(new Diagnostic(i, "RFC 9112 §3", "several whitespace bytes between " + between + "; accepted (lenient)"));
        }
        return j;
    }

    /** SP ends the method and the target; lenient also splits on HTAB (RFC 9112 §3: whitespace-delimited words). */
    private static boolean wordEnd(byte b, ParserOptions o) { return b == Abnf.SP || (b == Abnf.HTAB && o.allowLooseWhitespace()); }

    private static <T> T bareCr(byte[] buf, int i, int end, boolean partial) {
        if (partial && i == end - 1) return null;
        throw Fail.at(i, "RFC 9112 §2.2", "bare CR (a CR not followed by LF) in the start-line: " + Fail.near(buf, Math.max(0, i - 8), i + 2));
    }

    /**
     * RFC 9112 §3.2: which of the four request-target forms this is. A form that does not fit the
     * method (CONNECT without host:port, "*" for a method other than OPTIONS) does not move where
     * the message ends: it is an error-level finding (a server answers 400), and the message is
     * framed and shown. A target that is no form at all is an error.
     */
    private static TargetForm form(String method, String target, int offset, List<Diagnostic> d) {
        if (method.equals("CONNECT")) {
            // authority-form = uri-host ":" port
            int colon = target.lastIndexOf(':');
            boolean port = colon > 0 && colon < target.length() - 1 && target.substring(colon + 1).chars().allMatch(Abnf::digit);
            if (target.contains("/") || !port)
                d.add(new Diagnostic(offset, "RFC 9112 §3.2.3", "CONNECT needs authority-form host:port (the port is required), got "
                        + Fail.quote(target) + " (a server answers 400)", Diagnostic.Level.ERROR));
            return TargetForm.AUTHORITY;
        }
        if (target.equals("*")) {
            if (!method.equals("OPTIONS"))
                d.add(new Diagnostic(offset, "RFC 9112 §3.2.4", "asterisk-form \"*\" is only for OPTIONS, not " + Fail.quote(method)
                        + " (a server answers 400)", Diagnostic.Level.ERROR));
            return TargetForm.ASTERISK;
        }
        if (target.startsWith("/")) return TargetForm.ORIGIN;
        int colon = target.indexOf(':');
        if (colon > 0 && Character.isLetter(target.charAt(0))) {
            boolean scheme = true;
            for (int k = 0; k < colon; k++) {
                char ch = target.charAt(k);
                if (!(Character.isLetterOrDigit(ch) || ch == '+' || ch == '-' || ch == '.')) scheme = false;
            }
            if (scheme && target.startsWith("//", colon + 1)) return TargetForm.ABSOLUTE;
        }
        throw Fail.at(offset, "RFC 9112 §3.2", "request-target \"" + target
                + "\" is not origin-form (/path), absolute-form (http://host/path), authority-form (CONNECT host:port) or \"*\"");
    }
}
