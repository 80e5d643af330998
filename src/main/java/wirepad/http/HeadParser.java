package wirepad.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The header section, line by line (RFC 9112 §2.1): start-line, field lines, the empty line.
 * Also reads a chunked body's trailer section (field lines only). Resumable: {@link #advance}
 * is called with more bytes until it returns true. Each incomplete line is checked as far as it
 * goes, so an error surfaces as soon as its byte arrives — and at the same offset either way.
 */
final class HeadParser {
    private enum Phase { START, FIELDS, DONE }

    private final Role role;
    private final ParserOptions o;
    private final boolean trailers;
    private final int headStart;
    private final List<Diagnostic> diags;
    /** Where partial checks of an incomplete line put their findings (dropped: the complete line is checked again). */
    private List<Diagnostic> scratch;
    private Phase phase;
    private int lineStart;
    private boolean sawField;
    private int leadingEmpty, firstEmpty;
    StartLine startLine;
    final List<HeaderField> fields = new ArrayList<>(16); // a browser's request has about 15
    /** Which framing-relevant fields occur (bits of {@link KnownField}), so later passes can skip. */
    int known;
    /** The Host field lines (RFC 9112 §3.2 wants exactly one in an HTTP/1.1 request). */
    final List<HeaderField> hosts = new ArrayList<>(); // no array until the first add
    /** Whether some field name contains '_' (names servers may read as '-'). */
    boolean underscore;
    /** Offset just after the empty line that ends the section. */
    int end = -1;
    /** Where the search for the current line's LF goes on: bytes before it hold none. */
    private int scanned;
    /**
     * The last partial check of the current line (which starts at {@code checkedLine}) passed for
     * bytes up to {@code checkedTo}; bytes appended from {@code extend} cannot change its verdict
     * (null: any byte may). So a line fed byte by byte is checked in linear time, not re-scanned.
     */
    private int checkedLine = -1, checkedTo;
    private boolean[] extend;
    /** The Content-Length value seen so far (-1: none), to fail on a differing one as soon as its line ends. */
    private long contentLength = -1;

    HeadParser(Role role, ParserOptions o, int headStart, boolean trailers, List<Diagnostic> diags) {
        this.role = role;
        this.o = o;
        this.trailers = trailers;
        this.headStart = headStart;
        this.lineStart = headStart;
        this.diags = diags;
        this.phase = trailers ? Phase.FIELDS : Phase.START;
    }

    /** Offset where the current (incomplete) line starts. */
    int lineStart() { return lineStart; }

    boolean advance(byte[] buf, int len) {
        Limits l = o.limits();
        while (phase != Phase.DONE) {
            int lineLimit = phase == Phase.START ? l.maxStartLine() : l.maxFieldLine();
            int budget = Math.max(0, Math.min(lineLimit, headStart + l.maxHead() - lineStart)); // CRLFs may overshoot
            if (phase == Phase.FIELDS && scanned <= lineStart) { // a line not seen incomplete before: try the one-pass path
                int cleanLf = cleanField(buf, len, budget);
                if (cleanLf >= 0) {
                    lineStart = cleanLf + 1;
                    continue;
                }
            }
            int lf = ByteScan.indexOfLf(buf, Math.max(lineStart, scanned), len);
            if (lf < 0) {
                scanned = len;
                int contentLen = len - lineStart - (len > lineStart && buf[len - 1] == Abnf.CR ? 1 : 0);
                if (contentLen > budget) throw overLimit(buf, budget, lineLimit);
                check(buf, lineStart, len);
                return false;
            }
            int contentEnd = lf > lineStart && buf[lf - 1] == Abnf.CR ? lf - 1 : lf;
            if (contentEnd - lineStart > budget) throw overLimit(buf, budget, lineLimit);
            line(buf, lineStart, contentEnd, lf);
            lineStart = lf + 1;
        }
        return true;
    }

    /** Checks an incomplete line as far as it goes (throws if its bytes already break a rule). */
    private void check(byte[] buf, int start, int end) {
        if (scratch == null) scratch = new ArrayList<>(); // only a head fed in pieces needs one
        scratch.clear();
        if (end > start && buf[end - 1] == Abnf.CR) end--; // may be the CR of the CRLF: judged when the next byte comes
        if (start == end) return;
        if (checkedLine == start && extend != null && end >= checkedTo && Abnf.all(extend, buf, checkedTo, end)) {
            checkedTo = end; // more of the same run: the verdict of the last check stands
            return;
        }
        if (phase == Phase.START) {
            if (role == Role.REQUEST) StartLineParser.request(buf, start, end, true, o, scratch);
            else StartLineParser.status(buf, start, end, true, o, scratch);
        } else if (Abnf.ows(buf[start])) {
            fold(buf, start, end, end, true);
        } else {
            FieldLineParser.parse(buf, start, end, true, o, scratch);
        }
        checkedLine = start;
        checkedTo = end;
        extend = extending(buf, start, end);
    }

    /**
     * After a partial check of buf[start, end) passed: which bytes, appended, leave its verdict as it
     * is, because the line ends inside a run that the line's scanner reads the same way whatever its
     * length: the method (tchar), the request-target (VCHAR), a reason-phrase, a field name (tchar)
     * or a field value (field-content, and CR for the lenient profile). Null elsewhere (separators,
     * the version, the status-code): those are short, and each byte is checked from the line start.
     */
    private boolean[] extending(byte[] buf, int start, int end) {
        if (phase == Phase.START) {
            if (role == Role.RESPONSE) // H T T P / 1 . 1 SP 2 0 0 SP reason: the version is always 8 bytes
                return end - start >= 13 && buf[start + 12] == Abnf.SP ? Abnf.FIELD_CONTENT : null;
            int i = start;
            while (i < end && Abnf.tchar(buf[i])) i++;
            if (i == end) return Abnf.TCHAR;
            while (i < end && Abnf.ows(buf[i])) i++;
            int t = i;
            while (i < end && Abnf.vchar(buf[i])) i++;
            return i == end && t < end ? Abnf.VCHAR : null;
        }
        if (Abnf.ows(buf[start])) return Abnf.FIELD_CONTENT; // an obs-fold continuation (lenient)
        int i = start;
        while (i < end && Abnf.tchar(buf[i])) i++;
        if (i == end) return Abnf.TCHAR;
        if (buf[i] != ':') return null;
        return o.allowBareCr() ? Abnf.FIELD_CONTENT_OR_CR : Abnf.FIELD_CONTENT;
    }

    private void line(byte[] buf, int start, int contentEnd, int lf) {
        boolean empty = start == contentEnd;
        if (phase == Phase.START) {
            if (empty) {
                if (role == Role.RESPONSE) throw Fail.at(start, "RFC 9112 §4", "empty line where the status-line should be");
                lineEnd(buf, contentEnd, lf);
                if (lf + 1 - headStart > o.limits().maxHead())
                    throw Fail.at(headStart + o.limits().maxHead(), "limit:head", "more than " + o.limits().maxHead()
                            + " bytes of empty lines before the request-line (a server answers 400)");
                if (leadingEmpty++ == 0) firstEmpty = start;
                return;
            }
            if (leadingEmpty > 0)
                diags.add(new Diagnostic(firstEmpty, "RFC 9112 §2.2", leadingEmpty == 1 ? "empty line before the request-line ignored"
                        : leadingEmpty + " empty lines before the request-line ignored"));
            startLine = role == Role.REQUEST
                    ? StartLineParser.request(buf, start, contentEnd, false, o, diags)
                    : StartLineParser.status(buf, start, contentEnd, false, o, diags);
            lineEnd(buf, contentEnd, lf);
            phase = Phase.FIELDS;
            return;
        }
        if (empty) {
            lineEnd(buf, contentEnd, lf);
            end = lf + 1;
            phase = Phase.DONE;
            return;
        }
        if (Abnf.ows(buf[start])) {
            fold(buf, start, contentEnd, lf, false);
            lineEnd(buf, contentEnd, lf);
            return;
        }
        HeaderField f = FieldLineParser.parse(buf, start, contentEnd, false, o, diags);
        lineEnd(buf, contentEnd, lf);
        add(f, start, f.name().indexOf('_') >= 0);
    }

    /**
     * The common case in one pass: a complete field line at lineStart that no profile reads
     * differently ({@code token ":" OWS *field-content CRLF}, within the budget), taken exactly as
     * {@link #line} would take it, without first searching for its LF. Returns the LF's offset, or
     * -1 (nothing changed) to leave the line to the general path, which finds every error, lenient
     * reading and incomplete line. Each line is tried at most once, so feeding stays linear.
     */
    private static final int NAME_SEARCH = 128;

    private int cleanField(byte[] buf, int len, int budget) {
        int start = lineStart, end = Math.min(len, start + budget + 1);
        // the name ends at the first ':' (not a tchar); a common name is known to be a token, any other is checked.
        // The search is bounded (long names take the general path), so a line without ':' costs little.
        if (start == end || !Abnf.tchar(buf[start])) return -1;
        int colon = ByteScan.indexOf(buf, start + 1, Math.min(end, start + NAME_SEARCH), ':');
        if (colon < 0) return -1;
        int slot = CommonNames.slot(buf, start, colon), known;
        boolean underscored = false;
        String name;
        if (slot >= 0) {
            name = CommonNames.at(slot);
            known = CommonNames.known(slot);
        } else {
            for (int k = start; k < colon; k++) {
                if (!Abnf.tchar(buf[k])) return -1;
                underscored |= buf[k] == '_';
            }
            name = Abnf.latin1(buf, start, colon);
            known = KnownField.bit(name);
        }
        int i = colon + 1;
        while (i < end && Abnf.ows(buf[i])) i++;
        int vStart = i, cr = ByteScan.fieldContentEnd(buf, i, end);
        if (cr == end || buf[cr] != Abnf.CR || cr + 1 == len || buf[cr + 1] != Abnf.LF) return -1;
        int vEnd = cr; // field-value excludes trailing OWS (RFC 9110 §5.5)
        while (vEnd > vStart && Abnf.ows(buf[vEnd - 1])) vEnd--;
        add(HeaderField.lazy(name, known, buf, start, cr, vStart, vEnd), start, underscored);
        return cr + 1;
    }

    /** Records a complete field line; {@code underscored}: its name holds '_'. */
    private void add(HeaderField f, int start, boolean underscored) {
        if (fields.size() >= o.limits().maxFields())
            throw Fail.at(start, "limit:fields", "more than " + o.limits().maxFields() + " field lines"
                    + (trailers ? " in the trailer section" : "") + " (a server answers 431)");
        fields.add(f);
        int bit = f.known();
        known |= bit;
        if (bit == KnownField.HOST) hosts.add(f);
        // RFC 9112 §6.3 rule 5: an invalid, overflowing or differing Content-Length is fatal once its line is complete
        if (bit == KnownField.CONTENT_LENGTH && !trailers && lengthFrames()) contentLength = ContentLength.early(f, contentLength, o);
        if (underscored) underscore = true;
        sawField = true;
    }

    /**
     * Whether a Content-Length line proves an error as soon as it ends. In a request, yes: without
     * Transfer-Encoding it frames the body (rule 5), and with one a server MAY reject the pair anyway
     * (rule 3), so the verdict does not wait for fields that may follow. In a response a later
     * Transfer-Encoding would override it (rule 3), so only the whole head decides.
     */
    private boolean lengthFrames() { return role == Role.REQUEST; }

    /**
     * A line starting with SP/HTAB: obs-fold after a field line (RFC 9112 §5.2), or whitespace
     * between the start-line and the first field (§2.2). Strict rejects both; lenient replaces the
     * fold by SP, or drops the whitespace-preceded line.
     */
    private void fold(byte[] buf, int start, int contentEnd, int lf, boolean partial) {
        int from = Math.max(start - 30, sawField ? fields.get(fields.size() - 1).line().start() : headStart); // quote the line before
        if (!sawField) {
            if (!o.allowObsFold()) throw Fail.at(start, "RFC 9112 §2.2", (trailers ? "trailer section starts" : "first field line starts")
                    + " with whitespace " + Fail.near(buf, from, start + 1) + " (strict rejects)");
            int[] v = FieldLineParser.foldContent(buf, start, contentEnd, partial);
            if (v != null) diags.add(new Diagnostic(start, "RFC 9112 §2.2", "whitespace-preceded line after the start-line ignored (lenient)"));
            return;
        }
        if (!o.allowObsFold()) throw Fail.at(start, "RFC 9112 §5.2", "obs-fold: a line starting with whitespace continues the previous field "
                + Fail.near(buf, from, start + 1) + " (obsolete; strict rejects it)");
        int[] v = FieldLineParser.foldContent(buf, start, contentEnd, partial);
        if (v == null) return;
        HeaderField prev = fields.remove(fields.size() - 1);
        String more = Abnf.latin1(buf, v[0], v[1]);
        String value = prev.value().isEmpty() ? more : more.isEmpty() ? prev.value() : prev.value() + " " + more;
        int valueEnd = v[1] > v[0] ? v[1] : prev.valueEnd();
        HeaderField folded = new HeaderField(prev.name(), value, prev.lineStart(), contentEnd, prev.valueStart(),
                Math.max(valueEnd, prev.valueStart()));
        fields.add(folded);
        // the Host checks read the folded value too, not the line before the fold
        if (!hosts.isEmpty() && hosts.get(hosts.size() - 1) == prev) hosts.set(hosts.size() - 1, folded);
        diags.add(new Diagnostic(start, "RFC 9112 §5.2", "obs-fold in " + prev.name() + " replaced by SP (lenient)"));
    }

    private void lineEnd(byte[] buf, int contentEnd, int lf) {
        if (contentEnd == lf) {
            if (!o.allowBareLf()) throw Fail.at(lf, "RFC 9112 §2.2", "bare LF (line ends in \\n without \\r) after "
                    + Fail.near(buf, Math.max(lineStart, lf - 24), lf) + "; strict wants CRLF");
            diags.add(new Diagnostic(lf, "RFC 9112 §2.2", "bare LF accepted as a line end (lenient)"));
        }
    }

    private ParseFailure overLimit(byte[] buf, int budget, int lineLimit) {
        check(buf, lineStart, lineStart + budget);
        Limits l = o.limits();
        if (budget < lineLimit)
            return Fail.at(lineStart + budget, "limit:head", (trailers ? "trailer section" : "header section")
                    + " longer than " + l.maxHead() + " bytes (a server answers 431)");
        if (phase == Phase.START)
            return Fail.at(lineStart + lineLimit, "limit:start-line", (role == Role.REQUEST ? "request-line" : "status-line")
                    + " longer than " + lineLimit + " bytes" + (role == Role.REQUEST ? " (a server answers 414 or 501)" : ""));
        return Fail.at(lineStart + lineLimit, "limit:field-line", "field line longer than " + lineLimit + " bytes "
                + Fail.near(buf, lineStart, lineStart + Math.min(24, lineLimit)) + " (a server answers 431)");
    }
}
