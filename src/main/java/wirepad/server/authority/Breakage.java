package wirepad.server.authority;

import wirepad.dns.DnsFormatException;
import wirepad.dns.Parser;

/**
 * Deliberately broken replies, for watching how clients react. Each one edits the encoded reply:
 * the bytes stay a plausible DNS message up to the point of damage.
 */
public enum Breakage {
    /** A correct reply. */
    NONE,
    /** The first name after the question is replaced by a pointer to itself (a loop). */
    BAD_POINTER,
    /** The id is off by one, so a careful client ignores the reply. */
    WRONG_ID,
    /** The message ends one byte before the end of the first answer's RDATA; counts and RDLENGTH unchanged. */
    TRUNCATED_RDATA;

    public static Breakage parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "none" -> NONE;
            case "bad-pointer", "pointer" -> BAD_POINTER;
            case "wrong-id", "id" -> WRONG_ID;
            case "truncated-rdata", "rdata" -> TRUNCATED_RDATA;
            default -> throw new IllegalArgumentException("unknown breakage \"" + s + "\" (bad-pointer, wrong-id, truncated-rdata)");
        };
    }

    public byte[] apply(byte[] reply) {
        if (reply == null || reply.length < 12) return reply;
        byte[] b = reply.clone();
        switch (this) {
            case NONE -> { }
            case WRONG_ID -> {
                int id = ((b[0] & 0xff) << 8 | (b[1] & 0xff)) + 1;
                b[0] = (byte) (id >> 8);
                b[1] = (byte) id;
            }
            case TRUNCATED_RDATA -> b = java.util.Arrays.copyOf(b, Math.max(12, firstRdataEnd(b) - 1));
            case BAD_POINTER -> {
                int at = afterQuestion(b);
                if (at >= 0 && at + 2 <= b.length) {
                    b[at] = (byte) (0xc0 | at >> 8);
                    b[at + 1] = (byte) at;
                }
            }
        }
        return b;
    }

    /** End offset of the first record's RDATA (or the message length if there is no record). */
    private static int firstRdataEnd(byte[] b) {
        try {
            Parser p = new Parser(b, true);
            p.message();
            for (var l : p.labels()) {
                if (l.name().endsWith(".rdlength")) {
                    int len = (b[l.span().start()] & 0xff) << 8 | (b[l.span().start() + 1] & 0xff);
                    return l.span().end() + len;
                }
            }
        } catch (DnsFormatException e) {
            // fall through
        }
        return b.length;
    }

    /** Offset just after the question section, or -1. */
    private static int afterQuestion(byte[] b) {
        try {
            Parser p = new Parser(b, true);
            p.header();
            while (p.question() != null) { /* walk */ }
            var labels = p.labels();
            return labels.isEmpty() ? -1 : labels.get(labels.size() - 1).span().end();
        } catch (DnsFormatException e) {
            return -1;
        }
    }
}
