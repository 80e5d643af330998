package wirepad.http;

/**
 * Field names seen in most messages, spelled as usually sent. A name whose bytes match one exactly
 * (case included) reuses the constant instead of allocating a new String; any other spelling gets
 * its own String, so case is never changed.
 */
final class CommonNames {
    private CommonNames() {}

    private static final String[] NAMES = {
        "Host", "User-Agent", "Accept", "Accept-Language", "Accept-Encoding", "Connection", "Content-Type",
        "Content-Length", "Transfer-Encoding", "Date", "Server", "Cache-Control", "Vary", "Cookie", "Set-Cookie",
        "Referer", "Location", "ETag", "Last-Modified", "Expires", "Upgrade-Insecure-Requests", "Authorization",
        "Access-Control-Allow-Origin", "Strict-Transport-Security", "X-Request-Id", "X-Forwarded-For", "Origin",
        "Pragma", "Keep-Alive", "Upgrade", "Range", "If-None-Match", "If-Modified-Since", "Content-Encoding",
        "Sec-Fetch-Dest", "Sec-Fetch-Mode", "Sec-Fetch-Site", "Sec-Fetch-User", "Priority", "Trailer", "TE", "Age",
        "Allow", "Via", "Expect", "Accept-Ranges", "Content-Range", "X-Content-Type-Options", "X-Frame-Options",
    };
    private static final int SLOTS = 256;
    private static final String[] TABLE = new String[SLOTS];
    private static final byte[][] BYTES = new byte[SLOTS][];
    /** Each constant's first and last 8 bytes as words (see {@link #first}, {@link #last}): for up to 16 bytes, all of it. */
    private static final long[] FIRST = new long[SLOTS], LAST = new long[SLOTS];
    /** The {@link KnownField} bit of each constant, so a common name needs no second comparison. */
    private static final int[] KNOWN = new int[SLOTS];

    static {
        for (String n : NAMES) {
            if (n.indexOf('_') >= 0) throw new AssertionError("common() promises names without '_': " + n);
            byte[] b = n.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            long first = first(b, 0, b.length), last = last(b, 0, b.length);
            int slot = hash(first, last, b.length);
            while (TABLE[slot] != null) slot = (slot + 1) & (SLOTS - 1);
            TABLE[slot] = n;
            BYTES[slot] = b;
            FIRST[slot] = first;
            LAST[slot] = last;
            KNOWN[slot] = KnownField.bit(n);
        }
    }

    /** The first 8 bytes of b[from, to) as a little-endian word; fewer bytes fill its low end, the rest is 0. */
    private static long first(byte[] b, int from, int to) {
        int n = to - from;
        if (from + 8 <= b.length) return n >= 8 ? ByteScan.word(b, from) : ByteScan.word(b, from) & ((1L << (n << 3)) - 1);
        long w = 0;
        for (int k = Math.min(n, 8) - 1; k >= 0; k--) w = w << 8 | (b[from + k] & 0xff);
        return w;
    }

    /** The last 8 bytes of b[from, to) as a word, or 0 when there are fewer than 8 (then {@link #first} holds them all). */
    private static long last(byte[] b, int from, int to) { return to - from >= 8 ? ByteScan.word(b, to - 8) : 0; }

    private static int hash(long first, long last, int n) {
        long k = (first ^ Long.rotateLeft(last, 29) ^ n) * 0x9E3779B97F4A7C15L;
        return (int) (k >>> 56) & (SLOTS - 1);
    }

    /** The name as a String: a shared constant when the bytes spell one exactly, else a new String. */
    static String name(byte[] buf, int from, int to) {
        int slot = slot(buf, from, to);
        return slot >= 0 ? TABLE[slot] : Abnf.latin1(buf, from, to);
    }

    /**
     * Where the constant the bytes spell exactly sits (for {@link #at} and {@link #known}), or -1.
     * Two words decide a name of up to 16 bytes (most of them); a longer one is compared in full.
     * None of the constants holds '_'.
     */
    static int slot(byte[] buf, int from, int to) {
        int n = to - from;
        if (n == 0) return -1;
        long first = first(buf, from, to), last = last(buf, from, to);
        for (int slot = hash(first, last, n); TABLE[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            if (FIRST[slot] != first || LAST[slot] != last) continue;
            byte[] c = BYTES[slot];
            if (c.length == n && (n <= 16 || ByteScan.same(c, buf, from, n))) return slot;
        }
        return -1;
    }

    /** Every constant, in the order written above. */
    static java.util.List<String> all() { return java.util.List.of(NAMES); }

    /** The constant at a slot {@link #slot} found. */
    static String at(int slot) { return TABLE[slot]; }

    /** The {@link KnownField} bit of the constant at a slot {@link #slot} found. */
    static int known(int slot) { return KNOWN[slot]; }
}
