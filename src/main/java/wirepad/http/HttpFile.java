package wirepad.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .http} files, the format of the JetBrains HTTP Client and VS Code REST Client:
 * <pre>
 *   &#64;host = 127.0.0.1:8080
 *   ### Create a widget
 *   POST http://{{host}}/widgets HTTP/1.1
 *   Content-Type: application/x-www-form-urlencoded
 *
 *   name=My%20Widget&amp;color=blue&amp;stock=20
 * </pre>
 * {@code ###} starts a request (the rest of the line names it), {@code @name = value} defines a
 * variable used as {{name}}, {@code #} and {@code //} lines before the request line are comments.
 * The file uses LF, but as those tools do, the request-line and field lines are SENT WITH CRLF;
 * the body is sent as written (its line breaks stay LF, trailing line breaks are dropped). What the
 * tools add is added here too and said in {@code notes}: Host (from an absolute URL, which becomes
 * origin-form) and Content-Length for a body.
 */
public final class HttpFile {
    private HttpFile() {}

    /** One request of a file: its name, where it goes (host:port or null), the exact draft, what was added. */
    public record Request(String name, int line, String target, RequestDraft draft, List<String> notes) {}

    private static final Pattern VAR_DEF = Pattern.compile("@([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(.*)");
    private static final Pattern VAR_USE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*}}");
    /** {{$uuid}}, {{$timestamp}}, {{$random.int 1 9}}, {{$processEnv HOME}}: the tools' dynamic variables. */
    private static final Pattern DYNAMIC = Pattern.compile("\\{\\{\\s*(\\$[^}]*?)\\s*}}");
    private static final Pattern URL = Pattern.compile("(?i)(https?)://([^/?#\\s]+)([^\\s#]*)");

    /**
     * Parses a file (UTF-8 text); errors name the line. A CR before a line break is dropped, as the
     * tools read files written on Windows; in a body that changes the bytes, and a note says so.
     */
    public static List<Request> parse(String text) {
        String[] lines = text.split("\n", -1);
        java.util.Set<Integer> crlf = new java.util.HashSet<>();
        for (int k = 0; k < lines.length; k++) {
            if (!lines[k].endsWith("\r") || k == lines.length - 1) continue;
            lines[k] = lines[k].substring(0, lines[k].length() - 1);
            crlf.add(k);
        }
        Map<String, String> vars = new LinkedHashMap<>();
        List<Request> out = new ArrayList<>();
        int i = 0;
        String name = null;
        while (i < lines.length) {
            String l = lines[i];
            if (l.startsWith("###")) {
                name = l.substring(3).strip();
                i++;
                continue;
            }
            Matcher def = VAR_DEF.matcher(l.strip());
            if (def.matches()) {
                vars.put(def.group(1), expand(def.group(2).strip(), vars, i + 1));
                i++;
                continue;
            }
            if (l.isBlank() || l.stripLeading().startsWith("#") || l.stripLeading().startsWith("//")) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            while (end < lines.length && !lines[end].startsWith("###")) end++;
            out.add(request(name == null ? "request " + (out.size() + 1) : name.isEmpty() ? "request " + (out.size() + 1) : name,
                    lines, start, end, vars, crlf));
            name = null;
            i = end;
        }
        return out;
    }

    private static Request request(String name, String[] lines, int start, int end, Map<String, String> vars, java.util.Set<Integer> crlf) {
        List<String> notes = new ArrayList<>();
        String rl = expand(lines[start].strip(), vars, start + 1);
        String[] parts = rl.split("\\s+");
        String method = "GET", url, version = "HTTP/1.1";
        if (parts.length == 1) url = parts[0];
        else if (parts.length == 2 && parts[1].startsWith("HTTP/")) { url = parts[0]; version = parts[1]; }
        else if (parts.length == 2) { method = parts[0]; url = parts[1]; }
        else if (parts.length == 3) { method = parts[0]; url = parts[1]; version = parts[2]; }
        else throw new IllegalArgumentException("line " + (start + 1) + ": want METHOD URL [HTTP/1.1], got \"" + rl + "\"");
        String target = null, path = url, host = null;
        Matcher m = URL.matcher(url);
        if (m.matches()) {
            if (m.group(1).equalsIgnoreCase("https")) notes.add("https URL: wirepad sends plain HTTP to the same host and port; use send --tls for TLS");
            host = m.group(2);
            target = host.contains(":") && !host.endsWith("]") ? host : host + (m.group(1).equalsIgnoreCase("https") ? ":443" : ":80");
            path = m.group(3).isEmpty() ? "/" : m.group(3);
        }
        List<RequestDraft.Line> fields = new ArrayList<>();
        int i = start + 1;
        for (; i < end && !lines[i].isBlank(); i++) {
            String f = lines[i];
            if (f.stripLeading().startsWith("#") || f.stripLeading().startsWith("//")) continue;
            String e = expand(f, vars, i + 1);
            if (e.indexOf(':') <= 0) throw new IllegalArgumentException("line " + (i + 1) + ": a field line needs \"Name: value\", got \"" + e + "\"");
            fields.add(new RequestDraft.Line(latin1(e), RequestDraft.CRLF));
        }
        if (i < end && !lines[i].isEmpty())
            notes.add("line " + (i + 1) + " holds only whitespace: read as the empty line that ends the header lines,"
                    + " as the JetBrains and VS Code clients do");
        StringBuilder body = new StringBuilder();
        for (int b = i + 1; b < end; b++) body.append(lines[b]).append(b + 1 < end ? "\n" : "");
        String bodyText = expand(body.toString(), vars, i + 2).replaceAll("\\n+$", "");
        byte[] bodyBytes = bodyText.getBytes(StandardCharsets.UTF_8);
        int lastBodyLine = i + 1 + (int) bodyText.chars().filter(c -> c == '\n').count();
        List<Integer> crs = new ArrayList<>();
        for (int b = i + 1; b < end && b <= lastBodyLine; b++) if (crlf.contains(b)) crs.add(b + 1);
        if (!crs.isEmpty())
            notes.add("the body's CR before the line break on line" + (crs.size() == 1 ? " " : "s ") + join(crs) + " was dropped: a .http"
                    + " file reads CR LF as LF, so the body is " + bodyBytes.length + " bytes, " + crs.size() + " fewer than in the file");
        RequestDraft d = new RequestDraft(latin1(method + " " + path + " " + version), RequestDraft.CRLF, fields, RequestDraft.CRLF, bodyBytes);
        if (host != null) {
            RequestDraft.Edit e = d.withHost(host);
            d = e.draft();
            if (!e.change().startsWith("nothing")) notes.add(e.change() + " (from the URL; the request-line uses the path)");
        } else if (d.indexOf("Host") >= 0) {
            target = d.fields().get(d.indexOf("Host")).value();
        }
        if (bodyBytes.length > 0 && d.indexOf("Content-Length") < 0 && d.indexOf("Transfer-Encoding") < 0) {
            RequestDraft.Edit e = d.withContentLength();
            d = e.draft();
            notes.add(e.change() + " (the body's size, as the tools add it)");
        } else if (d.indexOf("Content-Length") >= 0 && d.indexOf("Transfer-Encoding") < 0) {
            String cl = d.fields().get(d.indexOf("Content-Length")).value().strip();
            if (!cl.equals(String.valueOf(bodyBytes.length)))
                notes.add("Content-Length: " + cl + " but the body is " + bodyBytes.length + " bytes: kept as written (a server"
                        + " reads " + cl + " bytes); 'length' sets it to the body's size");
        }
        if (bodyText.contains("\n")) notes.add("the body's line breaks are sent as LF, as written");
        return new Request(name, start + 1, target, d, List.copyOf(notes));
    }

    /** Replaces {{name}}; an unknown name, or a dynamic variable like {{$uuid}}, is an error naming the line. */
    static String expand(String s, Map<String, String> vars, int line) {
        Matcher dyn = DYNAMIC.matcher(s);
        if (dyn.find()) {
            int at = line + (int) s.substring(0, dyn.start()).chars().filter(c -> c == '\n').count();
            throw new IllegalArgumentException("line " + at + ": {{" + dyn.group(1) + "}}: dynamic variables like {{$uuid}} are not"
                    + " supported: wirepad sends only bytes you wrote (define @name = value and use {{name}})");
        }
        Matcher m = VAR_USE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = vars.get(m.group(1));
            if (v == null) throw new IllegalArgumentException("line " + line + ": no variable {{" + m.group(1) + "}} (define it with @"
                    + m.group(1) + " = value)");
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Drafts written as a .http file; {@code problems} gets what the format cannot hold. */
    public static String write(Map<String, RequestDraft> drafts, List<String> problems) {
        StringBuilder sb = new StringBuilder("# wirepad drafts. Lines are sent with CRLF, as the HTTP Client tools do.\n");
        for (Map.Entry<String, RequestDraft> e : drafts.entrySet()) {
            RequestDraft d = e.getValue();
            sb.append("\n### ").append(e.getKey()).append('\n');
            if (!d.startEol().equals(RequestDraft.CRLF) || !d.headEnd().equals(RequestDraft.CRLF)
                    || d.fields().stream().anyMatch(l -> !l.eol().equals(RequestDraft.CRLF)))
                problems.add(e.getKey() + ": line endings other than CRLF are written as plain lines (the file cannot show them)");
            sb.append(utf8(d.startLine())).append('\n');
            for (RequestDraft.Line l : d.fields()) sb.append(utf8(l.text())).append('\n');
            String body = new String(d.body(), StandardCharsets.UTF_8);
            String k = e.getKey() + ": ";
            if (!d.startLine().equals(String.join(" ", d.startLine().strip().split("\\s+"))))
                problems.add(k + "the request line's spacing is not kept (the format reads it word by word)");
            if (d.toBytes().length > 0 && new String(d.toBytes(), StandardCharsets.ISO_8859_1).contains("{{"))
                problems.add(k + "\"{{\" is read back as a variable, and fails if none has that name");
            if (body.lines().anyMatch(l -> l.startsWith("###")))
                problems.add(k + "a body line starting with ### is read back as the start of another request");
            if (!body.isEmpty() && d.indexOf("Content-Length") < 0 && d.indexOf("Transfer-Encoding") < 0)
                problems.add(k + "no Content-Length: reading the file back adds one (the format always frames the body)");
            if (!body.isEmpty()) {
                long crlfs = body.split("\r\n", -1).length - 1L;
                if (crlfs > 0)
                    problems.add(k + "the body has " + crlfs + " CR LF line break" + (crlfs == 1 ? "" : "s") + "; a .http file reads them back"
                            + " as LF, so the body read back is " + (d.body().length - crlfs) + " bytes, not " + d.body().length
                            + (d.indexOf("Content-Length") >= 0 ? " (Content-Length: " + d.fields().get(d.indexOf("Content-Length")).value().strip()
                            + " will not match)" : ""));
                else if (body.contains("\r")) problems.add(k + "the body's CR bytes are written as they are (a text editor may not keep them)");
                if (body.endsWith("\n")) problems.add(e.getKey() + ": the body's final line break is dropped when the file is read");
                sb.append('\n').append(body).append('\n');
            }
        }
        return sb.toString();
    }

    private static String join(List<Integer> ns) {
        StringBuilder sb = new StringBuilder();
        for (int n : ns) sb.append(sb.length() > 0 ? ", " : "").append(n);
        return sb.toString();
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String latin1(String utf16) {
        return new String(utf16.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
