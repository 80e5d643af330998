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
    private static final int MAX = 32;
    private static final String[][] BY_LENGTH = new String[MAX + 1][];

    static {
        for (int n = 0; n <= MAX; n++) {
            final int len = n;
            BY_LENGTH[n] = java.util.Arrays.stream(NAMES).filter(s -> s.length() == len).toArray(String[]::new);
        }
    }

    static String name(byte[] buf, int from, int to) {
        int n = to - from;
        if (n <= MAX) {
            outer:
            for (String s : BY_LENGTH[n]) {
                for (int k = 0; k < n; k++) if (s.charAt(k) != buf[from + k]) continue outer;
                return s;
            }
        }
        return Abnf.latin1(buf, from, to);
    }
}
