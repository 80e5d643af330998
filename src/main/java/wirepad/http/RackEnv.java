package wirepad.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The environment an application server hands to the app for a request (the seed's Rack "env"):
 * CGI meta-variables (RFC 3875 §4.1) plus {@code rack.*} keys. The mapping loses things, and
 * {@link #notes} says which: names fold to upper case with '-' → '_' (§4.1.18), so
 * {@code Transfer_Encoding} and {@code Transfer-Encoding} land on the same key; repeated fields
 * are merged into one value; Content-Type and Content-Length lose their HTTP_ prefix.
 *
 * @param entries key → value in order (values are bytes as ISO-8859-1 chars, rack.input included)
 * @param notes   what the mapping dropped, merged or renamed, in words
 * @param form    decoded form fields when the body is application/x-www-form-urlencoded, else empty
 */
public record RackEnv(List<Entry> entries, List<String> notes, List<FormUrlEncoded.Field> form) {
    public record Entry(String key, String value) {}

    /** The value of a key, or null. */
    public String get(String key) {
        for (Entry e : entries) if (e.key().equals(key)) return e.value();
        return null;
    }

    /**
     * @param serverName used when the request has no Host (null: "")
     * @param serverPort used when the Host has no port (the port the server listens on)
     * @param remoteAddr the peer's address, or null to leave REMOTE_ADDR out
     */
    public static RackEnv of(HttpMessage m, String serverName, int serverPort, String remoteAddr) {
        StartLine.RequestLine rl = m.requestLine();
        List<Entry> env = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String target = rl.target();
        String authority = null, scheme = "http";
        if (rl.form() == StartLine.TargetForm.ABSOLUTE) {
            int colonSlashes = target.indexOf("//");
            int slash = target.indexOf('/', colonSlashes + 2);
            int q0 = target.indexOf('?', colonSlashes + 2);
            int end = slash < 0 ? (q0 < 0 ? target.length() : q0) : q0 < 0 ? slash : Math.min(slash, q0);
            scheme = target.substring(0, Math.max(0, colonSlashes - 1)).toLowerCase(Locale.ROOT);
            authority = target.substring(colonSlashes + 2, end);
            int at = authority.lastIndexOf('@');
            if (at >= 0) authority = authority.substring(at + 1); // userinfo is not part of the host
            notes.add("absolute-form target " + target + ": only its path and query reach the app as PATH_INFO and QUERY_STRING");
            target = end == target.length() ? "/" : target.charAt(end) == '?' ? "/" + target.substring(end) : target.substring(end);
        }
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        env.add(new Entry("REQUEST_METHOD", rl.method()));
        env.add(new Entry("SCRIPT_NAME", ""));
        env.add(new Entry("PATH_INFO", rl.form() == StartLine.TargetForm.ASTERISK || rl.form() == StartLine.TargetForm.AUTHORITY ? "" : path));
        env.add(new Entry("QUERY_STRING", q < 0 ? "" : target.substring(q + 1)));
        String host = m.header("Host");
        String name = serverName == null ? "" : serverName;
        String port = String.valueOf(serverPort);
        if (authority != null) {
            // RFC 9112 §3.2.2: with an absolute-form target a server MUST ignore the Host field and use the target's authority.
            String[] hp = hostPort(authority, scheme.equals("https") ? "443" : "80");
            name = hp[0];
            port = hp[1];
            notes.add("SERVER_NAME and SERVER_PORT come from the target's authority " + authority + (host == null ? ""
                    : ", not from Host: " + host + " (RFC 9112 §3.2.2: a server MUST ignore Host for an absolute-form target;"
                    + " the app still sees it as HTTP_HOST)"));
        } else if (host != null) {
            String[] hp = hostPort(host, "80"); // no port in Host: the scheme's default (http)
            name = hp[0];
            port = hp[1];
        } else {
            notes.add("no Host field: SERVER_NAME and SERVER_PORT come from the server's own address");
        }
        env.add(new Entry("SERVER_NAME", name));
        env.add(new Entry("SERVER_PORT", port));
        env.add(new Entry("SERVER_PROTOCOL", rl.version()));
        if (remoteAddr != null) env.add(new Entry("REMOTE_ADDR", remoteAddr));
        Map<String, List<HeaderField>> byKey = new LinkedHashMap<>();
        for (HeaderField f : m.headers()) byKey.computeIfAbsent(key(f.name()), k -> new ArrayList<>()).add(f);
        for (Map.Entry<String, List<HeaderField>> e : byKey.entrySet()) {
            String key = e.getKey();
            List<HeaderField> fs = e.getValue();
            String value = join(key, fs);
            if (key.equals("HTTP_CONTENT_TYPE") || key.equals("HTTP_CONTENT_LENGTH")) {
                String cgi = key.substring(5);
                env.add(new Entry(cgi, value));
                notes.add(fs.get(0).name() + " becomes " + cgi + ", not " + key + " (RFC 3875 §4.1.18 and the Rack SPEC"
                        + (cgi.equals("CONTENT_TYPE") ? "; the seed's \"HTTP_CONTENT_TYPE\" is what a naive mapping would give)" : ")"));
            } else {
                env.add(new Entry(key, value));
            }
            if (fs.size() > 1) notes.add(describeMerge(key, fs));
            for (HeaderField f : fs) {
                if (f.name().indexOf('_') >= 0)
                    notes.add("\"" + f.name() + "\" has '_', and '-' also maps to '_': it cannot be told apart from \""
                            + f.name().replace('_', '-') + "\" in " + key + (isFraming(key) ? " — a smuggling risk: the front"
                            + " server framed the message without it, the app may read it as " + f.name().replace('_', '-') : "")
                            + " (servers differ: some drop such names, some merge them)");
            }
            if (key.equals("HTTP_PROXY"))
                notes.add("a Proxy field becomes HTTP_PROXY, which many programs read as their proxy setting (\"httpoxy\"); servers should drop it");
            if (key.equals("HTTP_AUTHORIZATION"))
                notes.add("RFC 3875 §4.1.18: a CGI server SHOULD NOT pass Authorization to scripts; Rack servers do pass HTTP_AUTHORIZATION");
            if (key.equals("HTTP_TRANSFER_ENCODING") || key.equals("HTTP_CONNECTION"))
                notes.add(key + " describes the hop, not the request: the server has already undone the framing for rack.input");
        }
        env.add(new Entry("rack.url_scheme", "http"));
        env.add(new Entry("rack.input", new String(m.body(), StandardCharsets.ISO_8859_1)));
        if (m.framing().kind() == Framing.Kind.CHUNKED)
            notes.add("rack.input holds the decoded chunk data (" + m.body().length + " bytes from " + (m.chunks().size()) + " chunks)");
        List<FormUrlEncoded.Field> form = List.of();
        String type = m.header("Content-Type");
        if (type != null && type.split(";", 2)[0].strip().equalsIgnoreCase("application/x-www-form-urlencoded")) {
            try {
                form = FormUrlEncoded.parse(new String(m.body(), StandardCharsets.ISO_8859_1));
            } catch (IllegalArgumentException e) {
                notes.add("rack.input is not a valid form: " + e.getMessage());
            }
        }
        return new RackEnv(List.copyOf(env), List.copyOf(notes), form);
    }

    /** host and port of {@code host[:port]} (an IPv6 literal keeps its brackets); {@code dflt} when there is no port. */
    private static String[] hostPort(String hostPort, String dflt) {
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
        return colon < 0 ? new String[] {hostPort, dflt} : new String[] {hostPort.substring(0, colon), hostPort.substring(colon + 1)};
    }

    /** RFC 3875 §4.1.18: "HTTP_" + the name upper-cased with '-' replaced by '_'. */
    public static String key(String fieldName) {
        return "HTTP_" + fieldName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static boolean isFraming(String key) {
        return key.equals("HTTP_TRANSFER_ENCODING") || key.equals("HTTP_CONTENT_LENGTH") || key.equals("HTTP_HOST");
    }

    /** Several fields on one key: joined with ", " (RFC 9110 §5.3), Cookie with "; " (RFC 6265 §5.4). */
    private static String join(String key, List<HeaderField> fs) {
        String sep = key.equals("HTTP_COOKIE") ? "; " : ", ";
        StringBuilder sb = new StringBuilder();
        for (HeaderField f : fs) sb.append(sb.length() > 0 ? sep : "").append(f.value());
        return sb.toString();
    }

    private static String describeMerge(String key, List<HeaderField> fs) {
        StringBuilder names = new StringBuilder();
        for (HeaderField f : fs) names.append(names.length() > 0 ? ", " : "").append(f.name()).append(": ").append(f.value());
        return fs.size() + " fields merged into one " + key + " (" + names + "); the app cannot see that there were several"
                + (key.equals("HTTP_CONTENT_LENGTH") || key.equals("HTTP_HOST") ? " — for this field that is itself an error (RFC 9112)" : "");
    }
}
