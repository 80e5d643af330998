package wirepad.http.lint;

import wirepad.http.ParserOptions;
import wirepad.http.ParserOptions.ContentLengthPolicy;

/**
 * The parsers the lint compares: RFC 9112 to the letter, and one common deviation each — so a
 * column that disagrees with strict shows what that one deviation does to the framing.
 */
public enum Profile {
    STRICT("strict", ParserOptions.STRICT, false, "RFC 9112 to the letter"),
    LENIENT("lenient", ParserOptions.LENIENT, false, "bare LF, obs-fold, bare CR, space before ':' accepted (nginx-like)"),
    FIRST_CL("first-cl", ParserOptions.STRICT.named("first-cl", ContentLengthPolicy.FIRST_WINS, false, false), false,
            "differing Content-Length: the first wins"),
    LAST_CL("last-cl", ParserOptions.STRICT.named("last-cl", ContentLengthPolicy.LAST_WINS, false, false), false,
            "differing Content-Length: the last wins"),
    TE_IGNORED("te-ignored", ParserOptions.STRICT.named("te-ignored", ContentLengthPolicy.REJECT_DIFFERING, true, false), false,
            "Transfer-Encoding ignored, Content-Length decides (an HTTP/1.0-style hop)"),
    /** OpenLiteSpeed before 1.7.18 read Content-Length with strtoll(s, NULL, 0) (HTTP Garden server bug 32). */
    CL_LENIENT("cl-lenient", ParserOptions.STRICT.named("cl-lenient", ContentLengthPolicy.REJECT_DIFFERING, false, false)
            .withLenientContentLength(true), false,
            "Content-Length read like strtoll(s, NULL, 0): '+', 0x hex, leading 0 = octal (OpenLiteSpeed before 1.7.18)"),
    /**
     * strtoll(s, NULL, 16) (libevent, OpenLiteSpeed before 1.7.18) and Python's int(s, 16) (aiohttp before 3.8.6,
     * gunicorn, Tornado) read chunk sizes with '+', 0x and, for Python, '_' between digits (HTTP Garden server bugs 1, 25).
     */
    CHUNK_LENIENT("chunk-lenient", ParserOptions.STRICT.named("chunk-lenient", ContentLengthPolicy.REJECT_DIFFERING, false, true), false,
            "chunk-size read loosely: +, 0x, whitespace, '_' between digits (strtoll(s, NULL, 16), Python int(s, 16))"),
    UNDERSCORE_DASH("underscore-dash", ParserOptions.STRICT.named("underscore-dash", ContentLengthPolicy.REJECT_DIFFERING, false, false), true,
            "'_' in field names read as '-' (what a CGI/Rack env mapping does: Transfer_Encoding = Transfer-Encoding)");

    public final String label;
    public final ParserOptions options;
    /** Field names have '_' replaced by '-' before parsing (same length, so offsets stay true). */
    public final boolean underscoreAsDash;
    public final String description;

    Profile(String label, ParserOptions options, boolean underscoreAsDash, String description) {
        this.label = label;
        this.options = options;
        this.underscoreAsDash = underscoreAsDash;
        this.description = description;
    }

    /** The bytes this profile's parser reads: the input, or a copy with '_' → '-' in field names of the head. */
    byte[] view(byte[] input) {
        if (!underscoreAsDash) return input;
        byte[] b = input.clone();
        int i = 0;
        while (i < b.length && b[i] != '\n') i++; // skip the start-line
        i++;
        while (i < b.length) {
            if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n' || b[i] == '\n') break; // the empty line ends the head
            boolean inName = b[i] != ' ' && b[i] != '\t';
            while (i < b.length && b[i] != '\n') {
                if (b[i] == ':') inName = false;
                if (inName && b[i] == '_') b[i] = '-';
                i++;
            }
            i++;
        }
        return b;
    }
}
