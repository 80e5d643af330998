package wirepad.server;

import wirepad.bytes.Visible;
import wirepad.http.HttpMessage;
import wirepad.net.Endpoint;

/**
 * How a server logs a request, tcpflow style ({@code 127.0.0.1.40138-127.0.0.1.08080: GET / ...}):
 * the whole head, visibly, and at most {@link #PREVIEW} bytes of the body, then how many more came.
 * A 30 MB upload is one short log entry, not 30 MB of text.
 */
final class RequestLog {
    private RequestLog() {}

    /** Body bytes shown in the log; the rest is counted. */
    static final int PREVIEW = 256;

    static String flow(Endpoint from, Endpoint to, HttpMessage m) { return flow(label(from, to), m); }

    /** What starts every entry of one connection: {@code 127.0.0.1.40138-127.0.0.1.08080: } (a connection keeps it). */
    static String label(Endpoint from, Endpoint to) { return from.flowLabel() + "-" + to.flowLabel() + ": "; }

    static String flow(String label, HttpMessage m) {
        int start = m.span().start(), bodyStart = m.head().end(), end = m.span().end();
        int body = end - bodyStart, shown = Math.min(body, PREVIEW);
        String text = Visible.render(m.stream(), start, bodyStart - start + shown, Visible.Style.GLYPHS);
        if (body > shown) text += (text.endsWith("\n") ? "" : "\n") + "… " + (body - shown) + " more bytes\n";
        return label + text;
    }
}
