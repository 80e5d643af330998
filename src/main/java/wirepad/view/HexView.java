package wirepad.view;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Hexdump;
import wirepad.bytes.Label;
import wirepad.http.Chunk;
import wirepad.http.HeaderField;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StreamParse;
import wirepad.net.ExchangeLog;

/** Hexdumps of both directions, each byte range labelled with the HTTP field it belongs to. */
public final class HexView {
    private HexView() {}

    public static String render(ExchangeLog x) {
        byte[] sent = x.sent(), got = x.received();
        if (x.missing() > 0)
            return "(" + x.missing() + " bytes of this exchange are no longer kept: a ledger keeps the last 16 MiB; labels are left out)\n"
                    + "> sent, kept: " + sent.length + " bytes\n" + Hexdump.dump(sent) + "\n< received, kept: " + got.length + " bytes\n"
                    + Hexdump.dump(got);
        List<HttpMessage> requests = StreamParse.of(Role.REQUEST, ParserOptions.LENIENT, sent).messages();
        int writes = 0;
        for (wirepad.net.Ledger.Entry e : x.ledger().entries())
            if (e.dir() == wirepad.net.Direction.SENT && e.offset() >= x.sentFrom() && e.offset() < x.sentTo()) writes++;
        return "> sent " + sent.length + " bytes" + (writes > 1 ? " in " + writes + " writes (view ledger: each with its time)" : "")
                + ", " + x.ledger().local() + " -> " + x.ledger().remote() + "\n"
                + Hexdump.dump(sent, labels(requests)) + "\n< received " + got.length + " bytes\n"
                + Hexdump.dump(got, labels(x.result().responses()));
    }

    /** Labels for every part of each message: start line, each field line, end of head, chunks, body. */
    public static List<Label> labels(List<HttpMessage> messages) {
        List<Label> out = new ArrayList<>();
        for (HttpMessage m : messages) {
            out.add(new Label(m.startLine().line(), m.isRequest() ? "request-line" : "status-line", ""));
            for (HeaderField f : m.headers()) out.add(new Label(f.line(), "field " + f.name(), ""));
            if (m.chunks().isEmpty()) {
                if (m.bodySpan().length() > 0)
                    out.add(new Label(m.bodySpan(), "body", m.bodySpan().length() + " bytes (" + m.framing().kind().json() + ")"));
            } else {
                for (Chunk c : m.chunks()) {
                    out.add(new Label(c.sizeLine(), c.last() ? "last-chunk" : "chunk-size", "\"" + MessageText.visible(c.sizeText()) + "\" = " + c.size()
                            + (c.extensions().isEmpty() ? "" : " ext " + MessageText.visible(c.extensions()))));
                    if (!c.last()) out.add(new Label(c.data(), "chunk-data", c.size() + " bytes"));
                }
                for (HeaderField t : m.trailers()) out.add(new Label(t.line(), "trailer " + t.name(), ""));
            }
        }
        return out;
    }
}
