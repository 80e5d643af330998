package wirepad.view;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirepad.http.Diagnostic;
import wirepad.http.HeaderField;
import wirepad.http.HttpMessage;
import wirepad.http.ParseError;
import wirepad.http.StartLine;

/** The JSON contract of {@code wirepad http parse --json}. */
public final class MessageJson {
    private MessageJson() {}

    public static Map<String, Object> message(HttpMessage m) {
        Map<String, Object> o = new LinkedHashMap<>();
        boolean req = m.startLine() instanceof StartLine.RequestLine;
        o.put("method", req ? m.requestLine().method() : null);
        o.put("target", req ? m.requestLine().target() : null);
        o.put("version", m.version());
        o.put("status", req ? null : m.status());
        o.put("reason", req ? null : m.statusLine().reason());
        List<Object> headers = new ArrayList<>();
        for (HeaderField f : m.headers()) headers.add(List.of(f.name(), f.value()));
        o.put("headers", headers);
        o.put("body_b64", Base64.getEncoder().encodeToString(m.body()));
        Map<String, Object> framing = new LinkedHashMap<>();
        framing.put("kind", m.framing().kind().json());
        framing.put("reason", m.framing().reason());
        o.put("framing", framing);
        List<Object> diags = new ArrayList<>();
        for (Diagnostic d : m.diagnostics()) {
            Map<String, Object> one = diagnostic(d.offset(), d.rule(), d.message());
            one.put("level", d.isError() ? "error" : "note");
            diags.add(one);
        }
        o.put("diagnostics", diags);
        return o;
    }

    public static Map<String, Object> error(ParseError e) { return diagnostic(e.offset(), e.rule(), e.message()); }

    private static Map<String, Object> diagnostic(int offset, String rule, String message) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("offset", offset);
        o.put("rule", rule);
        o.put("message", message);
        return o;
    }
}
