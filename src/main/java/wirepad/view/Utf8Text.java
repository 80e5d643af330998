package wirepad.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wirepad.bytes.Visible;
import wirepad.http.HttpMessage;

/**
 * Raw bytes as visible lines, with valid UTF-8 shown as the text it spells: for messages that say
 * {@code charset=utf-8} (RFC 9110 §8.3.2), so that a server's own error page reads as words
 * instead of {@code \xe2\x80\x94}. CR, LF, TAB and control bytes stay visible as in
 * {@link Visible}; a byte that does not start a valid sequence, an overlong form, a surrogate, or a
 * control or format character (U+0080..U+009F, U+200B.., bidi marks) stays {@code \xHH}.
 * The curl and flow views always decode UTF-8 (as curl and tcpflow do, {@link TextLines});
 * the {@code hex} view always shows the bytes.
 */
public final class Utf8Text {
    private Utf8Text() {}

    /** The setting's values: as the message says, always, never. */
    public static final List<String> MODES = List.of("auto", "on", "off");

    /** Whether a raw view decodes UTF-8 under {@code mode} for these messages. */
    public static boolean decode(String mode, List<HttpMessage> messages) {
        if (mode.equals("on")) return true;
        if (!mode.equals("auto")) return false;
        for (HttpMessage m : messages) if (saysUtf8(m.header("Content-Type"))) return true;
        return false;
    }

    /** True for a media type with a charset=utf-8 parameter (any case, quoted or not). */
    static boolean saysUtf8(String contentType) {
        if (contentType == null) return false;
        for (String p : contentType.split(";")) {
            String t = p.strip().toLowerCase(Locale.ROOT).replace("\"", "");
            if (t.equals("charset=utf-8") || t.equals("charset=utf8")) return true;
        }
        return false;
    }

    /** One visible line per input line (split after each LF), like {@link Visible#lines}. */
    public static List<String> lines(byte[] b, int off, int len, boolean utf8) {
        if (!utf8) return Visible.lines(b, off, len, Visible.Style.GLYPHS);
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int end = off + len;
        int i = off;
        while (i < end) {
            int v = b[i] & 0xff;
            int n = v < 0x80 ? 1 : sequence(b, i, end);
            if (n > 1) {
                sb.appendCodePoint(codePoint(b, i, n));
                i += n;
                continue;
            }
            sb.append(Visible.render(b, i, 1, Visible.Style.GLYPHS).replace("\n", ""));
            i++;
            if (v == '\n') { out.add(sb.toString()); sb.setLength(0); }
        }
        if (sb.length() > 0) out.add(sb.toString());
        return out;
    }

    /**
     * The length of the well-formed UTF-8 sequence at {@code i} ({@link TextLines#utf8Length}, as the
     * curl and flow views decode), or 1 when there is none or it spells a control or format character.
     */
    private static int sequence(byte[] b, int i, int end) {
        int n = TextLines.utf8Length(b, i, end);
        if (n == 0) return 1;
        int type = Character.getType(codePoint(b, i, n));
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) return 1;
        return n;
    }

    private static int codePoint(byte[] b, int i, int n) {
        int cp = (b[i] & 0xff) & (n == 2 ? 0x1f : n == 3 ? 0x0f : 0x07);
        for (int k = 1; k < n; k++) cp = cp << 6 | (b[i + k] & 0x3f);
        return cp;
    }
}
