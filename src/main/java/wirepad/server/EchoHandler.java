package wirepad.server;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import wirepad.http.HttpMessage;
import wirepad.http.StartLine;

/**
 * The seed's Perl echo server, byte for byte: {@code 200 OK} with Date, Content-Length and
 * Content-Type, body {@code You have requested: <path>\n} ({@code GET /} gives Content-Length: 22).
 * HEAD gets the same fields and no body. An HTTP/1.0 request with {@code Connection: keep-alive} gets
 * {@code Connection: keep-alive} back (the connection stays), any other closing one {@code Connection: close}.
 */
public final class EchoHandler implements Handler {
    private final DateField date;

    public EchoHandler(Clock clock) { this.date = new DateField(clock); }

    /** Formats a few fields and returns: quick. */
    @Override public boolean quick() { return true; }

    @Override public Reply handle(HttpMessage request, Peer peer) {
        StartLine.RequestLine rl = request.requestLine();
        byte[] body = ("You have requested: " + path(rl) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        boolean close = !request.keepAlive();
        // HTTP/1.0 keeps a connection only when the answer says so (RFC 9112 §9.3, Appendix C.2.2)
        String connection = close ? "close" : request.version().equals("HTTP/1.0") ? "keep-alive" : null;
        String now = date.now();
        String[][] fields = connection != null
                ? new String[][] {{"Date", now}, {"Content-Length", String.valueOf(body.length)},
                    {"Content-Type", "text/plain; charset=utf-8"}, {"Connection", connection}}
                : new String[][] {{"Date", now}, {"Content-Length", String.valueOf(body.length)},
                    {"Content-Type", "text/plain; charset=utf-8"}};
        byte[] bytes = Replies.response(200, "OK", fields, rl.method().equals("HEAD") ? new byte[0] : body);
        return new Reply(bytes, close);
    }

    /** The path of the request-target, without the query (what Perl's {@code $req->path} gives). */
    static String path(StartLine.RequestLine rl) {
        String t = rl.target();
        switch (rl.form()) {
            case ABSOLUTE -> {
                int slash = t.indexOf('/', t.indexOf("//") + 2);
                t = slash < 0 ? "/" : t.substring(slash);
            }
            case AUTHORITY, ASTERISK -> { return t; }
            default -> { }
        }
        int q = t.indexOf('?');
        return q < 0 ? t : t.substring(0, q);
    }
}
