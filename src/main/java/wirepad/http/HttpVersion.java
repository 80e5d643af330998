package wirepad.http;

import java.util.List;

/**
 * {@code HTTP-version = HTTP-name "/" DIGIT "." DIGIT}, {@code HTTP-name = %s"HTTP"} (RFC 9112 §2.3):
 * case-sensitive; this codec speaks major version 1.
 */
final class HttpVersion {
    private HttpVersion() {}

    private static final byte[] NAME = {'H', 'T', 'T', 'P', '/'};

    /**
     * Scans a version at {@code i}. Returns the offset after it, or -1 when {@code partial} and the
     * bytes run out before a decision.
     */
    static int scan(byte[] buf, int i, int end, boolean partial, List<Diagnostic> diags) {
        int start = i;
        for (int k = 0; k < NAME.length; k++, i++) {
            if (i >= end) {
                if (partial) return -1;
                throw Fail.at(i, "RFC 9112 §2.3", "HTTP-version is cut short: " + Fail.near(buf, start, end)
                        + " (expected HTTP/1.1 or HTTP/1.0)");
            }
            if (buf[i] != NAME[k]) {
                if (partial && end < start + 8) return -1; // quote the same 8 bytes however the input was sliced
                boolean caseOnly = Character.toUpperCase((char) (buf[i] & 0xff)) == NAME[k];
                throw Fail.at(i, "RFC 9112 §2.3", caseOnly
                        ? "HTTP-version is case-sensitive: " + Fail.near(buf, start, Math.min(end, start + 8)) + " must be spelled \"HTTP/\""
                        : "invalid HTTP-version " + Fail.near(buf, start, Math.min(end, start + 8)) + " (expected HTTP/1.1 or HTTP/1.0)");
            }
        }
        if (i >= end) { if (partial) return -1; throw Fail.at(i, "RFC 9112 §2.3", "HTTP-version has no major digit"); }
        if (!Abnf.digit(buf[i])) throw Fail.badByte(buf, i, "RFC 9112 §2.3", "in HTTP-version (expected a DIGIT)");
        if (buf[i] != '1')
            throw Fail.at(i, "RFC 9112 §2.3", "unsupported HTTP major version " + (char) buf[i]
                    + " (this is an HTTP/1.x parser)");
        i++;
        if (i >= end) { if (partial) return -1; throw Fail.at(i, "RFC 9112 §2.3", "HTTP-version has no \".\" after the major digit"); }
        if (buf[i] != '.') throw Fail.badByte(buf, i, "RFC 9112 §2.3", "in HTTP-version (expected \".\")");
        i++;
        if (i >= end) { if (partial) return -1; throw Fail.at(i, "RFC 9112 §2.3", "HTTP-version has no minor digit"); }
        if (!Abnf.digit(buf[i])) throw Fail.badByte(buf, i, "RFC 9112 §2.3", "in HTTP-version (expected a DIGIT)");
        if (buf[i] > '1' && !partial)
            diags.add(new Diagnostic(start, "RFC 9110 §2.5", "HTTP/1." + (char) buf[i] + " is handled as HTTP/1.1"));
        return i + 1;
    }
}
