package wirepad.json;

import java.util.List;
import java.util.Map;

/**
 * A tiny JSON writer (no dependencies): maps, lists, strings, numbers, booleans and null.
 * Maps keep their insertion order when given a LinkedHashMap.
 * <p>
 * The output is plain ASCII: every character from U+007F up is written as a six-character
 * escape, backslash u and four hex digits (outside the BMP as its surrogate pair, RFC 8259 §7),
 * so no locale or output encoding can change what a program reading it gets: the section sign
 * of "RFC 9112 §6.3" travels as backslash-u-00a7 and every JSON parser reads it back as §.
 */
public final class Json {
    private static final String HEX = "0123456789abcdef";

    private Json() {}

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    public static void write(StringBuilder sb, Object v) {
        if (v == null) sb.append("null");
        else if (v instanceof String s) string(sb, s);
        else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) sb.append(v);
        else if (v instanceof Number n) sb.append(n.toString());
        else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(',');
                write(sb, l.get(i));
            }
            sb.append(']');
        } else throw new IllegalArgumentException("not JSON: " + v.getClass().getName());
    }

    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        sb.append("\\u");
                        for (int shift = 12; shift >= 0; shift -= 4) sb.append(HEX.charAt((c >> shift) & 0xf));
                    } else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
