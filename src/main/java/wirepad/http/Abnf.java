package wirepad.http;

/**
 * Character classes of RFC 9110 §5.6 and RFC 5234 Appendix B, as lookup tables.
 * <pre>
 *   tchar  = "!" / "#" / "$" / "%" / "&amp;" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
 *            / DIGIT / ALPHA
 *   field-vchar = VCHAR / obs-text        VCHAR = %x21-7E   obs-text = %x80-FF
 *   OWS    = *( SP / HTAB )
 * </pre>
 */
final class Abnf {
    private Abnf() {}

    static final int SP = ' ', HTAB = '\t', CR = '\r', LF = '\n';
    // Byte classes as tables. Package-private so that resumable scanners can test a run of bytes
    // against a class (see HeadParser#check); never written after this class initialises.
    static final boolean[] TCHAR = new boolean[256];
    private static final boolean[] FIELD_VCHAR = new boolean[256];
    static final boolean[] FIELD_CONTENT = new boolean[256];
    /** VCHAR (%x21-7E): what a request-target is made of. */
    static final boolean[] VCHAR = new boolean[256];
    /** field-content or CR: a field value to the lenient profile, which reads a bare CR as SP. */
    static final boolean[] FIELD_CONTENT_OR_CR = new boolean[256];

    static {
        for (int c = '0'; c <= '9'; c++) TCHAR[c] = true;
        for (int c = 'a'; c <= 'z'; c++) TCHAR[c] = true;
        for (int c = 'A'; c <= 'Z'; c++) TCHAR[c] = true;
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) TCHAR[c] = true;
        for (int c = 0x21; c < 0x100; c++) FIELD_VCHAR[c] = c != 0x7f;
        for (int c = 0; c < 0x100; c++) FIELD_CONTENT[c] = FIELD_VCHAR[c] || c == SP || c == HTAB;
        for (int c = 0x21; c <= 0x7e; c++) VCHAR[c] = true;
        for (int c = 0; c < 0x100; c++) FIELD_CONTENT_OR_CR[c] = FIELD_CONTENT[c] || c == CR;
    }

    static boolean tchar(int b) { return TCHAR[b & 0xff]; }

    static boolean ows(int b) { return b == SP || b == HTAB; }

    static boolean vchar(int b) { return b >= 0x21 && b <= 0x7e; }

    static boolean fieldVchar(int b) { return FIELD_VCHAR[b & 0xff]; }

    /** field-vchar, SP or HTAB: any byte that may stand inside a field value. */
    static boolean fieldContent(int b) { return FIELD_CONTENT[b & 0xff]; }

    static boolean digit(int b) { return b >= '0' && b <= '9'; }

    static int hexValue(int b) {
        if (b >= '0' && b <= '9') return b - '0';
        if (b >= 'a' && b <= 'f') return b - 'a' + 10;
        if (b >= 'A' && b <= 'F') return b - 'A' + 10;
        return -1;
    }

    /** Whether every byte of buf[from, to) is in {@code table}. */
    static boolean all(boolean[] table, byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) if (!table[buf[i] & 0xff]) return false;
        return true;
    }

    static boolean isToken(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0xff || !tchar(s.charAt(i))) return false;
        return true;
    }

    /** One of {@code common} when the bytes spell it exactly, else a new String (nothing is re-cased). */
    static String known(byte[] b, int from, int to, String[] common) {
        int n = to - from;
        outer:
        for (String c : common) {
            if (c.length() != n) continue;
            for (int k = 0; k < n; k++) if (c.charAt(k) != b[from + k]) continue outer;
            return c;
        }
        return latin1(b, from, to);
    }

    static String latin1(byte[] b, int from, int to) {
        return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
