package wirepad.view;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Visible;
import wirepad.http.Chunk;
import wirepad.http.Diagnostic;
import wirepad.http.HeaderField;
import wirepad.http.HttpMessage;
import wirepad.http.StartLine;

/** The parsed side of a message, for humans: start line, headers table, framing, diagnostics, body. */
public final class MessageText {
    private MessageText() {}

    public static List<String> lines(HttpMessage m, boolean withBody) {
        List<String> out = new ArrayList<>();
        if (m.startLine() instanceof StartLine.RequestLine r)
            out.add("request   " + visible(r.method()) + " " + visible(r.target()) + " " + visible(r.version()) + "   (" + r.form().name().toLowerCase() + "-form)");
        else {
            StartLine.StatusLine s = m.statusLine();
            out.add("status    " + visible(s.version()) + " " + s.status() + " " + visible(s.reason()));
        }
        out.add("bytes     " + m.span().start() + ".." + m.span().end() + "  (head " + m.head().length() + ", body " + m.bodySpan().length() + " on the wire)");
        if (!m.headers().isEmpty()) {
            int w = 4;
            for (HeaderField f : m.headers()) w = Math.max(w, f.name().length());
            out.add("headers   " + pad("#", 3) + pad("name", w + 2) + "value");
            int i = 1;
            for (HeaderField f : m.headers())
                out.add("          " + pad(String.valueOf(i++), 3) + pad(f.name(), w + 2) + visible(f.value()));
        } else out.add("headers   (none)");
        out.add("framing   " + prose(m.framing().reason()));
        for (Chunk c : m.chunks())
            out.add("  chunk   @" + c.sizeLine().start() + "  size \"" + visible(c.sizeText()) + "\" = " + c.size()
                    + (c.extensions().isEmpty() ? "" : "  ext " + visible(c.extensions()))
                    + (c.last() ? "  (last chunk)" : "  data " + c.data()));
        for (HeaderField t : m.trailers()) out.add("  trailer " + t.name() + ": " + visible(t.value()));
        out.add("persist   " + prose(m.persistence()));
        for (Diagnostic d : m.diagnostics()) out.add((d.isError() ? "error     " : "note      ") + prose(d.toString()));
        if (withBody) {
            out.add("body      " + m.body().length + (m.body().length == 1 ? " byte" : " bytes")
                    + (m.chunks().isEmpty() ? "" : " (decoded from " + (m.chunks().size() - 1) + " chunks)"));
            if (m.body().length > 0)
                for (String l : Visible.lines(m.body(), 0, Math.min(m.body().length, 4096), Visible.Style.GLYPHS)) out.add("  " + l);
            if (m.body().length > 4096) out.add("  … (" + (m.body().length - 4096) + " more bytes)");
        }
        return out;
    }

    /** A field value (ISO-8859-1 chars = bytes) in visible form. */
    public static String visible(String latin1) {
        return Visible.render(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), Visible.Style.GLYPHS);
    }

    /**
     * A sentence the codec wrote, which may quote wire bytes: every control character and every
     * character U+0080..U+00FF (a byte of the message carried as ISO-8859-1) is shown as {@code \xHH};
     * the prose's own characters ({@code §}, arrows, dashes) and escapes already there stay as they are.
     */
    public static String prose(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean raw = c < 0x20 || (c >= 0x7f && c <= 0xff && c != '§');
            if (raw && sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (sb == null) continue;
            if (!raw) sb.append(c);
            else if (c == '\r') sb.append("\\r");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else sb.append("\\x").append(wirepad.bytes.Hex.byteHex(c));
        }
        return sb == null ? s : sb.toString();
    }

    static String pad(String s, int w) { return s.length() >= w ? s + " " : s + " ".repeat(w - s.length()); }
}
