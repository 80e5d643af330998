package wirepad.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import wirepad.bytes.Pointer;
import wirepad.http.HttpDate;
import wirepad.http.ParseError;

/** Builds response bytes: status line, fields in the given order, CRLF, body. Nothing added unasked. */
public final class Replies {
    private Replies() {}

    public static byte[] response(int status, String reason, String[][] fields, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + body.length);
        out.writeBytes(("HTTP/1.1 " + status + " " + reason + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (String[] f : fields) out.writeBytes((f[0] + ": " + f[1] + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[] {'\r', '\n'});
        out.writeBytes(body);
        return out.toByteArray();
    }

    /**
     * The answer to bytes that broke a rule: the status the RFC asks for (400, or 414/431/413/505 for
     * limits and versions) and a plain-text body that names the byte, the rule and shows where.
     */
    public static byte[] error(ParseError e, byte[] stream, int len, Clock clock) { return error(e, stream, len, 0, clock); }

    /** As above, for a request that starts {@code base} bytes into its connection (after pipelined ones): both offsets are given. */
    public static byte[] error(ParseError e, byte[] stream, int len, long base, Clock clock) {
        int status = statusFor(e);
        String reason = switch (status) {
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 505 -> "HTTP Version Not Supported";
            default -> "Bad Request";
        };
        String where = base == 0 ? e.describe()
                : "byte " + e.offset() + " of this request (byte " + (base + e.offset()) + " on the connection): " + e.message() + " (" + e.rule() + ")";
        String text = status + " " + reason + ": " + where + "\n" + Pointer.at(stream, len, e.offset());
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return response(status, reason, new String[][] {
            {"Date", HttpDate.format(clock.instant())},
            {"Content-Type", "text/plain; charset=utf-8"},
            {"Content-Length", String.valueOf(body.length)},
            {"Connection", "close"}}, body);
    }

    /**
     * 408 after the idle timeout with a request half received. An empty body when nothing of a
     * body was missing (the head itself was incomplete); otherwise a sentence saying how many
     * Content-Length bytes never came (a client whose Content-Length is too large sees this).
     */
    public static byte[] timeout(long bodyBytesMissing, int idleMs) {
        if (bodyBytesMissing <= 0)
            return response(408, "Request Timeout", new String[][] {{"Connection", "close"}, {"Content-Length", "0"}}, new byte[0]);
        byte[] body = ("408 Request Timeout: waited " + idleMs + " ms for " + bodyBytesMissing
                + " more body bytes; the Content-Length you sent is larger than the body you sent (RFC 9112 §6.3 rule 6, §8)\n")
                .getBytes(StandardCharsets.UTF_8);
        return response(408, "Request Timeout", new String[][] {{"Connection", "close"}, {"Content-Type", "text/plain; charset=utf-8"},
            {"Content-Length", String.valueOf(body.length)}}, body);
    }

    /** 503 for a connection over the server's limit: what the limit is, and that this connection closes. */
    public static byte[] busy(int maxConnections, Clock clock) {
        byte[] body = ("503 Service Unavailable: this server already has " + maxConnections + " connections open, its limit;"
                + " this one is closed. Try again when one closes (wirepad serve --max-connections N raises the limit).\n")
                .getBytes(StandardCharsets.UTF_8);
        return response(503, "Service Unavailable", new String[][] {
            {"Date", HttpDate.format(clock.instant())},
            {"Content-Type", "text/plain; charset=utf-8"},
            {"Content-Length", String.valueOf(body.length)},
            {"Connection", "close"}}, body);
    }

    /**
     * 413 for a body over the limit, from its Content-Length (or the bytes counted so far), before
     * reading the rest of it (RFC 9110 §15.5.14); the connection closes.
     */
    public static byte[] tooLarge(long length, long max, Clock clock) {
        return closing(413, "Content Too Large", "413 Content Too Large: the body is " + length + " bytes; this server reads at most "
                + max + " (" + (max >> 20) + " MiB) per request, so it did not read it (RFC 9110 §15.5.14).\n", clock);
    }

    /** 413 for a chunked body past what one request may hold (its bytes are kept twice while read: raw and decoded). */
    public static byte[] tooLargeChunked(long received, long max, Clock clock) {
        return closing(413, "Content Too Large", "413 Content Too Large: " + received + " bytes of a chunked body came; this server holds"
                + " at most " + max + " (" + (max >> 20) + " MiB) of one, since it keeps a chunked body twice while reading it"
                + " (as sent and decoded). Send it with a Content-Length (up to 32 MiB) or in parts (RFC 9110 §15.5.14).\n", clock);
    }

    /** 503 when the request bytes held for all connections together reach the server's cap. */
    public static byte[] full(long held, long max, Clock clock) {
        return closing(503, "Service Unavailable", "503 Service Unavailable: the memory this server holds for incomplete requests"
                + (held < 0 ? "" : " (" + held + " bytes)") + " is at its cap of " + max + " (" + (max >> 20)
                + " MiB) for all connections together; this request is dropped. Try again when the other uploads are done.\n", clock);
    }

    /** 503 when every worker is busy answering (slow or streamed replies). */
    public static byte[] workersBusy(int workers, Clock clock) {
        return closing(503, "Service Unavailable", "503 Service Unavailable: all " + workers + " workers of this server are busy answering"
                + " other requests (slow or streamed replies); this one is dropped. Try again in a moment.\n", clock);
    }

    /** 408 when the whole head did not come within the head deadline (a slowloris client sees this). */
    public static byte[] headTimeout(int headMs, int received) {
        byte[] body = ("408 Request Timeout: the head (request-line and fields, up to the empty line) must arrive within " + headMs
                + " ms of its first byte; " + received + " bytes came, without the empty line (RFC 9112 §2.1, §9.5)\n")
                .getBytes(StandardCharsets.UTF_8);
        return response(408, "Request Timeout", new String[][] {{"Connection", "close"}, {"Content-Type", "text/plain; charset=utf-8"},
            {"Content-Length", String.valueOf(body.length)}}, body);
    }

    /**
     * 408 when a body comes slower than the server's minimum rate: how much came in how long, and
     * the rule (the body may take {@code bodyMs}, plus 1 s for every {@code rate} bytes received).
     */
    public static byte[] bodyTooSlow(long received, long ms, int bodyMs, int rate) {
        byte[] body = ("408 Request Timeout: the body came too slowly: " + received + " bytes in " + ms + " ms after the head."
                + " This server gives a body " + bodyMs + " ms, plus 1 s for every " + rate + " bytes that come (at least " + rate
                + " bytes a second on average; wirepad serve --body-rate N changes it)\n").getBytes(StandardCharsets.UTF_8);
        return response(408, "Request Timeout", new String[][] {{"Connection", "close"}, {"Content-Type", "text/plain; charset=utf-8"},
            {"Content-Length", String.valueOf(body.length)}}, body);
    }

    /** 500 when a handler failed on a request: what failed, never a stack trace. */
    public static byte[] internalError(Throwable e, Clock clock) {
        return closing(500, "Internal Server Error", "500 Internal Server Error: the server failed on this request: " + e + "\n", clock);
    }

    private static byte[] closing(int status, String reason, String text, Clock clock) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return response(status, reason, new String[][] {
            {"Date", HttpDate.format(clock.instant())},
            {"Content-Type", "text/plain; charset=utf-8"},
            {"Content-Length", String.valueOf(body.length)},
            {"Connection", "close"}}, body);
    }

    static int statusFor(ParseError e) {
        return switch (e.rule()) {
            case "limit:start-line" -> 414;
            case "limit:field-line", "limit:head", "limit:fields" -> 431;
            case "limit:body" -> 413;
            default -> e.message().startsWith("unsupported HTTP major version") ? 505 : 400;
        };
    }
}
