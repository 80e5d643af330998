package wirepad.server.lab;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import wirepad.http.FormUrlEncoded;
import wirepad.http.HeaderField;
import wirepad.json.Json;
import wirepad.server.Handler.Reply;
import wirepad.server.Replies;

/**
 * httpbin-style endpoints: echo ({@code /get /post /anything /headers}), {@code /status/N},
 * {@code /redirect/N}, {@code /bytes/N}, and the slow ones ({@code /delay/N}, {@code /drip},
 * {@code /stream/N}) that write over time. Unlike httpbin, headers are echoed as a list of
 * [name, value] pairs in the order and case received (a JSON object would lose both).
 * Every size and time is bounded: at most {@link #MAX_SECONDS} s of waiting per request; a parameter
 * out of range or not a number is answered 400 with a body naming it, never clamped or defaulted.
 */
final class Httpbin {
    static final int MAX_SECONDS = 10, MAX_BYTES = 100 * 1024, MAX_LINES = 100, MAX_REDIRECTS = 20, MAX_DRIP = 10_240;

    private final Clock clock;

    Httpbin(Clock clock) { this.clock = clock; }

    /** Null when the path is not one of these endpoints; a parameter it cannot use is answered 400, naming it. */
    Reply handle(LabRequest r) {
        try {
            return route(r);
        } catch (LabRequest.BadParameter e) {
            return Res.text(clock, r, 400, e.getMessage());
        }
    }

    private Reply route(LabRequest r) throws LabRequest.BadParameter {
        String first = r.segment(0), arg = r.segment(1);
        switch (first) {
            case "get" -> { return r.path().equals("/get") ? method(r, "GET", false) : null; }
            case "post" -> { return r.path().equals("/post") ? method(r, "POST", true) : null; }
            case "anything" -> { return Res.json(clock, r, 200, Json.write(echo(r, true))); }
            case "headers" -> {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("headers", headers(r));
                return r.path().equals("/headers") ? Res.json(clock, r, 200, Json.write(o)) : null;
            }
            case "status" -> { return arg == null ? null : status(r, arg); }
            case "redirect" -> { return arg == null ? null : redirect(r, arg); }
            case "bytes" -> { return arg == null ? null : bytes(r, arg); }
            case "delay" -> { return arg == null ? null : delay(r, arg); }
            case "drip" -> { return r.path().equals("/drip") ? drip(r) : null; }
            case "stream" -> { return arg == null ? null : stream(r, arg); }
            default -> { return null; }
        }
    }

    private Reply method(LabRequest r, String want, boolean body) {
        if (!r.is(want) && !(want.equals("GET") && r.is("HEAD")))
            return Res.text(clock, r, 405, "405 Method Not Allowed: /" + want.toLowerCase(java.util.Locale.ROOT) + " answers " + want
                    + " only; /anything answers every method\n", "Allow", want.equals("GET") ? "GET, HEAD" : want);
        return Res.json(clock, r, 200, Json.write(echo(r, body)));
    }

    /** What httpbin echoes: method, url, args, headers, origin, and (with a body) data and form. */
    Map<String, Object> echo(LabRequest r, boolean body) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("method", r.method());
        o.put("url", r.message().requestLine().target());
        Map<String, Object> args = new LinkedHashMap<>();
        for (LabRequest.Param p : r.params()) args.putIfAbsent(p.name(), p.value());
        o.put("args", args);
        o.put("headers", headers(r));
        o.put("origin", r.peer().remote());
        if (body) {
            byte[] b = r.message().body();
            o.put("data", new String(b, StandardCharsets.ISO_8859_1));
            o.put("body_bytes", b.length);
            o.put("framing", r.message().framing().reason());
            String type = r.message().header("Content-Type");
            Map<String, Object> form = new LinkedHashMap<>();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(Widgets.FORM_TYPE)) {
                try {
                    for (FormUrlEncoded.Field f : FormUrlEncoded.parse(new String(b, StandardCharsets.ISO_8859_1))) form.putIfAbsent(f.name(), f.value());
                } catch (IllegalArgumentException e) {
                    form.put("error", e.getMessage());
                }
            }
            o.put("form", form);
        }
        return o;
    }

    static List<Object> headers(LabRequest r) {
        List<Object> out = new ArrayList<>();
        for (HeaderField f : r.message().headers()) out.add(List.of(f.name(), f.value()));
        return out;
    }

    private Reply status(LabRequest r, String arg) {
        int code = arg.matches("[0-9]{3}") ? Integer.parseInt(arg) : -1;
        if (code < 200 || code > 599)
            return Res.text(clock, r, 400, "400 Bad Request: /status/N wants a final status code 200-599, not \"" + arg
                    + "\" (1xx are interim responses and cannot end an exchange)\n");
        String body = r.param("body", "");
        if (code >= 300 && code < 400 && code != 304) return Res.text(clock, r, code, body, "Location", "/get");
        return Res.text(clock, r, code, body);
    }

    private Reply redirect(LabRequest r, String arg) {
        int n = arg.matches("[0-9]{1,3}") ? Integer.parseInt(arg) : -1;
        if (n < 1 || n > MAX_REDIRECTS) return Res.text(clock, r, 400, "400 Bad Request: /redirect/N wants N from 1 to " + MAX_REDIRECTS + "\n");
        String to = n == 1 ? "/get" : "/redirect/" + (n - 1);
        return Res.text(clock, r, 302, "redirecting to " + to + " (" + (n - 1) + " more after this)\n", "Location", to);
    }

    private Reply bytes(LabRequest r, String arg) throws LabRequest.BadParameter {
        int n = arg.matches("[0-9]{1,9}") ? Integer.parseInt(arg) : -1;
        if (n < 0 || n > MAX_BYTES) return Res.text(clock, r, 400, "400 Bad Request: /bytes/N wants N from 0 to " + MAX_BYTES + "\n");
        byte[] b = new byte[n];
        new Random(r.number("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE)).nextBytes(b);
        return Res.of(clock, r, 200, "application/octet-stream", b);
    }

    /** Seconds as a decimal number (fractions allowed, no exponent, no sign); -1 when not one. */
    static double seconds(String s) {
        if (s == null || !s.matches("[0-9]{1,6}(\\.[0-9]{1,6})?|\\.[0-9]{1,6}")) return -1;
        return Double.parseDouble(s);
    }

    private Reply delay(LabRequest r, String arg) {
        double s = seconds(arg);
        if (s < 0 || s > MAX_SECONDS)
            return Res.text(clock, r, 400, "400 Bad Request: /delay/N wants seconds from 0 to " + MAX_SECONDS + " (fractions allowed), not \""
                    + arg + "\"" + (s > MAX_SECONDS ? ": out of range" : "") + "\n");
        Reply after = Res.json(clock, r, 200, Json.write(echo(r, false)));
        return Reply.streamed(w -> {
            w.pause((long) (s * 1000));
            w.write(after.bytes());
        }, after.close());
    }

    /** Content-Length numbytes, then the bytes one by one, spread over duration (httpbin: deliberately not chunked). */
    private Reply drip(LabRequest r) throws LabRequest.BadParameter {
        long n = r.number("numbytes", 10, 0, MAX_DRIP);
        double delay = r.seconds("delay", 0, MAX_SECONDS);
        double duration = r.seconds("duration", Math.min(2, MAX_SECONDS - delay), MAX_SECONDS);
        if (delay + duration > MAX_SECONDS)
            throw new LabRequest.BadParameter("duration", r.param("duration", "2"), "delay + duration is at most " + MAX_SECONDS
                    + " s (delay is " + r.param("delay", "0") + "): the lab waits at most that long per request");
        int code = (int) r.number("code", 200, 200, 599);
        if (code == 204 || code == 304) n = 0; // RFC 9110 §15.3.5, §15.4.5: these responses have no content
        boolean close = !r.message().keepAlive();
        String[][] fields = code == 204 || code == 304 ? new String[][] {}
                : new String[][] {{"Content-Type", "application/octet-stream"}, {"Content-Length", String.valueOf(n)}};
        if (close) fields = java.util.Arrays.copyOf(fields, fields.length + 1);
        if (close) fields[fields.length - 1] = new String[] {"Connection", "close"};
        byte[] head = Replies.response(code, Res.reason(code), fields, new byte[0]);
        long bytes = n, gap = n == 0 ? 0 : (long) (duration * 1000 / n);
        boolean head_ = r.is("HEAD");
        return Reply.streamed(w -> {
            w.pause((long) (delay * 1000));
            w.write(head);
            for (long i = 0; i < bytes && !head_; i++) {
                if (i > 0) w.pause(gap);
                w.write(new byte[] {'*'});
            }
        }, close);
    }

    /** N JSON lines, chunked: one chunk per line, each written (and so usually sent) separately. */
    private Reply stream(LabRequest r, String arg) {
        int n = arg.matches("[0-9]{1,4}") ? Integer.parseInt(arg) : -1;
        if (n < 0 || n > MAX_LINES) return Res.text(clock, r, 400, "400 Bad Request: /stream/N wants N from 0 to " + MAX_LINES + "\n");
        boolean close = !r.message().keepAlive();
        byte[] head = Replies.response(200, "OK", close
                ? new String[][] {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}, {"Connection", "close"}}
                : new String[][] {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}}, new byte[0]);
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> o = echo(r, false);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", i);
            line.putAll(o);
            chunks.add(Chunks.chunk(Res.utf8(Json.write(line) + "\n"), ""));
        }
        boolean headOnly = r.is("HEAD");
        return Reply.streamed(w -> {
            w.write(head);
            if (headOnly) return;
            for (byte[] c : chunks) w.write(c);
            w.write(Res.latin1("0\r\n\r\n"));
        }, close);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
