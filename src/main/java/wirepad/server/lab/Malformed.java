package wirepad.server.lab;

import wirepad.server.Handler.Reply;

/**
 * The misbehaving endpoints under {@code /malformed/}: each sends one documented fault on purpose,
 * says what it sends, which rule it breaks, and what a careful client should do about it. After a
 * fault the lab closes the connection (a connection whose framing is in doubt must not be reused).
 */
enum Malformed {
    BARE_LF("bare-lf", "HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 12\n\nbare LF ok!\n",
            "every line of the head ends in LF without CR",
            "RFC 9112 §2.2: a recipient MAY recognize a single LF as a line terminator and ignore a preceding CR",
            "accept it only knowingly (lenient parsers do, strict ones stop); never treat a bare CR the same way"),
    OBS_FOLD("obs-fold", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Folded: first part\r\n  second part\r\nContent-Length: 9\r\n\r\nfolded!\r\n",
            "X-Folded is continued on a line that starts with spaces (obs-fold)",
            "RFC 9112 §5.2: a user agent that receives obs-fold in a response MUST replace each obs-fold with one or more SP",
            "read X-Folded as \"first part second part\"; never read the continuation as a field of its own"),
    DUP_CL("dup-cl", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nContent-Length: 13\r\n\r\nhello, world\n",
            "two Content-Length fields that differ (5 and 13), then 13 body bytes",
            "RFC 9112 §6.3 rule 5: differing values are an unrecoverable error; a user agent MUST close the connection and discard the response",
            "discard the response and close; a client that picks the first or the last value disagrees with the next hop (a desync)"),
    SHORT_CL("short-cl", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello, world\n",
            "Content-Length: 5, then 13 body bytes (\"hello\" and 8 more)",
            "RFC 9112 §6.3 rule 6: the body is exactly Content-Length bytes; what follows would be the next response",
            "use the 5 bytes, treat the excess as an error (it is not a response) and close instead of reusing the connection"),
    LONG_CL("long-cl", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nonly 20 bytes here.\n",
            "Content-Length: 100, then 20 body bytes and the connection closes",
            "RFC 9112 §8: a message closed before Content-Length bytes arrived is incomplete; a client MUST record it as incomplete",
            "do not present it as complete (curl: \"transfer closed with 80 bytes remaining\"); without the close, an idle timeout is the only way out"),
    BAD_CHUNK("bad-chunk", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello, world\r\n0\r\n\r\n",
            "Transfer-Encoding: chunked with a chunk-size of 5 in front of 12 data bytes",
            "RFC 9112 §7.1: chunk-data is exactly chunk-size octets followed by CRLF",
            "stop at the first chunk whose data is not followed by CRLF, report the error and close; never resynchronize by guessing"),
    CLOSE_SILENTLY("close-silently", "",
            "nothing at all: the server reads the request and closes the connection",
            "RFC 9112 §9.3.1: a client MAY retry a request automatically only if it is idempotent (RFC 9110 §9.2.2)",
            "report \"closed without a response\" (curl: \"Empty reply from server\"); retry only idempotent requests, at most once or twice"),
    HTTP09("http09", "an HTTP/0.9 reply: this body has no status line and no header fields.\nIt ends when the server closes.\n",
            "the body alone, no status line, no fields, then close (how HTTP/0.9 answered)",
            "RFC 9112 §2.3 / RFC 9110 §6.2: an HTTP/1.1 request must get an HTTP/1.x status-line; a response must start with HTTP-version",
            "refuse it unless asked to (curl refuses: \"Received HTTP/0.9 when not allowed\"): bytes that are not a status-line are not a response");

    final String slug, bytes, sends, rule, advice;

    Malformed(String slug, String bytes, String sends, String rule, String advice) {
        this.slug = slug;
        this.bytes = bytes;
        this.sends = sends;
        this.rule = rule;
        this.advice = advice;
    }

    String path() { return "/malformed/" + slug; }

    /** The exact bytes, then close: every fault leaves the connection unusable. */
    Reply reply() { return this == CLOSE_SILENTLY ? Reply.silentClose() : new Reply(Res.latin1(bytes), true); }

    static Malformed of(String path) {
        for (Malformed m : values()) if (m.path().equals(path)) return m;
        return null;
    }
}
