package wirepad.repl.http;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Pointer;
import wirepad.bytes.Visible;
import wirepad.http.Diagnostic;
import wirepad.http.Framing;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.http.RequestDraft;
import wirepad.http.Role;
import wirepad.http.StreamParse;

/** How a draft is shown: numbered lines with visible terminators, then what a strict server makes of it. */
final class DraftView {
    private DraftView() {}

    static List<String> lines(RequestDraft d) {
        List<String> out = new ArrayList<>();
        out.add("    " + vis(d.startLine() + d.startEol()));
        for (int i = 0; i < d.fields().size(); i++) {
            RequestDraft.Line l = d.fields().get(i);
            out.add(String.format("%3d %s", i + 1, vis(l.text() + l.eol())));
        }
        out.add("    " + vis(d.headEnd()));
        if (d.body().length == 0) out.add("    (no body)");
        else for (String b : Visible.lines(d.body(), 0, d.body().length, Visible.Style.GLYPHS)) out.add("    " + b);
        byte[] all = d.toBytes();
        out.add("    " + all.length + " bytes" + (d.body().length > 0 ? " (body " + d.body().length + ")" : ""));
        return out;
    }

    /** What a strict RFC 9112 server would do with these bytes, and where the draft and the framing disagree. */
    static List<String> lint(RequestDraft d) {
        List<String> out = new ArrayList<>();
        byte[] all = d.toBytes();
        StreamParse strict = StreamParse.of(Role.REQUEST, ParserOptions.STRICT, all, Integer.MAX_VALUE, false, null);
        if (!strict.messages().isEmpty() && strict.messages().get(0).rejection() == null) { // a framed but rejected request (Host) reads as REJECTED below
            HttpMessage m = strict.messages().get(0);
            out.add("strict:  ok, " + m.framing().reason());
            for (Diagnostic diag : m.diagnostics()) out.add("note:    " + diag);
            int extra = all.length - m.span().length();
            if (extra > 0) {
                if (m.framing().kind() == Framing.Kind.NONE && d.body().length > 0)
                    out.add("warning: the server reads no body, so the " + d.body().length
                            + " body bytes become the start of the next request ('length' adds Content-Length)");
                else out.add("warning: " + extra + " bytes after the message's end would be read as the next request");
                if (strict.error() != null) out.add("         read as a request they are rejected: " + strict.error().describe());
            }
            if (strict.messages().size() > 1) out.add("note:    these bytes hold " + strict.messages().size() + " requests");
            return out;
        }
        if (strict.error() != null) {
            out.add("strict:  REJECTED " + strict.error().describe());
            for (String l : Pointer.at(all, all.length, strict.error().offset()).split("\n")) out.add("           " + l);
            StreamParse lenient = StreamParse.of(Role.REQUEST, ParserOptions.LENIENT, all, Integer.MAX_VALUE, false, null);
            out.add(lenient.error() == null ? "lenient: accepted (a lenient server would go on; see 'lint' for the profiles)"
                    : "lenient: rejected too: " + lenient.error().describe());
            return out;
        }
        out.add("strict:  incomplete: a server waits for " + strict.waiting());
        return out;
    }

    static String vis(String latin1) {
        return Visible.render(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), Visible.Style.GLYPHS).replace("\n", "");
    }
}
