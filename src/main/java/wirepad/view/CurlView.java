package wirepad.view;

import java.util.List;
import wirepad.http.HttpMessage;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Ending;
import wirepad.net.Exchange;
import wirepad.net.ExchangeLog;
import wirepad.net.Ledger;

/**
 * {@code curl -v} style: {@code *} notes, {@code >} request head, {@code <} response head, then the
 * body. A head line that ends in a bare LF instead of CRLF is marked {@code ␊} (curl would not show it).
 */
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
        // made before this exchange ('open', or an earlier send on it): the time it sat unused is the prompt's, not the server's
        if (x.connectNs() == 0 && x.result().startNs() > 0)
            sb.append("* Idle ").append(Timing.ms(Timing.idleNs(x))).append(x.sentFrom() > 0 ? " since the last exchange" : " since the connect")
              .append(" (time at the prompt, not the server's)\n");
        if (x.ledger().tls() != null) sb.append("* TLS ").append(x.ledger().tls().describe().replace("\n", "\n* ")).append('\n');
        for (byte[] req : x.requests()) requests(sb, Exchange.Batch.of(req));
        if (x.result().writeCut() != null) sb.append("* ").append(MessageText.prose(x.result().writeCut())).append('\n');
        if (x.missing() > 0) sb.append("* ").append(x.missing()).append(" bytes of this exchange are no longer kept (a ledger keeps the last 16 MiB)\n");
        byte[] raw = x.received();
        Exchange.Result res = x.result();
        int at = 0, n = 0;
        // several answers (pipelining, 1xx): numbered, as in the side view, so each can be matched to its request
        boolean numbered = res.responses().size() + (res.partial() == null ? 0 : 1) > 1;
        for (HttpMessage m : res.responses()) {
            if (numbered) sb.append("* response ").append(++n).append(m.status() < 200 ? " (interim)" : "").append('\n');
            message(sb, m, "< ");
            at = m.span().end();
        }
        if (x.missing() == 0 && at < raw.length) {
            HttpMessage part = res.partial();
            if (res.ending() == Ending.SWITCHED) sb.append("* ").append(bytes(raw.length - at))
                    .append(" after the switch: they belong to the new protocol, not to HTTP:\n");
            else if (res.leftover() > 0) sb.append("* ").append(bytes(raw.length - at)).append(" that answer no request (the connection is out of step):\n");
            else if (res.error() == null) sb.append("* ").append(bytes(raw.length - at)).append(" of an incomplete response:\n");
            if (part != null && part.span().start() == at && res.ending() != Ending.SWITCHED) {
                if (numbered) sb.append("* response ").append(++n).append(" (incomplete)\n");
                message(sb, part, "< ");
                at = part.span().end();
            }
            if (at < raw.length) for (String l : TextLines.of(raw, at, raw.length - at, TextLines.FRAMING)) sb.append("< ").append(l).append('\n');
        }
        if (res.error() != null) sb.append("* error: ").append(MessageText.prose(res.error().describe())).append('\n');
        sb.append("* ").append(MessageText.prose(res.stopped())).append('\n');
        sb.append("* ").append(connection(x)).append('\n');
        return sb.toString();
    }

    /** The requests of one buffer: each head after "> ", its body as is, then bytes that did not parse. */
    private static void requests(StringBuilder sb, Exchange.Batch b) {
        byte[] req = b.bytes();
        int at = 0;
        for (HttpMessage m : b.parsed()) {
            if (m.span().start() > at) for (String l : TextLines.of(req, at, m.span().start() - at, TextLines.FRAMING)) sb.append("> ").append(l).append('\n');
            message(sb, m, "> ");
            int end = m.span().end();
            if (m.bodySpan().length() > 0 && req[end - 1] != '\n') sb.append("* (the request body has no final newline)\n");
            at = end;
        }
        if (at < req.length) {
            String why = b.restNote();
            if (why != null) sb.append("* ").append(MessageText.prose(why)).append(":\n");
            else if (at > 0) sb.append("* ").append(bytes(req.length - at))
                    .append(" after the request's end (a server reads them as the start of the next request):\n");
            for (String l : TextLines.of(req, at, req.length - at, TextLines.FRAMING)) sb.append("> ").append(l).append('\n');
        }
    }

    /** A head line by line after the prefix, then the body (chunk-size lines included) as it came. */
    private static void message(StringBuilder sb, HttpMessage m, String prefix) {
        byte[] s = m.stream();
        int head = m.head().start(), body = m.bodySpan().start(), end = m.span().end();
        for (String l : TextLines.of(s, head, body - head, TextLines.FRAMING)) sb.append(prefix).append(l).append('\n');
        if (end > body) for (String l : TextLines.of(s, body, end - body, LineEnds.framing(LineEnds.data(m), 0))) sb.append(l).append('\n');
    }

    /**
     * The last line: whether the connection can carry another request, and why. When the ledger shows
     * the connection closed right after this exchange, it says so (the ledger view shows the same close).
     */
    private static String connection(ExchangeLog x) {
        Exchange.Result r = x.result();
        Ledger l = x.ledger();
        String closed = l.closedBy() != null && x.sentTo() >= l.total(Direction.SENT) && r.receivedTo() >= l.total(Direction.RECEIVED)
                ? l.closedBy() : null;
        String state = closed != null ? "Connection closed (" + closed.replace(" (", ", ").replace(")", "") + "): " : "Connection closing: ";
        List<HttpMessage> rs = r.responses();
        switch (r.ending()) {
            case SWITCHED -> {
                HttpMessage last = rs.get(rs.size() - 1);
                return (closed != null ? state : "Connection switched protocols: ") + "after the " + last.status()
                        + " its bytes belong to the new protocol, not to HTTP";
            }
            case CANCELLED -> { return state + "cancelled mid-exchange, so the connection is out of step"; }
            case TLS_TRUNCATED -> { return state + "TCP closed without TLS close_notify, so the body may be cut short"; }
            case RESET -> { return "Connection reset by the peer"; }
            case EMPTY_REPLY -> { return state + "empty reply from server"; }
            default -> { }
        }
        if (rs.isEmpty() || r.error() != null) return state + "nothing more can be read from it";
        if (r.leftover() > 0) return state + "bytes came that answer no request, so the next response could not be told apart";
        if (!r.complete()) return state + "not every response came, so the connection is out of step";
        HttpMessage last = rs.get(rs.size() - 1);
        if (closed != null && last.keepAlive()) return state + "the response allowed reuse (" + MessageText.prose(last.persistence()) + ")";
        return (last.keepAlive() ? "Connection left intact: " : state) + MessageText.prose(last.persistence());
    }

    private static String bytes(long n) { return n + (n == 1 ? " byte" : " bytes"); }
}
