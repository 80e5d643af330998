package wirepad.http;

import java.util.List;

/**
 * One field line, scanned left to right (RFC 9112 §5, RFC 9110 §5.5):
 * <pre>
 *   field-line  = field-name ":" OWS field-value OWS
 *   field-name  = token
 *   field-value = *field-content          ; VCHAR / obs-text, with SP / HTAB inside
 * </pre>
 * With {@code partial} the line has no LF yet: errors are raised only when already decided,
 * otherwise null is returned.
 */
final class FieldLineParser {
    private FieldLineParser() {}

    static HeaderField parse(byte[] buf, int start, int end, boolean partial, ParserOptions o, List<Diagnostic> d) {
        int i = start;
        while (i < end && Abnf.tchar(buf[i])) i++;
        if (i == end) {
            if (partial) return null;
            throw Fail.at(i, "RFC 9112 §5", "field line has no ':' " + Fail.near(buf, start, end));
        }
        if (i == start) {
            if (buf[i] == ':') throw Fail.at(i, "RFC 9110 §5.1", "empty field name (line starts with ':')");
            if (buf[i] == Abnf.CR) return bareCr(buf, i, end, partial);
            throw Fail.badByte(buf, i, "RFC 9110 §5.1", "at the start of a field name (field-name = token)");
        }
        int nameEnd = i;
        if (Abnf.ows(buf[i])) {
            int j = i;
            while (j < end && Abnf.ows(buf[j])) j++;
            if (j == end) {
                if (partial) return null;
                throw Fail.at(i, "RFC 9110 §5.1", "whitespace after the field name and no ':' " + Fail.near(buf, start, end));
            }
            if (buf[j] != ':')
                throw Fail.at(i, "RFC 9110 §5.1", "whitespace inside a field name " + Fail.near(buf, start, j + 1) + " (field-name = token)");
            if (!o.allowLooseWhitespace())
                throw Fail.at(i, "RFC 9112 §5.1", "whitespace between field name and colon " + Fail.near(buf, start, j + 1)
                        + " (a server MUST reject this with 400: it is a request smuggling vector)");
            if (!partial) d.add(new Diagnostic(i, "RFC 9112 §5.1", "whitespace between field name and colon "
                    + Fail.near(buf, start, j + 1) + " removed (lenient)"));
            i = j;
        } else if (buf[i] != ':') {
            if (buf[i] == Abnf.CR) return bareCr(buf, i, end, partial);
            throw Fail.badByte(buf, i, "RFC 9110 §5.1", "in field name " + Fail.near(buf, start, i + 1) + " (field-name = token)");
        }
        i++; // the colon
        while (i < end) { // OWS; lenient reads a bare CR as SP, so one here is OWS too and not part of the value
            if (Abnf.ows(buf[i])) { i++; continue; }
            if (buf[i] != Abnf.CR || !o.allowBareCr() || (partial && i == end - 1)) break;
            if (!partial) d.add(new Diagnostic(i, "RFC 9112 §2.2", "bare CR in field value replaced by SP (lenient)"));
            i++;
        }
        int vStart = i;
        boolean crReplaced = false;
        while (true) {
            while (i < end && Abnf.fieldContent(buf[i])) i++; // the fast path: VCHAR, obs-text, SP, HTAB
            if (i == end) break;
            if (buf[i] != Abnf.CR)
                throw Fail.badByte(buf, i, "RFC 9110 §5.5", "in field value " + Fail.near(buf, start, Math.min(end, i + 1))
                        + " (control bytes are not allowed)");
            if (partial && i == end - 1) return null;
            if (!o.allowBareCr()) throw Fail.at(i, "RFC 9112 §2.2", "bare CR (a CR not followed by LF) in field value "
                    + Fail.near(buf, start, i + 2));
            if (!partial) d.add(new Diagnostic(i, "RFC 9112 §2.2", "bare CR in field value replaced by SP (lenient)"));
            crReplaced = true;
            i++;
        }
        int vEnd = i; // field-value excludes trailing OWS (and, lenient, a bare CR read as SP)
        while (vEnd > vStart && (Abnf.ows(buf[vEnd - 1]) || buf[vEnd - 1] == Abnf.CR)) vEnd--;
        if (partial) return null;
        String value = Abnf.latin1(buf, vStart, vEnd);
        if (crReplaced) value = value.replace('\r', ' ');
        String name = CommonNames.name(buf, start, nameEnd);
        return new HeaderField(name, value, start, end, vStart, vEnd);
    }

    /** The continuation of an obs-fold line: OWS then field-content; returns [valueStart, valueEnd) or null. */
    static int[] foldContent(byte[] buf, int start, int end, boolean partial) {
        int i = start;
        while (i < end && Abnf.ows(buf[i])) i++;
        int vStart = i, vEnd = i;
        for (; i < end; i++) {
            int c = buf[i] & 0xff;
            if (Abnf.fieldVchar(c)) { vEnd = i + 1; continue; }
            if (Abnf.ows(c)) continue;
            if (c == Abnf.CR) return bareCr(buf, i, end, partial);
            throw Fail.badByte(buf, i, "RFC 9110 §5.5", "in a folded field value (control bytes are not allowed)");
        }
        return partial ? null : new int[] {vStart, vEnd};
    }

    private static <T> T bareCr(byte[] buf, int i, int end, boolean partial) {
        if (partial && i == end - 1) return null;
        throw Fail.at(i, "RFC 9112 §2.2", "bare CR (a CR not followed by LF) " + Fail.near(buf, Math.max(0, i - 8), i + 2));
    }
}
