package wirepad.http;

/**
 * A parser profile. {@link #STRICT} follows RFC 9112 to the letter; {@link #LENIENT} accepts
 * bare LF, obs-fold (replaced by SP), bare CR (replaced by SP), whitespace before the colon and
 * runs of whitespace in the start-line (RFC 9112 §3 allows parsing on whitespace boundaries),
 * recording a diagnostic for each. The other knobs model how real parsers disagree (the lint grid):
 * {@code lenientContentLength} reads Content-Length like {@code strtoll(s, NULL, 0)} ('+', 0x hex,
 * leading-0 octal), {@code lenientChunkSize} reads chunk sizes like {@code strtoll(s, NULL, 16)} or
 * Python's {@code int(s, 16)} (whitespace, '+', 0x, '_' between digits).
 */
public record ParserOptions(
        String name,
        boolean allowBareLf,
        boolean allowObsFold,
        boolean allowBareCr,
        boolean allowLooseWhitespace,
        ContentLengthPolicy contentLengthPolicy,
        boolean lenientContentLength,
        boolean ignoreTransferEncoding,
        boolean lenientChunkSize,
        Limits limits) {

    /** What to do with several differing Content-Length values. */
    public enum ContentLengthPolicy {
        /** RFC 9112 §6.3 rule 5: differing values are an unrecoverable error. */
        REJECT_DIFFERING,
        FIRST_WINS,
        LAST_WINS
    }

    public static final ParserOptions STRICT = new ParserOptions("strict", false, false, false, false,
            ContentLengthPolicy.REJECT_DIFFERING, false, false, false, Limits.DEFAULT);
    public static final ParserOptions LENIENT = new ParserOptions("lenient", true, true, true, true,
            ContentLengthPolicy.REJECT_DIFFERING, false, false, false, Limits.DEFAULT);

    /** Whether any leniency is on (then grammar slips that strict rejects become notes). */
    public boolean lenient() { return allowBareLf || allowObsFold || allowBareCr || allowLooseWhitespace || lenientChunkSize; }

    public ParserOptions withLimits(Limits l) {
        return new ParserOptions(name, allowBareLf, allowObsFold, allowBareCr, allowLooseWhitespace,
                contentLengthPolicy, lenientContentLength, ignoreTransferEncoding, lenientChunkSize, l);
    }

    /** The same profile with Content-Length read loosely (or not). */
    public ParserOptions withLenientContentLength(boolean on) {
        return new ParserOptions(name, allowBareLf, allowObsFold, allowBareCr, allowLooseWhitespace,
                contentLengthPolicy, on, ignoreTransferEncoding, lenientChunkSize, limits);
    }

    public ParserOptions named(String n, ContentLengthPolicy cl, boolean ignoreTe, boolean lenientChunks) {
        return new ParserOptions(n, allowBareLf, allowObsFold, allowBareCr, allowLooseWhitespace, cl, lenientContentLength,
                ignoreTe, lenientChunks, limits);
    }
}
