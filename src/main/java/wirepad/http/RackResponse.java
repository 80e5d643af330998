package wirepad.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A response as a Rack app returns it: {@code [status, headers, body]} (the seed's
 * {@code [201, {"Location" => "/widgets/42"}, [""]]}). Framing and hop-by-hop fields are the
 * server's business, not the app's: they are left out, and {@link #notes} says so. A name that
 * appears several times (Set-Cookie) is one hash key with an array of values, as Rack 3 wants
 * (Rack 2 joined them with "\n"): a Ruby hash cannot hold the same key twice.
 */
public record RackResponse(int status, List<Header> headers, byte[] body, List<String> notes) {
    /** One key of the headers hash: the name as first received, and every value in order. */
    public record Header(String name, List<String> values) {}

    private static final List<String> HOP = List.of("connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
            "proxy-connection");

    public static RackResponse of(HttpMessage m) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (HeaderField f : m.headers()) {
            String key = f.name().toLowerCase(Locale.ROOT);
            if (HOP.contains(key)) {
                notes.add(f.name() + ": " + f.value() + " is added by the server (framing/hop-by-hop), not returned by the app");
                continue;
            }
            names.putIfAbsent(key, f.name());
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(f.value());
        }
        List<Header> h = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            List<String> vs = values.get(e.getKey());
            h.add(new Header(e.getValue(), List.copyOf(vs)));
            if (vs.size() > 1)
                notes.add(vs.size() + " " + e.getValue() + " fields: one key with an array of values, as Rack 3 wants"
                        + " (Rack 2 took one string, the values joined with \"\\n\")");
        }
        if (m.framing().kind() == Framing.Kind.CHUNKED)
            notes.add("the body arrived in " + (m.chunks().size() - 1) + " chunks; an app returns strings and the server chunks them");
        List<String> upper = names.values().stream().filter(n -> !n.equals(n.toLowerCase(Locale.ROOT))).toList();
        if (!upper.isEmpty())
            notes.add("Rack 3 wants lower-case header names (\"" + upper.get(0).toLowerCase(Locale.ROOT) + "\", not \"" + upper.get(0)
                    + "\"); the names are shown as received");
        return new RackResponse(m.status(), List.copyOf(h), m.body().clone(), List.copyOf(notes));
    }
}
