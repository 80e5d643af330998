package wirepad.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wirepad.bytes.Span;

/**
 * The chunked transfer coding, resumable (RFC 9112 §7.1):
 * <pre>
 *   chunked-body = *chunk last-chunk trailer-section CRLF
 *   chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
 *   chunk-size   = 1*HEXDIG
 *   last-chunk   = 1*("0") [ chunk-ext ] CRLF
 *   chunk-ext    = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
 * </pre>
 * Every chunk's offset and size is recorded for the framing trace, up to {@code maxChunks} of them:
 * past that the decoder keeps going (the data still joins the body) and one diagnostic counts the
 * chunks left out of the trace. The last-chunk is always recorded. Chunk data counts against the
 * body limit as it arrives, not as declared: {@code 7fffffff} is a valid size until that many bytes
 * exceed the limit.
 */
final class ChunkedDecoder {
    private enum Phase { SIZE, DATA, DATA_END, TRAILERS, DONE }

    private final ParserOptions o;
    private final List<Diagnostic> diags;
    /** The chunk data joined so far: body[0, bodyLen). */
    private byte[] body = new byte[0];
    private int bodyLen;
    final List<Chunk> chunks = new ArrayList<>();
    private Phase phase = Phase.SIZE;
    private int p;
    private long size;
    /** Bytes of size lines and extensions so far: framing, not body, but it must be bounded too. */
    private long overhead;
    private Span sizeLine;
    private String sizeText, ext;
    private HeadParser trailers;
    /** Chunks seen (recorded or not), and those past maxChunks left out of the trace. */
    private int seen, unrecorded;
    private int firstUnrecorded = -1;
    /** The size line fed so far holds no LF before {@code scanned}. */
    private int scanned;
    /** A partial check of the size line at {@code checkedLine} passed up to {@code checkedTo}, inside its extensions. */
    private int checkedLine = -1, checkedTo;

    ChunkedDecoder(int start, ParserOptions o, List<Diagnostic> diags) {
        this.p = start;
        this.o = o;
        this.diags = diags;
    }

    boolean done() { return phase == Phase.DONE; }

    /** Offset after the chunked body (valid once done). */
    int end() { return p; }

    byte[] body() { return Arrays.copyOf(body, bodyLen); }

    List<HeaderField> trailerFields() { return trailers == null ? List.of() : trailers.fields; }

    /** What is still missing, in words. */
    String waitingFor() {
        return switch (phase) {
            case SIZE -> "a chunk-size line (chunk " + (seen + 1) + ")";
            case DATA -> size + " bytes of chunk data (chunk " + (seen + 1) + ")";
            case DATA_END -> "the CRLF after chunk " + seen + "'s data"; // counted already
            case TRAILERS -> "the trailer section and its final CRLF";
            case DONE -> "nothing";
        };
    }

    /** Consumes what it can of buf[p, len); returns true when the last chunk and trailers are read. */
    boolean advance(byte[] buf, int len) {
        while (true) {
            switch (phase) {
                case SIZE -> {
                    int lf = ByteScan.indexOfLf(buf, Math.max(p, scanned), len);
                    if (lf < 0) scanned = len;
                    int limit = o.limits().maxFieldLine();
                    int contentEnd = lf < 0 ? len : lf > p && buf[lf - 1] == Abnf.CR ? lf - 1 : lf;
                    int counted = contentEnd - p - (lf < 0 && len > p && buf[len - 1] == Abnf.CR ? 1 : 0);
                    if (counted > limit) {
                        sizeLine(buf, p, p + limit, true);
                        throw Fail.at(p + limit, "limit:field-line", "chunk-size line longer than " + limit + " bytes");
                    }
                    if (lf < 0) { partialSizeLine(buf, len); return false; }
                    sizeLine(buf, p, contentEnd, false);
                    if (contentEnd == lf) {
                        if (!o.allowBareLf()) throw Fail.at(lf, "RFC 9112 §7.1", "bare LF ends the chunk-size line; strict wants CRLF");
                        diags.add(new Diagnostic(lf, "RFC 9112 §2.2", "bare LF after a chunk-size accepted (lenient)"));
                    }
                    sizeLine = new Span(p, contentEnd);
                    p = lf + 1;
                    overhead += p - sizeLine.start();
                    if (overhead > o.limits().maxBody())
                        throw Fail.at(sizeLine.start(), "limit:body", "the chunked framing (size lines and extensions) takes more than "
                                + o.limits().maxBody() + " bytes");
                    if (size == 0) {
                        seen++;
                        chunks.add(new Chunk(sizeLine, sizeText, 0, ext, new Span(p, p)));
                        if (unrecorded > 0)
                            diags.add(new Diagnostic(firstUnrecorded, "limit:chunks", unrecorded + (unrecorded == 1 ? " chunk" : " chunks")
                                    + " after the first " + o.limits().maxChunks() + " not recorded in the chunk trace (their data is in the body)"));
                        trailers = new HeadParser(Role.REQUEST, o, p, true, diags);
                        phase = Phase.TRAILERS;
                    } else {
                        phase = Phase.DATA;
                    }
                }
                case DATA -> {
                    long max = o.limits().maxBody();
                    if (bodyLen + Math.min(len - p, size) > max)
                        throw Fail.at(p + (int) (max - bodyLen), "limit:body", "chunked body grows past the body limit of " + max
                                + " bytes (chunk-size " + Fail.quote(sizeText) + " declares " + size + ")");
                    if (len - p < size) return false;
                    if (bodyLen + size > body.length) body = Arrays.copyOf(body, (int) Math.max(bodyLen + size, Math.min(2L * body.length, Math.min(max, MessageParser.MAX_STREAM))));
                    System.arraycopy(buf, p, body, bodyLen, (int) size);
                    bodyLen += (int) size;
                    seen++;
                    if (chunks.size() < o.limits().maxChunks()) chunks.add(new Chunk(sizeLine, sizeText, size, ext, new Span(p, p + (int) size)));
                    else if (unrecorded++ == 0) firstUnrecorded = sizeLine.start();
                    p += (int) size;
                    phase = Phase.DATA_END;
                }
                case DATA_END -> {
                    if (p >= len) return false;
                    if (buf[p] == Abnf.LF) {
                        if (!o.allowBareLf()) throw Fail.at(p, "RFC 9112 §7.1", "bare LF after chunk data; strict wants CRLF");
                        diags.add(new Diagnostic(p, "RFC 9112 §2.2", "bare LF after chunk data accepted (lenient)"));
                        p += 1;
                    } else {
                        if (p + 1 >= len && buf[p] == Abnf.CR) return false;
                        if (buf[p] != Abnf.CR || buf[p + 1] != Abnf.LF) {
                            throw Fail.at(p, "RFC 9112 §7.1", "chunk data is not followed by CRLF: after the " + size
                                    + " bytes declared by chunk-size " + Fail.quote(sizeText) + " came " + Fail.near(buf, p, buf[p] == Abnf.CR ? p + 2 : p + 1)
                                    + " (is the chunk-size wrong?)");
                        }
                        p += 2;
                    }
                    phase = Phase.SIZE;
                }
                case TRAILERS -> {
                    if (!trailers.advance(buf, len)) return false;
                    p = trailers.end;
                    phase = Phase.DONE;
                }
                case DONE -> { return true; }
            }
        }
    }

    /**
     * Checks the incomplete size line buf[p, len). Once a ';' has passed a check, the line is inside
     * its extensions, where more field-content cannot change the verdict (only the whole line's
     * extension grammar, judged when it ends): so a long extension fed byte by byte is checked in
     * linear time.
     */
    private void partialSizeLine(byte[] buf, int len) {
        if (checkedLine == p && len >= checkedTo && Abnf.all(Abnf.FIELD_CONTENT, buf, checkedTo, len)) {
            checkedTo = len;
            return;
        }
        sizeLine(buf, p, len, true);
        boolean inExtensions = false;
        for (int i = p; i < len && !inExtensions; i++) inExtensions = buf[i] == ';';
        checkedLine = inExtensions ? p : -1;
        checkedTo = len;
    }

    /** Scans {@code chunk-size [ chunk-ext ]}; sets size/ext when complete. */
    private void sizeLine(byte[] buf, int start, int end, boolean partial) {
        int i = start;
        if (o.lenientChunkSize()) {
            while (i < end && Abnf.ows(buf[i])) i++;
            if (i < end && buf[i] == '+') i++;
            if (i + 1 < end && buf[i] == '0' && (buf[i + 1] == 'x' || buf[i + 1] == 'X')) i += 2;
        }
        int digits = i;
        long v = 0;
        boolean underscore = false;
        while (i < end) {
            int h = Abnf.hexValue(buf[i]);
            if (h < 0 && buf[i] == '_' && i > digits && o.lenientChunkSize()) {
                // Python's int(s, 16) takes one '_' between digits: "0_2e" is 0x2e (HTTP Garden server bug 1)
                if (i + 1 == end && partial) return;
                if (i + 1 < end && Abnf.hexValue(buf[i + 1]) >= 0) { underscore = true; i++; continue; }
            }
            if (h < 0) break;
            long max = o.limits().maxChunkSize();
            if (v > max >> 4 || v * 16 + h > max) // checked before it can overflow
                throw Fail.at(i, "limit:chunk-size", "chunk-size " + Fail.near(buf, digits, i + 1) + "… exceeds the limit of "
                        + o.limits().maxChunkSize() + " bytes");
            v = v * 16 + h;
            i++;
        }
        if (i == digits) {
            if (i == end) {
                if (partial) return;
                throw Fail.at(i, "RFC 9112 §7.1", "empty chunk-size line (chunk-size = 1*HEXDIG)");
            }
            if (buf[i] == Abnf.CR && partial && i == end - 1) return;
            throw Fail.badByte(buf, i, "RFC 9112 §7.1", "where a chunk-size should start (chunk-size = 1*HEXDIG, no sign, no 0x)");
        }
        int sizeEnd = i;
        for (; i < end; i++) {
            int c = buf[i] & 0xff;
            if (c == Abnf.CR) {
                if (partial && i == end - 1) return;
                // quotes the CR and the byte after it, which is always there (the next CR of the line end, whole;
                // a byte of the incomplete line, fed in pieces), so both ways quote the same bytes
                throw Fail.at(i, "RFC 9112 §2.2", "bare CR (a CR not followed by LF) in a chunk-size line "
                        + Fail.near(buf, Math.max(start, i - 16), i + 2));
            }
            if (!(Abnf.fieldVchar(c) || Abnf.ows(c)))
                throw Fail.badByte(buf, i, "RFC 9112 §7.1.1", "in a chunk extension");
            if (i == sizeEnd || (Abnf.ows(buf[sizeEnd]) && allOws(buf, sizeEnd, i))) {
                if (Abnf.ows(c)) continue;
                if (c != ';') throw Fail.badByte(buf, i, "RFC 9112 §7.1", "after chunk-size " + Fail.near(buf, digits, sizeEnd)
                        + " (expected ';' for an extension or CRLF)");
            }
        }
        if (partial) return;
        String rest = sizeEnd == end ? "" : Abnf.latin1(buf, sizeEnd, end); // most size lines have no extension
        if (!rest.isEmpty() && rest.isBlank()) {
            if (!o.lenientChunkSize())
                throw Fail.at(sizeEnd, "RFC 9112 §7.1", "whitespace after chunk-size " + Fail.near(buf, digits, end) + " (BWS is only allowed before ';')");
            diags.add(new Diagnostic(sizeEnd, "RFC 9112 §7.1", "whitespace after chunk-size accepted (profile " + o.name() + ")"));
        }
        if (digits != start || underscore)
            diags.add(new Diagnostic(start, "RFC 9112 §7.1", "chunk-size " + Fail.near(buf, start, sizeEnd) + " read as hex "
                    + Long.toHexString(v) + " (profile " + o.name() + "; strict rejects it)"));
        if (!rest.isBlank()) {
            String[] bad = ChunkExtension.problem(rest);
            if (bad != null) {
                int at = sizeEnd + Integer.parseInt(bad[0]);
                if (!o.lenient()) throw Fail.at(at, "RFC 9112 §7.1.1", bad[1] + ": " + Fail.near(buf, digits, end));
                diags.add(new Diagnostic(at, "RFC 9112 §7.1.1", bad[1] + " (accepted by profile " + o.name() + ")"));
            }
        }
        size = v;
        sizeText = Abnf.latin1(buf, start, sizeEnd);
        ext = rest.strip();
    }

    private static boolean allOws(byte[] buf, int from, int to) {
        for (int k = from; k < to; k++) if (!Abnf.ows(buf[k])) return false;
        return true;
    }
}
