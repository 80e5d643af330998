package wirepad.repl.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import wirepad.http.RequestDraft;
import wirepad.repl.MoreInput;

/**
 * A request pasted or typed as lines (each keeping its terminator when the console knew it), made
 * into a draft: the first line is the request line, the lines up to the first empty one are field
 * lines, the empty line ends the head (RFC 9112 §2.1), and the lines after it are the body.
 * <p>
 * By default every line end becomes CRLF, as RFC 9112 §2.2 asks of a sender, and {@link #changed}
 * counts the ones that were not CRLF already; with {@code asIs} each keeps the terminator it came
 * with (a line whose terminator is unknown, typed at a terminal, ends in LF). The line end after the
 * last body line is the end of the paste, not part of the body.
 */
record PastedRequest(RequestDraft draft, int changed, boolean headEnded) {
    static PastedRequest of(List<String> lines, boolean asIs) {
        List<String> bytes = new ArrayList<>();
        for (String l : lines) bytes.add(latin1(l));
        return ofBytes(bytes, asIs);
    }

    /** The same from lines that are bytes already (one char per byte). */
    static PastedRequest ofBytes(List<String> lines, boolean asIs) {
        if (lines.isEmpty()) throw new IllegalArgumentException("no lines");
        int[] changed = {0};
        String start = (MoreInput.strip(lines.get(0)));
        String startEol = eol(lines.get(0), asIs, changed);
        List<RequestDraft.Line> fields = new ArrayList<>();
        int i = 1;
        String headEnd = null;
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            if (MoreInput.strip(l).isEmpty()) {
                headEnd = eol(l, asIs, changed);
                i++;
                break;
            }
            fields.add(new RequestDraft.Line((MoreInput.strip(l)), eol(l, asIs, changed)));
        }
        StringBuilder body = new StringBuilder();
        for (int k = i; k < lines.size(); k++) {
            String l = lines.get(k);
            body.append((MoreInput.strip(l)));
            if (k < lines.size() - 1) body.append(eol(l, asIs, changed));
        }
        boolean ended = headEnd != null;
        RequestDraft d = new RequestDraft(start, startEol, fields, ended ? headEnd : RequestDraft.CRLF,
                body.toString().getBytes(StandardCharsets.ISO_8859_1));
        return new PastedRequest(d, changed[0], ended);
    }

    private static String eol(String line, boolean asIs, int[] changed) {
        String t = MoreInput.terminator(line);
        if (asIs) return t.isEmpty() ? "\n" : t;
        if (!t.equals(RequestDraft.CRLF)) changed[0]++;
        return RequestDraft.CRLF;
    }

    /** The line's characters as UTF-8 bytes, held one byte per char as drafts keep them. */
    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The note on line ends: how many were changed, or that they were kept. */
    String note(boolean asIs) {
        if (asIs) return "line ends kept as they came (paste --as-is)";
        if (changed == 0) return "every line end was CRLF already";
        return changed + (changed == 1 ? " line end" : " line ends") + " changed to CRLF (--as-is keeps them)";
    }
}
