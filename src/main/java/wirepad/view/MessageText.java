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
            out.add("request   " + r.method() + " " + r.target() + " " + r.version() + "   (" + r.form().name().toLowerCase() + "-form)");
        else {
            StartLine.StatusLine s = m.statusLine();
            out.add("status    " + s.version() + " " + s.status() + " " + s.reason());
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
        out.add("framing   " + m.framing().reason());
        for (Chunk c : m.chunks())
            out.add("  chunk   @" + c.sizeLine().start() + "  size \"" + c.sizeText() + "\" = " + c.size()
                    + (c.extensions().isEmpty() ? "" : "  ext " + c.extensions())
                    + (c.last() ? "  (last chunk)" : "  data " + c.data()));
        for (HeaderField t : m.trailers()) out.add("  trailer " + t.name() + ": " + visible(t.value()));
        out.add("persist   " + m.persistence());
        for (Diagnostic d : m.diagnostics()) out.add("note      " + d);
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

    static String pad(String s, int w) { return s.length() >= w ? s + " " : s + " ".repeat(w - s.length()); }
}
