package wirepad.server.lab;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import wirepad.http.HttpDate;
import wirepad.server.Handler.Reply;
import wirepad.server.Replies;

/**
 * Well-formed lab responses: status line, Date, the given fields, Content-Type and Content-Length
 * (always, so every reply is framed by length and keep-alive works), then the body. HEAD gets the
 * same head and no body (RFC 9110 §9.3.2). {@code Connection: close} when the connection ends after it,
 * {@code Connection: keep-alive} to an HTTP/1.0 request whose connection stays (RFC 9112 §9.3).
 */
final class Res {
    private Res() {}

    static Reply of(Clock clock, LabRequest r, int status, String type, byte[] body, String... fields) {
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"Date", HttpDate.format(clock.instant())});
        for (int i = 0; i + 1 < fields.length; i += 2) f.add(new String[] {fields[i], fields[i + 1]});
        if (type != null) f.add(new String[] {"Content-Type", type});
        if (status != 204 && status != 304) f.add(new String[] {"Content-Length", String.valueOf(body.length)});
        boolean close = r.headOnly() || !r.message().keepAlive();
        if (close) f.add(new String[] {"Connection", "close"});
        else if (r.message().version().equals("HTTP/1.0")) f.add(new String[] {"Connection", "keep-alive"}); // RFC 9112 §9.3
        boolean noBody = r.is("HEAD") || status == 204 || status == 304;
        return new Reply(Replies.response(status, reason(status), f.toArray(new String[0][]), noBody ? new byte[0] : body), close);
    }

    static Reply text(Clock clock, LabRequest r, int status, String text, String... fields) {
        return of(clock, r, status, "text/plain; charset=utf-8", utf8(text), fields);
    }

    static Reply html(Clock clock, LabRequest r, int status, String html, String... fields) {
        return of(clock, r, status, "text/html; charset=UTF-8", utf8(html), fields);
    }

    static Reply json(Clock clock, LabRequest r, int status, String json, String... fields) {
        return of(clock, r, status, "application/json", utf8(json + "\n"), fields);
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static byte[] latin1(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    /** RFC 9110 §15 reason phrases for the codes the lab uses (and a generic one otherwise). */
    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 418 -> "I'm a teapot";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status < 300 ? "Success" : status < 400 ? "Redirection" : status < 500 ? "Client Error" : "Server Error";
        };
    }
}
