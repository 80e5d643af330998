package wirepad.http;

import java.nio.charset.StandardCharsets;
import wirepad.bytes.Visible;

/**
 * Builders for the parser's errors: each names the offset, the rule and the bytes seen there.
 * Text taken from the message (header values, codings) goes through {@link #quote(String)} or
 * {@link #visible(String)}, so a byte ≥ 0x80 or a control byte reads as {@code \xHH}, never raw.
 */
final class Fail {
    private Fail() {}

    /** The most bytes of message text an error or diagnostic quotes; longer text ends in "…". */
    static final int QUOTE_MAX = 40;

    static ParseFailure at(int offset, String rule, String message) {
        return new ParseFailure(offset, rule, message);
    }

    /** "invalid byte "\x00" in field name" style: quotes the byte found at {@code offset}. */
    static ParseFailure badByte(byte[] buf, int offset, String rule, String where) {
        return new ParseFailure(offset, rule, "invalid byte " + Visible.quote(buf, offset, 1, 1) + " " + where);
    }

    /** Quotes up to 40 bytes of context starting at {@code from}. */
    static String near(byte[] buf, int from, int to) {
        return Visible.quote(buf, from, Math.max(0, to - from), QUOTE_MAX);
    }

    /** A header value (bytes held as ISO-8859-1 chars) quoted visibly: {@code "5\x80"}. */
    static String quote(String latin1) {
        byte[] b = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return Visible.quote(b, 0, b.length, QUOTE_MAX);
    }

    /** As {@link #quote(String)} without the quotes, for text that follows a field name: {@code chunked\xa0}. */
    static String visible(String latin1) {
        String q = quote(latin1);
        return q.endsWith("…") ? q.substring(1, q.length() - 2) + "…" : q.substring(1, q.length() - 1);
    }
}
