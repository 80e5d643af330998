package wirepad.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code application/x-www-form-urlencoded} (WHATWG URL §5): {@code name=value} pairs joined by
 * "&amp;", '+' for SP, percent-encoded UTF-8. Order and duplicates are kept.
 */
public final class FormUrlEncoded {
    private FormUrlEncoded() {}

    public record Field(String name, String value) {}

    /** Parses a form body; a bad %-escape is an error naming its offset. */
    public static List<Field> parse(String body) {
        List<Field> out = new ArrayList<>();
        int offset = 0;
        for (String pair : body.split("&", -1)) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String n = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    out.add(new Field(utf8(PercentCodec.decode(n, true, offset)), utf8(PercentCodec.decode(v, true, offset + eq + 1))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("form body " + e.getMessage() + " in field " + PercentCodec.visible(pair, 40));
                }
            }
            offset += pair.length() + 1;
        }
        return out;
    }

    public static String encode(List<Field> fields) {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
            if (sb.length() > 0) sb.append('&');
            sb.append(component(f.name())).append('=').append(component(f.value()));
        }
        return sb.toString();
    }

    private static String component(String s) {
        return PercentCodec.encode(s.getBytes(StandardCharsets.UTF_8), " *").replace(' ', '+');
    }

    private static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}
