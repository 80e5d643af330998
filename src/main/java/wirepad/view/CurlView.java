package wirepad.view;

import java.util.List;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StreamParse;
import wirepad.net.Endpoint;
import wirepad.net.ExchangeLog;

/** {@code curl -v} style: {@code *} notes, {@code >} request head, {@code <} response head, then the body. */
public final class CurlView {
    private CurlView() {}

    public static String render(ExchangeLog x) {
        StringBuilder sb = new StringBuilder();
        Endpoint r = x.ledger().remote();
        if (x.connectNs() == 0 && x.sentFrom() > 0)
            sb.append("* Re-using the open connection to ").append(x.target()).append(" (from ").append(x.ledger().local()).append(")\n");
        else
            sb.append("* Connected to ").append(x.target()).append(" (").append(r.address()).append(") port ").append(r.port())
              .append(" from ").append(x.ledger().local()).append('\n');
        if (x.ledger().tls() != null) sb.append("* TLS ").append(x.ledger().tls().describe().replace("\n", "\n* ")).append('\n');
        for (byte[] req : x.requests()) {
            StreamParse parsed = StreamParse.of(Role.REQUEST, ParserOptions.LENIENT, req);
            int at = 0;
            for (HttpMessage m : parsed.messages()) {
                int head = m.head().length(), body = m.bodySpan().length();
                for (String l : TextLines.of(req, at, head)) sb.append("> ").append(l).append('\n');
                if (body > 0) {
                    for (String l : TextLines.of(req, at + head, body)) sb.append(l).append('\n');
                    if (req[at + head + body - 1] != '\n') sb.append("* (the request body has no final newline)\n");
                }
                at += m.span().length();
            }
            if (at < req.length) {
                if (at > 0) sb.append("* ").append(req.length - at).append(req.length - at == 1 ? " byte" : " bytes")
                        .append(" after the request's end (a server reads them as the start of the next request):\n");
                for (String l : TextLines.of(req, at, req.length - at)) sb.append("> ").append(l).append('\n');
            }
        }
        if (x.missing() > 0) sb.append("* ").append(x.missing()).append(" bytes of this exchange are no longer kept (a ledger keeps the last 16 MiB)\n");
        byte[] raw = x.received();
        int at = 0;
        for (HttpMessage m : x.result().responses()) {
            byte[] msg = m.raw(); // the parser's own copy of the stream: complete even when the ledger dropped bytes
            int headLen = m.head().length();
            for (String l : TextLines.of(msg, 0, headLen)) sb.append("< ").append(l).append('\n');
            if (msg.length > headLen) for (String l : TextLines.of(msg, headLen, msg.length - headLen)) sb.append(l).append('\n');
            at += m.span().length();
        }
        if (x.missing() == 0 && at < raw.length) {
            if (x.result().error() == null) sb.append("* ").append(raw.length - at).append(" bytes of an incomplete response:\n");
            for (String l : TextLines.of(raw, at, raw.length - at)) sb.append("< ").append(l).append('\n');
        }
        if (x.result().error() != null) sb.append("* error: ").append(x.result().error().describe()).append('\n');
        sb.append("* ").append(x.result().stopped()).append('\n');
        List<HttpMessage> rs = x.result().responses();
        if (rs.isEmpty() || x.result().error() != null) sb.append("* Connection closing: nothing more can be read from it\n");
        else {
            HttpMessage last = rs.get(rs.size() - 1);
            sb.append(last.keepAlive() ? "* Connection left intact: " : "* Connection closing: ").append(last.persistence()).append('\n');
        }
        return sb.toString();
    }
}
