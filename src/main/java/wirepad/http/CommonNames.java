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

    static {
        for (String n : NAMES) {
            if (n.indexOf('_') >= 0) throw new AssertionError("common() promises names without '_': " + n);
            byte[] b = n.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            int slot = hash(b, 0, b.length) & (SLOTS - 1);
            while (TABLE[slot] != null) slot = (slot + 1) & (SLOTS - 1);
            TABLE[slot] = n;
            BYTES[slot] = b;
        }
    }

    /** A cheap hash: the length and three sampled bytes (a hit is confirmed by comparing all bytes). */
    static int hash(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 0) return 0;
        return n * 31 + b[from] * 7 + b[from + n / 2] * 3 + b[to - 1];
    }

    /** The name as a String: a shared constant when the bytes spell one exactly, else a new String. */
    static String name(byte[] buf, int from, int to, int hash) {
        String c = common(buf, from, to, hash);
        return c != null ? c : Abnf.latin1(buf, from, to);
    }

    /** The shared constant the bytes spell exactly, or null. None of the constants holds '_'. */
    static String common(byte[] buf, int from, int to) { return common(buf, from, to, hash(buf, from, to)); }

    private static String common(byte[] buf, int from, int to, int hash) {
        int n = to - from;
        for (int slot = hash & (SLOTS - 1); TABLE[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            byte[] c = BYTES[slot];
            if (c.length == n && ByteScan.same(c, buf, from, n)) return TABLE[slot];
        }
        return null;
    }

    static String name(byte[] buf, int from, int to) { return name(buf, from, to, hash(buf, from, to)); }
}
