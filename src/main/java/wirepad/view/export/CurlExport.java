package wirepad.view.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wirepad.http.Diagnostic;
import wirepad.http.Framing;
import wirepad.http.HeaderField;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StartLine;
import wirepad.http.StreamParse;

/**
 * A curl command that sends the same request — and the list of what curl cannot reproduce
 * ("curl is primarily made to generate fine HTTP"): it writes the request line and CRLFs
 * itself, puts Host (and its own User-Agent and Accept unless removed) first, computes
 * Content-Length, chunks a body itself. Each such difference is a warning; no warnings means
 * the bytes curl sends are the same, field order included.
 */
public final class CurlExport {
    private CurlExport() {}

    /** The command and the warnings; {@code exact} when there are none. */
    public record Result(String command, List<String> warnings) {
        public boolean exact() { return warnings.isEmpty(); }
    }

    public static Result render(byte[] request, String host, int port) {
        StreamParse p = StreamParse.of(Role.REQUEST, ParserOptions.LENIENT, request, Integer.MAX_VALUE, false, null);
        List<String> warn = new ArrayList<>();
        if (p.messages().isEmpty()) {
            String why = p.error() != null ? p.error().describe() : "incomplete request (waiting for " + p.waiting() + ")";
            warn.add("not a request curl can express: " + why + "; use the nc export to send these bytes");
            return new Result("", List.copyOf(warn));
        }
        HttpMessage m = p.messages().get(0);
        if (p.messages().size() > 1 || p.consumed() < request.length)
            warn.add("only the first request is exported (" + (request.length - m.span().end()) + " more bytes follow it; curl does not pipeline)");
        for (Diagnostic d : m.diagnostics()) {
            String t = d.message();
            if (t.contains("bare LF")) addOnce(warn, "bare LF line endings: curl always writes CRLF");
            else if (t.contains("obs-fold")) addOnce(warn, "obs-fold (a field continued on the next line): curl cannot send folded lines");
            else if (t.contains("bare CR")) addOnce(warn, "a bare CR inside a field: curl refuses CR in headers");
            else if (t.contains("between field name and colon")) addOnce(warn, "whitespace before ':' in a field line: curl writes \"Name: value\"");
            else if (t.contains("empty line before")) addOnce(warn, "empty lines before the request-line: curl cannot send them");
        }
        StartLine.RequestLine rl = m.requestLine();
        byte[] head = java.util.Arrays.copyOfRange(m.raw(), 0, m.head().length());
        String headText = new String(head, StandardCharsets.ISO_8859_1);
        String line = rl.method() + " " + rl.target() + " " + rl.version();
        if (!headText.startsWith(line + "\r\n") && !headText.startsWith(line + "\n"))
            warn.add("the request-line's spacing: curl writes \"METHOD SP target SP version\"");
        List<String> cmd = new ArrayList<>();
        cmd.add("curl");
        cmd.add("--silent");
        cmd.add("--show-error");
        cmd.add("--include");
        switch (rl.version()) {
            case "HTTP/1.1" -> cmd.add("--http1.1");
            case "HTTP/1.0" -> cmd.add("--http1.0");
            default -> warn.add("version " + rl.version() + ": curl speaks HTTP/1.0, 1.1, 2 and 3 only");
        }
        boolean hasBody = m.body().length > 0 || m.framing().kind() != Framing.Kind.NONE;
        if (rl.method().equals("HEAD")) cmd.add("--head");
        else if (!(rl.method().equals("GET") && !hasBody) && !(rl.method().equals("POST") && hasBody)) {
            cmd.add("--request");
            cmd.add(Shell.word(rl.method()));
        }
        String authority = host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
        String target = rl.target();
        boolean origin = rl.form() == StartLine.TargetForm.ORIGIN;
        if (!origin) {
            cmd.add("--request-target");
            cmd.add(Shell.word(target));
        } else {
            if (target.contains("/./") || target.contains("/../") || target.endsWith("/.") || target.endsWith("/..")) cmd.add("--path-as-is");
            if (target.matches(".*[\\[\\]{}].*")) cmd.add("--globoff");
            if (target.matches(".*[^\\x21-\\x7e].*")) warn.add("bytes outside visible ASCII in the target: curl may encode or refuse them");
        }
        headers(m, cmd, warn, hasBody);
        String pipe = "";
        if (hasBody) {
            String body = new String(m.body(), StandardCharsets.ISO_8859_1);
            cmd.add("--data-binary");
            if (body.matches("[\\x20-\\x7e]*")) cmd.add(Shell.word(body));
            else {
                cmd.add("@-"); // a shell word cannot hold a NUL byte: the body comes from printf on stdin
                pipe = "printf " + NcExport.format(m.body()) + " | ";
            }
        }
        cmd.add(Shell.word("http://" + authority + (origin ? target : "/")));
        return new Result(pipe + String.join(" ", cmd), List.copyOf(warn));
    }

    private static void headers(HttpMessage m, List<String> cmd, List<String> warn, boolean hasBody) {
        List<HeaderField> hs = m.headers();
        boolean host = false, ua = false, accept = false, type = false;
        // curl 7.x/8.x: Host first (its own line), then the -H fields in order, then the Content-Length it computes.
        int hostIndex = -1;
        for (int i = 0; i < hs.size(); i++) {
            HeaderField f = hs.get(i);
            String n = f.name().toLowerCase(Locale.ROOT);
            switch (n) {
                case "host" -> { if (host) warn.add("a second Host field: curl sends one"); host = true; hostIndex = i; }
                case "user-agent" -> ua = true;
                case "accept" -> accept = true;
                case "content-type" -> type = true;
                default -> { }
            }
            if (n.equals("content-length")) {
                if (m.framing().kind() == Framing.Kind.LENGTH && f.value().equals(String.valueOf(m.body().length))) continue; // curl computes it
                warn.add("Content-Length: " + f.value() + " is sent as typed, but curl still sends all " + m.body().length + " body bytes"
                        + (m.framing().kind() == Framing.Kind.CHUNKED ? " (and chunks them itself)" : ""));
            }
            if (n.equals("transfer-encoding"))
                warn.add("Transfer-Encoding: curl chunks the body itself: chunk sizes, extensions and trailers are not reproduced");
            if (f.value().isEmpty()) {
                cmd.add("--header");
                cmd.add(Shell.word(f.name() + ";")); // "Name;" sends an empty value; "Name:" would remove the field
                continue;
            }
            cmd.add("--header");
            cmd.add(Shell.word(f.name() + ": " + f.value()));
        }
        if (!host) warn.add("no Host field in the request: curl always sends one");
        else if (hostIndex != 0) warn.add("field order: curl writes Host first, then the other fields in order");
        if (!ua) { cmd.add("--header"); cmd.add("'User-Agent:'"); }
        if (!accept) { cmd.add("--header"); cmd.add("'Accept:'"); }
        if (hasBody && !type) { cmd.add("--header"); cmd.add("'Content-Type:'"); }
        int cl = indexOf(hs, "Content-Length");
        if (cl >= 0 && cl != hs.size() - 1 && m.framing().kind() == Framing.Kind.LENGTH
                && hs.get(cl).value().equals(String.valueOf(m.body().length)))
            warn.add("field order: curl writes the Content-Length it computes after all the other fields");
        for (HeaderField f : hs) {
            String line = new String(m.raw(), f.line().start() - m.span().start(), f.line().length(), StandardCharsets.ISO_8859_1);
            String curl = f.value().isEmpty() ? f.name() + ":" : f.name() + ": " + f.value();
            if (f.is("Host")) {
                if (!f.name().equals("Host")) addOnce(warn, "the case of \"" + f.name() + "\": curl writes its own \"Host: \" line");
            } else if (!line.equals(curl)) {
                addOnce(warn, "the spacing of " + wirepad.bytes.Visible.quote(line.getBytes(StandardCharsets.ISO_8859_1)) + ": curl writes \""
                        + curl + "\"");
            }
        }
    }

    private static int indexOf(List<HeaderField> hs, String name) {
        for (int i = 0; i < hs.size(); i++) if (hs.get(i).is(name)) return i;
        return -1;
    }

    private static void addOnce(List<String> l, String s) { if (!l.contains(s)) l.add(s); }
}
