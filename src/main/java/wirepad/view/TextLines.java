package wirepad.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import wirepad.bytes.Hex;

/**
 * Bytes as text the way curl and tcpflow show them on a terminal: a line per LF, the line's CRLF
 * not drawn, printable ASCII and well-formed UTF-8 as text, a bare CR as {@code ␍}, every other
 * control byte and every stray byte ≥ 0x80 as {@code \xHH}. Where a line end must be CRLF (in a
 * head or a chunk-size line, RFC 9112 §2.2), a bare LF is marked {@code ␊} so it does not pass for
 * CRLF; in body data a bare LF is only text and ends the line unmarked.
 */
final class TextLines {
    private TextLines() {}

    /** Every line end unmarked: for body data and other free text. */
    static final IntPredicate FREE = i -> false;
    /** Every bare LF marked: for heads and bytes that did not parse. */
    static final IntPredicate FRAMING = i -> true;

    static List<String> of(byte[] b, int off, int len) { return of(b, off, len, FREE); }

    /** {@code framing.test(i)} says whether the LF at index i ends a line that must end in CRLF. */
    static List<String> of(byte[] b, int off, int len, IntPredicate framing) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int end = off + len;
        for (int i = off; i < end; i++) {
            int v = b[i] & 0xff;
            if (v == '\n') {
                if ((i == off || b[i - 1] != '\r') && framing.test(i)) sb.append('␊');
                out.add(sb.toString());
                sb.setLength(0);
            } else if (v == '\r') {
                if (i + 1 < end && b[i + 1] == '\n') continue;
                sb.append('␍');
            } else if (v == '\t' || (v >= 0x20 && v < 0x7f)) {
                sb.append((char) v);
            } else {
                int n = utf8Length(b, i, end);
                if (n > 0) {
                    sb.append(new String(b, i, n, java.nio.charset.StandardCharsets.UTF_8));
                    i += n - 1;
                } else sb.append("\\x").append(Hex.byteHex(v));
            }
        }
        if (sb.length() > 0) out.add(sb.toString());
        return out;
    }

    /** Length of a well-formed UTF-8 sequence (2-4 bytes, no overlongs, no surrogates) at i, or 0. */
    static int utf8Length(byte[] b, int i, int end) {
        int v = b[i] & 0xff;
        int n = v >= 0xc2 && v <= 0xdf ? 2 : v >= 0xe0 && v <= 0xef ? 3 : v >= 0xf0 && v <= 0xf4 ? 4 : 0;
        if (n == 0 || i + n > end) return 0;
        for (int k = 1; k < n; k++) if ((b[i + k] & 0xc0) != 0x80) return 0;
        int b1 = b[i + 1] & 0xff;
        if (v == 0xe0 && b1 < 0xa0) return 0;
        if (v == 0xed && b1 >= 0xa0) return 0;
        if (v == 0xf0 && b1 < 0x90) return 0;
        if (v == 0xf4 && b1 >= 0x90) return 0;
        return n;
    }
}
