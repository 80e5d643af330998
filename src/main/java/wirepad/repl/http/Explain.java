package wirepad.repl.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import wirepad.http.HeaderField;
import wirepad.http.HttpDate;
import wirepad.http.HttpMessage;

/** What each field of a response means, with the RFC section, in one or two lines each. */
final class Explain {
    private Explain() {}

    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("date", "when the server made this response, by its own clock (RFC 9110 §6.6.1); always IMF-fixdate in GMT"),
            Map.entry("content-type", "the media type of the body and its charset, so the client knows how to read the bytes (RFC 9110 §8.3)"),
            Map.entry("transfer-encoding", "codings applied to the body for transfer; chunked means size-prefixed chunks ending with a 0 chunk (RFC 9112 §6.1, §7.1)"),
            Map.entry("connection", "options for this connection only; close means it ends after this message (RFC 9110 §7.6.1, RFC 9112 §9.6)"),
            Map.entry("keep-alive", "HTTP/1.0-era hints for persistent connections (timeout, max); not part of HTTP/1.1 (RFC 9112 §9.3)"),
            Map.entry("location", "where the created resource (201) or the redirect target (3xx) is (RFC 9110 §10.2.2)"),
            Map.entry("server", "the software that answered; informative only (RFC 9110 §10.2.4)"),
            Map.entry("cache-control", "caching rules for this response (RFC 9111 §5.2)"),
            Map.entry("etag", "a validator for this version of the resource; send it back in If-None-Match (RFC 9110 §8.8.3)"),
            Map.entry("last-modified", "when the resource last changed, for If-Modified-Since (RFC 9110 §8.8.2)"),
            Map.entry("set-cookie", "asks the client to store a cookie and send it back (RFC 6265 §4.1)"),
            Map.entry("content-encoding", "codings of the representation itself (gzip…); the client must undo them to get the content (RFC 9110 §8.4)"),
            Map.entry("vary", "which request fields picked this response, for caches (RFC 9110 §12.5.5)"),
            Map.entry("allow", "the methods the resource supports (RFC 9110 §10.2.1)"),
            Map.entry("retry-after", "how long to wait before trying again (RFC 9110 §10.2.3)"),
            Map.entry("www-authenticate", "how to authenticate for this resource (RFC 9110 §11.6.1)"),
            Map.entry("trailer", "which fields come after a chunked body (RFC 9110 §6.6.2)"),
            Map.entry("host", "the host and port the client asked for; HTTP/1.1 requests must carry exactly one (RFC 9112 §3.2)"),
            Map.entry("user-agent", "the client software (RFC 9110 §10.1.5)"),
            Map.entry("accept", "the media types the client prefers (RFC 9110 §12.5.1)"));

    static List<String> lines(HttpMessage m) {
        List<String> out = new ArrayList<>();
        out.add(m.isRequest() ? m.requestLine().method() + " " + m.requestLine().target() + " " + m.version()
                : m.version() + " " + m.status() + " " + m.statusLine().reason() + "  — " + statusClass(m.status()));
        for (HeaderField f : m.headers()) {
            String key = f.name().toLowerCase(Locale.ROOT);
            out.add(f.name() + ": " + DraftView.vis(f.value()));
            if (key.equals("content-length"))
                out.add("  " + (m.framing().kind() == wirepad.http.Framing.Kind.LENGTH ? contentLength(f.value(), m)
                        : "it does not frame this body: " + m.framing().reason()));
            else if (key.equals("date")) {
                out.add("  " + NOTES.get(key));
                out.add("  " + (HttpDate.parse(f.value()) != null ? "valid HTTP-date" : "NOT a valid HTTP-date (RFC 9110 §5.6.7)"));
            } else out.add("  " + NOTES.getOrDefault(key, "no notes for this field (it is passed on as is)"));
        }
        out.add("framing: " + m.framing().reason());
        out.add("persist: " + m.persistence());
        return out;
    }

    /** "22 = the body's length in bytes: 21 printable + 1 LF" — counting what the reader sees. */
    static String contentLength(String v, HttpMessage m) {
        byte[] b = m.body();
        int lf = 0, cr = 0, other = 0;
        for (byte x : b) {
            if (x == '\n') lf++;
            else if (x == '\r') cr++;
            else if ((x & 0xff) < 0x20 || (x & 0xff) >= 0x7f) other++;
        }
        int printable = b.length - lf - cr - other;
        String count = printable + " printable" + (lf > 0 ? " + " + lf + " LF" : "") + (cr > 0 ? " + " + cr + " CR" : "")
                + (other > 0 ? " + " + other + " other" : "");
        String body = b.length > 0 && b.length <= 60 ? " (\"" + DraftView.vis(new String(b, StandardCharsets.ISO_8859_1)) + "\")" : "";
        return "the body is exactly " + v + " bytes: the reader takes " + v + " bytes after the empty line and stops (RFC 9112 §6.3 rule 6); "
                + "here " + b.length + " = " + count + body;
    }

    static String statusClass(int s) {
        return switch (s / 100) {
            case 1 -> s == 101 ? "101: the connection switches to the protocol named in Upgrade; HTTP/1.1 ends here"
                    : "1xx informational: an interim response, the final one follows";
            case 2 -> "2xx success";
            case 3 -> "3xx redirection: look at Location";
            case 4 -> "4xx client error: the request was wrong";
            case 5 -> "5xx server error";
            default -> "unknown class";
        };
    }
}
