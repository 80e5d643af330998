package wirepad.http;

import java.util.ArrayList;
import java.util.List;

/**
 * A response as a Rack app returns it: {@code [status, headers, body]} (the seed's
 * {@code [201, {"Location" => "/widgets/42"}, [""]]}). Framing and hop-by-hop fields are the
 * server's business, not the app's: they are left out, and {@link #notes} says so.
 */
public record RackResponse(int status, List<RackEnv.Entry> headers, byte[] body, List<String> notes) {
    private static final List<String> HOP = List.of("connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
            "proxy-connection");

    public static RackResponse of(HttpMessage m) {
        List<RackEnv.Entry> h = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (HeaderField f : m.headers()) {
            if (HOP.contains(f.name().toLowerCase(java.util.Locale.ROOT))) {
                notes.add(f.name() + ": " + f.value() + " is added by the server (framing/hop-by-hop), not returned by the app");
                continue;
            }
            h.add(new RackEnv.Entry(f.name(), f.value()));
        }
        if (m.framing().kind() == Framing.Kind.CHUNKED)
            notes.add("the body arrived in " + (m.chunks().size() - 1) + " chunks; an app returns strings and the server chunks them");
        notes.add("Rack 3 wants lower-case header names (\"location\"); the names are shown as received");
        return new RackResponse(m.status(), List.copyOf(h), m.body().clone(), List.copyOf(notes));
    }
}
