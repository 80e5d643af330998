package wirepad.view;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Pointer;
import wirepad.http.Framing;
import wirepad.http.HttpMessage;
import wirepad.net.Exchange;
import wirepad.net.ExchangeLog;

/**
 * The response view: on the left the raw bytes (CR/LF visible), on the right the parsed status
 * line, headers, framing, diagnostics and timing. Below 80 columns the two are stacked.
 */
public final class SideBySide {
    private SideBySide() {}

    public static String render(ExchangeLog x, int width) { return render(x, width, "off"); }

    /** With {@code utf8} ("auto", "on" or "off", see {@link Utf8Text}): valid UTF-8 in the raw column shown as text. */
    public static String render(ExchangeLog x, int width, String utf8) {
        byte[] raw = x.received();
        List<HttpMessage> said = new ArrayList<>(x.result().responses());
        if (x.result().partial() != null) said.add(x.result().partial());
        boolean text = Utf8Text.decode(utf8, said);
        List<String> left = new ArrayList<>();
        left.add("── raw response (" + raw.length + " bytes) ──");
        if (x.missing() > 0) left.add("(" + x.missing() + " earlier bytes are no longer kept: a ledger keeps the last 16 MiB)");
        left.addAll(Utf8Text.lines(raw, 0, Math.min(raw.length, 64 * 1024), text));
        if (raw.length > 64 * 1024) left.add("… " + (raw.length - 64 * 1024) + " more bytes");
        return Columns.compose(left, Columns.cut(), parsed(x), Columns.words("          "), width, 10);
    }

    /**
     * The right-hand column: requests wirepad could not parse, every response parsed (and the head of
     * one cut short), why reading stopped, timing, errors with a caret.
     */
    public static List<String> parsed(ExchangeLog x) {
        List<String> out = new ArrayList<>();
        out.add("── parsed ──");
        for (byte[] req : x.requests()) {
            String note = Exchange.Batch.of(req).restNote();
            if (note != null) out.add("sent      " + MessageText.prose(note));
        }
        if (x.result().writeCut() != null) out.add("sent      " + MessageText.prose(x.result().writeCut()));
        List<HttpMessage> rs = x.result().responses();
        HttpMessage part = x.result().partial();
        boolean numbered = rs.size() + (part == null ? 0 : 1) > 1;
        int n = 0;
        for (HttpMessage m : rs) {
            if (numbered) out.add("response " + (++n) + (m.status() < 200 ? " (interim)" : ""));
            out.addAll(MessageText.lines(m, false));
            out.add("body      " + m.body().length + (m.body().length == 1 ? " byte" : " bytes"));
        }
        if (part != null) {
            out.add("response " + (numbered ? ++n + " " : "") + "(incomplete)");
            out.addAll(MessageText.lines(part, false));
            long want = part.framing().kind() == Framing.Kind.LENGTH ? part.framing().length() : -1;
            out.add("body      " + part.body().length + (want >= 0 ? " of " + want : "") + (part.body().length == 1 && want < 0 ? " byte" : " bytes")
                    + (part.chunks().isEmpty() ? "" : " decoded") + " so far");
        }
        if (x.result().switched() > 0)
            out.add("then      " + x.result().switched() + (x.result().switched() == 1 ? " byte" : " bytes") + " of the new protocol (not HTTP)");
        if (x.result().error() != null) {
            out.add("error     " + MessageText.prose(x.result().error().describe()));
            byte[] raw = x.received();
            for (String l : Pointer.at(raw, raw.length, x.result().error().offset()).split("\n")) out.add("  " + l);
        }
        out.add(MessageText.prose(x.result().stopped()));
        List<String> t = Timing.lines(x);
        out.add("timing    " + t.get(0));
        out.add("          " + t.get(1));
        if (x.ledger().tls() != null) out.add("tls       " + x.ledger().tls().describe().replace("\n", "\n          "));
        return out;
    }
}
