package wirepad.server;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import wirepad.http.HttpDate;
import wirepad.http.HttpMessage;
import wirepad.http.StartLine;

/**
 * The seed's Perl echo server, byte for byte: {@code 200 OK} with Date, Content-Length and
 * Content-Type, body {@code You have requested: <path>\n} ({@code GET /} gives Content-Length: 22).
 * HEAD gets the same fields and no body.
 */
public final class EchoHandler implements Handler {
    private final Clock clock;

    public EchoHandler(Clock clock) { this.clock = clock; }

    @Override public Reply handle(HttpMessage request, Peer peer) {
        StartLine.RequestLine rl = request.requestLine();
        byte[] body = ("You have requested: " + path(rl) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        boolean close = !request.keepAlive();
        String[][] fields = close
                ? new String[][] {{"Date", HttpDate.format(clock.instant())}, {"Content-Length", String.valueOf(body.length)},
                    {"Content-Type", "text/plain; charset=utf-8"}, {"Connection", "close"}}
                : new String[][] {{"Date", HttpDate.format(clock.instant())}, {"Content-Length", String.valueOf(body.length)},
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
