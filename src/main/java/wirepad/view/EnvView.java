package wirepad.view;

import java.nio.charset.StandardCharsets;
import java.util.List;
import wirepad.http.FormUrlEncoded;
import wirepad.http.RackEnv;
import wirepad.http.RackResponse;

/**
 * The Rack env and the {@code [status, headers, body]} triple printed as Ruby literals, as the seed
 * shows them ({@code "PATH_INFO" => "/widgets",}), followed by "note:" lines for what the
 * mapping dropped, merged or renamed, and the decoded form fields.
 */
public final class EnvView {
    private EnvView() {}

    public static String render(RackEnv env) {
        StringBuilder sb = new StringBuilder("{\n");
        List<RackEnv.Entry> es = env.entries();
        int w = 0;
        for (RackEnv.Entry e : es) w = Math.max(w, ruby(e.key()).length());
        for (int i = 0; i < es.size(); i++) {
            String k = ruby(es.get(i).key());
            sb.append("  ").append(k).append(" ".repeat(w - k.length())).append(" => ").append(ruby(es.get(i).value()))
              .append(i + 1 < es.size() ? "," : "").append('\n');
        }
        sb.append("}\n");
        if (!env.form().isEmpty()) {
            sb.append("form fields (rack.input decoded as application/x-www-form-urlencoded):\n");
            for (FormUrlEncoded.Field f : env.form()) sb.append("  ").append(f.name()).append(" = ").append(ruby(utf8ToLatin1(f.value()))).append('\n');
        }
        for (String n : env.notes()) sb.append("note: ").append(n).append('\n');
        return sb.toString();
    }

    public static String render(RackResponse r) {
        StringBuilder sb = new StringBuilder("[\n  ").append(r.status()).append(",\n  {");
        if (r.headers().isEmpty()) sb.append("},\n");
        else {
            sb.append('\n');
            for (int i = 0; i < r.headers().size(); i++) {
                RackResponse.Header e = r.headers().get(i);
                List<String> vs = new java.util.ArrayList<>();
                for (String v : e.values()) vs.add(ruby(v));
                String value = vs.size() == 1 ? vs.get(0) : "[" + String.join(", ", vs) + "]"; // Rack 3: several values, an array
                sb.append("    ").append(ruby(e.name())).append(" => ").append(value).append(i + 1 < r.headers().size() ? "," : "").append('\n');
            }
            sb.append("  },\n");
        }
        sb.append("  [").append(ruby(new String(r.body(), StandardCharsets.ISO_8859_1))).append("]\n]\n");
        for (String n : r.notes()) sb.append("note: ").append(n).append('\n');
        return sb.toString();
    }

    /** A Ruby double-quoted string literal of bytes (ISO-8859-1 chars): escapes for every non-printable byte. */
    public static String ruby(String bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '#' -> sb.append(i + 1 < bytes.length() && "{$@".indexOf(bytes.charAt(i + 1)) >= 0 ? "\\#" : "#");
                default -> {
                    if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02X", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String utf8ToLatin1(String s) { return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1); }
}
