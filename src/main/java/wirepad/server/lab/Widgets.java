package wirepad.server.lab;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import wirepad.http.FormUrlEncoded;
import wirepad.http.Framing;
import wirepad.server.Handler.Reply;

/**
 * The seed's application: {@code GET /widgets} (the HTML list, "Bob's Widgets"; with the one
 * starting widget it is the seed's 239 bytes exactly), {@code GET /widgets/N}, {@code GET /widgets/new}
 * (a form posting name, color and stock) and {@code POST /widgets} with
 * {@code application/x-www-form-urlencoded} → {@code 201 Created} and {@code Location: /widgets/N}.
 * Whatever is wrong with a POST is answered with a 4xx whose body says what and why.
 */
final class Widgets {
    static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final WidgetStore store = new WidgetStore();
    private final Clock clock;

    Widgets(Clock clock) { this.clock = clock; }

    /** Null when the path is not a widgets path. */
    Reply handle(LabRequest r) {
        String p = r.path();
        if (p.equals("/widgets")) {
            if (r.is("GET") || r.is("HEAD")) return Res.html(clock, r, 200, list());
            if (r.is("POST")) return create(r);
            return notAllowed(r, "GET, HEAD, POST");
        }
        if (!p.startsWith("/widgets/")) return null;
        if (!(r.is("GET") || r.is("HEAD"))) return notAllowed(r, "GET, HEAD");
        String rest = p.substring("/widgets/".length());
        if (rest.equals("new")) return Res.html(clock, r, 200, NEW_FORM);
        WidgetStore.Widget w = rest.matches("[0-9]{1,9}") ? store.get(Integer.parseInt(rest)) : null;
        if (w == null) return Res.text(clock, r, 404, "404 Not Found: there is no widget " + rest + "; GET /widgets lists them\n");
        return Res.html(clock, r, 200, page(w));
    }

    String list() {
        StringBuilder sb = new StringBuilder();
        sb.append("<html>\n  <head>\n    <title>Bob's Widgets</title>\n  </head>\n  <body>\n")
          .append("    <h1>Welcome to Bob's Widgets</h1>\n    <ul>\n");
        for (WidgetStore.Widget w : store.all())
            sb.append("      <li><a href=\"/widgets/").append(w.id()).append("\">").append(esc(w.name())).append("</a></li>\n");
        sb.append("    </ul>\n    <a href=\"/widgets/new\">Add a new Widget</a>\n  </body>\n</html>");
        return sb.toString();
    }

    private static String page(WidgetStore.Widget w) {
        return "<html>\n  <head>\n    <title>" + esc(w.name()) + " - Bob's Widgets</title>\n  </head>\n  <body>\n"
                + "    <h1>" + esc(w.name()) + "</h1>\n    <dl>\n"
                + "      <dt>color</dt><dd>" + esc(w.color()) + "</dd>\n"
                + "      <dt>stock</dt><dd>" + w.stock() + "</dd>\n    </dl>\n"
                + "    <a href=\"/widgets\">All widgets</a>\n  </body>\n</html>";
    }

    static final String NEW_FORM = """
            <html>
              <head>
                <title>New Widget - Bob's Widgets</title>
              </head>
              <body>
                <h1>Add a new Widget</h1>
                <form method="post" action="/widgets" enctype="application/x-www-form-urlencoded">
                  <label>Name <input name="name"></label>
                  <label>Color <input name="color"></label>
                  <label>Stock <input name="stock" type="number" min="0"></label>
                  <button type="submit">Create</button>
                </form>
              </body>
            </html>""";

    private Reply create(LabRequest r) {
        var m = r.message();
        String cl = m.header("Content-Length");
        String got = m.framing().kind() == Framing.Kind.CHUNKED ? "a chunked body of " + m.body().length + " bytes"
                : cl == null ? "no body" : m.body().length + " body bytes (Content-Length: " + cl + ")";
        if (m.framing().kind() == Framing.Kind.NONE)
            return Res.text(clock, r, 411, "411 Length Required: POST /widgets needs a form body, and a body needs a length:\n"
                    + "send Content-Length: N (the body's size in bytes) or Transfer-Encoding: chunked.\n"
                    + "Without either a request has no body (RFC 9112 §6.3 rule 7), so the server saw none.\n" + EXAMPLE);
        Reply media = mediaType(r, m.body().length + " body bytes");
        if (media != null) return media;
        String body = new String(m.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
        List<FormUrlEncoded.Field> fields;
        try {
            fields = FormUrlEncoded.parse(body);
        } catch (IllegalArgumentException e) {
            return Res.text(clock, r, 400, "400 Bad Request: " + e.getMessage() + "\nreceived " + got + ": \"" + body + "\"\n" + EXAMPLE);
        }
        String name = field(fields, "name"), color = field(fields, "color"), stock = field(fields, "stock");
        StringBuilder problems = new StringBuilder();
        for (String f : FIELDS) {
            List<String> vs = fields.stream().filter(x -> x.name().equals(f)).map(x -> "\"" + x.value() + "\"").toList();
            if (vs.size() > 1)
                problems.append("  - ").append(f).append(" is given ").append(vs.size()).append(" times (").append(String.join(", ", vs))
                        .append("): a widget has one ").append(f).append(", and the lab does not guess which one you meant\n");
        }
        boolean missing = false;
        if (name == null || name.isBlank()) { problems.append("  - name is missing or empty\n"); missing = true; }
        if (color == null || color.isBlank()) { problems.append("  - color is missing or empty\n"); missing = true; }
        if (stock == null) { problems.append("  - stock is missing\n"); missing = true; }
        else if (stock.matches("[0-9]+") && stock.replaceFirst("^0+(?=.)", "").length() > 9)
            problems.append("  - stock \"").append(stock).append("\" is out of range: want a whole number from 0 to ").append(MAX_STOCK).append('\n');
        else if (stock.matches("-[0-9]+")) problems.append("  - stock \"").append(stock).append("\" is negative: want a whole number from 0 to ")
                .append(MAX_STOCK).append('\n');
        else if (!stock.matches("[0-9]+")) problems.append("  - stock \"").append(stock).append("\" is not a whole number\n");
        for (FormUrlEncoded.Field f : fields)
            if (!FIELDS.contains(f.name())) problems.append("  - unknown field \"").append(f.name()).append("\"\n");
        if (problems.length() > 0)
            return Res.text(clock, r, 422, "422 Unprocessable Content: the form was read but is not a widget:\n" + problems
                    + "received " + got + ": \"" + body + "\"\n"
                    + (cutShort(m.framing().kind(), body, missing)
                    ? "(a Content-Length smaller than the body cuts the form short; the rest is then read as the next request)\n" : "")
                    + EXAMPLE);
        WidgetStore.Widget w = store.add(name, color, Long.parseLong(stock));
        if (w == null) return Res.text(clock, r, 507, "507: the lab keeps at most " + WidgetStore.MAX + " widgets and "
                + WidgetStore.MAX_BYTES + " bytes of their names and colors (" + store.bytes() + " used); this one does not fit\n");
        return Res.of(clock, r, 201, null, new byte[0], "Location", "/widgets/" + w.id());
    }

    /** 415 when the Content-Type is missing or not a form; null when it is one. */
    private Reply mediaType(LabRequest r, String what) {
        String type = r.message().header("Content-Type");
        if (type == null)
            return Res.text(clock, r, 415, "415 Unsupported Media Type: no Content-Type field, so the server cannot know how to read the "
                    + what + ".\nSend Content-Type: " + FORM_TYPE + " (RFC 9110 §8.3).\n" + EXAMPLE);
        String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals(FORM_TYPE))
            return Res.text(clock, r, 415, "415 Unsupported Media Type: Content-Type is \"" + type + "\"; POST /widgets reads only "
                    + FORM_TYPE + "\n(name=...&color=...&stock=..., percent-encoded; RFC 9110 §15.5.16).\n" + EXAMPLE);
        return null;
    }

    /**
     * What the head of a request alone decides on the widget routes (it waits for 100 Continue):
     * 405 for a method the route does not take, 415 for a POST that is no form. Null otherwise.
     */
    Reply early(LabRequest r) {
        String p = r.path();
        if (p.equals("/widgets")) {
            if (r.is("GET") || r.is("HEAD")) return null;
            if (r.is("POST")) {
                String cl = r.message().header("Content-Length");
                return mediaType(r, cl == null ? "body" : cl + " body bytes (Content-Length: " + cl + "), not read");
            }
            return notAllowed(r, "GET, HEAD, POST");
        }
        if (p.startsWith("/widgets/") && !(r.is("GET") || r.is("HEAD"))) return notAllowed(r, "GET, HEAD");
        return null;
    }

    static final List<String> FIELDS = List.of("name", "color", "stock");
    static final long MAX_STOCK = 999_999_999L;

    /**
     * Whether the form looks cut short, so a too-small Content-Length is a plausible cause: a field
     * is missing, or the body ends inside its last field (no '=', a name that is the start of a
     * field's name, or nothing after the '=').
     */
    static boolean cutShort(Framing.Kind framing, String body, boolean missing) {
        if (framing != Framing.Kind.LENGTH) return false;
        if (missing) return true;
        String last = body.substring(body.lastIndexOf('&') + 1);
        int eq = last.indexOf('=');
        if (eq < 0 || eq == last.length() - 1) return true;
        String n = last.substring(0, eq);
        return FIELDS.stream().anyMatch(f -> f.startsWith(n) && !f.equals(n));
    }

    static final String EXAMPLE = "example: POST /widgets HTTP/1.1\\r\\nHost: lab\\r\\nContent-Type: " + FORM_TYPE
            + "\\r\\nContent-Length: 36\\r\\n\\r\\nname=My%20Widget&color=blue&stock=20\n";

    private static String field(List<FormUrlEncoded.Field> fields, String name) {
        for (FormUrlEncoded.Field f : fields) if (f.name().equals(name)) return f.value();
        return null;
    }

    private Reply notAllowed(LabRequest r, String allow) {
        return Res.text(clock, r, 405, "405 Method Not Allowed: " + r.method() + " " + r.path() + "; allowed: " + allow + "\n", "Allow", allow);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
