package wirepad.http;

import wirepad.bytes.Visible;

/** Builders for the parser's errors: each names the offset, the rule and the bytes seen there. */
final class Fail {
    private Fail() {}

    static ParseFailure at(int offset, String rule, String message) {
        return new ParseFailure(offset, rule, message);
    }

    /** "invalid byte "\x00" in field name" style: quotes the byte found at {@code offset}. */
    static ParseFailure badByte(byte[] buf, int offset, String rule, String where) {
        return new ParseFailure(offset, rule, "invalid byte " + Visible.quote(buf, offset, 1, 1) + " " + where);
    }

    /** Quotes up to 40 bytes of context starting at {@code from}. */
    static String near(byte[] buf, int from, int to) {
        return Visible.quote(buf, from, Math.max(0, to - from), 40);
    }
}
