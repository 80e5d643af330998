package wirepad.http;

/**
 * The grammar of chunk extensions (RFC 9112 §7.1.1):
 * <pre>
 *   chunk-ext      = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
 *   chunk-ext-name = token
 *   chunk-ext-val  = token / quoted-string
 * </pre>
 */
final class ChunkExtension {
    private ChunkExtension() {}

    /** Where {@code ext} breaks the grammar and why, or null when it is well formed. */
    static String[] problem(String ext) {
        int i = 0, n = ext.length();
        while (i < n) {
            i = bws(ext, i);
            if (i == n) return null;
            if (ext.charAt(i) != ';') return new String[] {String.valueOf(i), "expected ';' before a chunk extension"};
            i = bws(ext, i + 1);
            int name = i;
            while (i < n && Abnf.tchar(ext.charAt(i))) i++;
            if (i == name) return new String[] {String.valueOf(i), "a chunk extension needs a name (chunk-ext-name = token)"};
            i = bws(ext, i);
            if (i < n && ext.charAt(i) == '=') {
                i = bws(ext, i + 1);
                if (i < n && ext.charAt(i) == '"') {
                    i++;
                    while (i < n && ext.charAt(i) != '"') i += ext.charAt(i) == '\\' ? 2 : 1;
                    if (i >= n) return new String[] {String.valueOf(n), "unterminated quoted-string in a chunk extension"};
                    i++;
                } else {
                    int val = i;
                    while (i < n && Abnf.tchar(ext.charAt(i))) i++;
                    if (i == val) return new String[] {String.valueOf(i), "a chunk extension's '=' needs a value (token or quoted-string)"};
                }
            }
            int after = bws(ext, i);
            if (after < n && ext.charAt(after) != ';')
                return new String[] {String.valueOf(after), "unexpected bytes in a chunk extension (after a name or value comes ';' or the line end)"};
            i = after;
        }
        return null;
    }

    private static int bws(String s, int i) {
        while (i < s.length() && Abnf.ows(s.charAt(i))) i++;
        return i;
    }
}
