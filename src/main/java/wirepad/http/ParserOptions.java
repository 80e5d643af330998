package wirepad.http;

/**
 * A parser profile. {@link #STRICT} follows RFC 9112 to the letter; {@link #LENIENT} accepts
 * bare LF, obs-fold (replaced by SP), bare CR (replaced by SP), whitespace before the colon and
 * runs of whitespace in the start-line (RFC 9112 §3 allows parsing on whitespace boundaries),
 * recording a diagnostic for each. The other knobs model how real parsers disagree (the lint grid).
 */
public record ParserOptions(
        String name,
        boolean allowBareLf,
        boolean allowObsFold,
        boolean allowBareCr,
        boolean allowLooseWhitespace,
        ContentLengthPolicy contentLengthPolicy,
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
            ContentLengthPolicy.REJECT_DIFFERING, false, false, Limits.DEFAULT);
    public static final ParserOptions LENIENT = new ParserOptions("lenient", true, true, true, true,
            ContentLengthPolicy.REJECT_DIFFERING, false, false, Limits.DEFAULT);

    /** Whether any leniency is on (then grammar slips that strict rejects become notes). */
    public boolean lenient() { return allowBareLf || allowObsFold || allowBareCr || allowLooseWhitespace || lenientChunkSize; }

    public ParserOptions withLimits(Limits l) {
        return new ParserOptions(name, allowBareLf, allowObsFold, allowBareCr, allowLooseWhitespace,
                contentLengthPolicy, ignoreTransferEncoding, lenientChunkSize, l);
    }

    public ParserOptions named(String n, ContentLengthPolicy cl, boolean ignoreTe, boolean lenientChunks) {
        return new ParserOptions(n, allowBareLf, allowObsFold, allowBareCr, allowLooseWhitespace, cl, ignoreTe,
                lenientChunks, limits);
    }
}
