package wirepad.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request being crafted: a start line, an ordered list of field lines, a body — each kept as the
 * exact bytes typed (strings hold bytes as ISO-8859-1 chars), each line with its own terminator.
 * {@link #toBytes()} writes exactly that: it never adds, removes, reorders or re-cases anything.
 * The helpers that do change something ({@link #withContentLength()}, {@link #withHost}) are
 * explicit calls that return an {@link Edit} saying what they changed (one line of words per line touched or left).
 */
public record RequestDraft(String startLine, String startEol, List<Line> fields, String headEnd, byte[] body) {
    public static final String CRLF = "\r\n";

    /** One field line: {@code text} is everything before its terminator, e.g. {@code "Host: a"} or {@code "Host : a"}. */
    public record Line(String text, String eol) {
        public static Line of(String name, String value) { return new Line(name + ": " + value, CRLF); }

        /** The name: bytes before the first ':' (as typed, not trimmed), or the whole text if there is none. */
        public String name() {
            int c = text.indexOf(':');
            return c < 0 ? text : text.substring(0, c);
        }

        /** The value without surrounding whitespace, or "" if there is no ':'. */
        public String value() {
            int c = text.indexOf(':');
            return c < 0 ? "" : text.substring(c + 1).strip();
        }

        public boolean named(String n) { return name().equalsIgnoreCase(n); }
    }

    /** A draft and what the helper that made it changed, in words ("nothing changed" included). */
    public record Edit(RequestDraft draft, String change) {}

    public RequestDraft {
        fields = List.copyOf(fields);
        body = body.clone();
    }

    public static RequestDraft of(String startLine) { return new RequestDraft(startLine, CRLF, List.of(), CRLF, new byte[0]); }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length);
        write(out, startLine);
        write(out, startEol);
        for (Line l : fields) {
            write(out, l.text());
            write(out, l.eol());
        }
        write(out, headEnd);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String latin1) { out.writeBytes(latin1.getBytes(StandardCharsets.ISO_8859_1)); }

    public RequestDraft withStartLine(String line) { return new RequestDraft(line, startEol, fields, headEnd, body); }

    public RequestDraft withBody(byte[] b) { return new RequestDraft(startLine, startEol, fields, headEnd, b); }

    public RequestDraft withFields(List<Line> f) { return new RequestDraft(startLine, startEol, f, headEnd, body); }

    /** Adds a line at the end. */
    public RequestDraft add(Line l) { return insert(fields.size(), l); }

    /** Inserts a line so that it becomes number {@code index} (0-based). */
    public RequestDraft insert(int index, Line l) {
        checkIndex(index, fields.size() + 1);
        List<Line> f = new ArrayList<>(fields);
        f.add(index, l);
        return withFields(f);
    }

    public RequestDraft remove(int index) {
        checkIndex(index, fields.size());
        List<Line> f = new ArrayList<>(fields);
        f.remove(index);
        return withFields(f);
    }

    public RequestDraft replace(int index, Line l) {
        checkIndex(index, fields.size());
        List<Line> f = new ArrayList<>(fields);
        f.set(index, l);
        return withFields(f);
    }

    public RequestDraft move(int from, int to) {
        checkIndex(from, fields.size());
        checkIndex(to, fields.size());
        List<Line> f = new ArrayList<>(fields);
        f.add(to, f.remove(from));
        return withFields(f);
    }

    /** Index of the first line with this name (case-insensitive), or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).named(name)) return i;
        return -1;
    }

    /**
     * Sets Content-Length to the body's size: every Content-Length line gets the new value (a stale
     * duplicate would be a differing value, RFC 9112 §6.3 rule 5), or one is added at the end. The
     * report has one line per Content-Length line, changed or left as it was, and a warning when a
     * Transfer-Encoding line is there too (then Content-Length is not what frames the body).
     */
    public Edit withContentLength() {
        String n = String.valueOf(body.length);
        List<String> report = new ArrayList<>(), left = new ArrayList<>();
        List<Line> f = new ArrayList<>(fields);
        for (int i = 0; i < f.size(); i++) {
            Line old = f.get(i);
            if (!old.named("Content-Length")) continue;
            if (old.value().equals(n)) {
                left.add("line " + (i + 1) + " already says " + visible(old.text()));
                continue;
            }
            Line now = new Line(old.name() + ": " + n, old.eol());
            f.set(i, now);
            report.add("changed line " + (i + 1) + ": " + visible(old.text()) + " -> " + visible(now.text()));
        }
        if (report.isEmpty() && left.isEmpty()) {
            f.add(Line.of("Content-Length", n));
            report.add("added line " + f.size() + ": Content-Length: " + n);
        }
        boolean changed = !report.isEmpty();
        if (!changed) report.add("nothing changed: " + left.get(0));
        for (int i = changed ? 0 : 1; i < left.size(); i++) report.add("left " + left.get(i));
        for (int i = 0; i < f.size(); i++) {
            if (!f.get(i).named("Transfer-Encoding")) continue;
            report.add("warning: line " + (i + 1) + " says " + visible(f.get(i).text()) + ": with both, Transfer-Encoding frames the body"
                    + " and Content-Length is ignored, or the request is refused as smuggling (RFC 9112 §6.1, §6.3 rule 3)");
        }
        return new Edit(changed ? withFields(f) : this, String.join("\n", report));
    }

    /** A line's text for a report: CR, LF, TAB, control bytes and bytes ≥ 0x80 escaped. */
    private static String visible(String latin1) {
        return wirepad.bytes.Visible.render(latin1.getBytes(StandardCharsets.ISO_8859_1), wirepad.bytes.Visible.Style.ASCII);
    }

    /** Adds {@code Host: hostPort} as the first field line unless a Host line exists. */
    public Edit withHost(String hostPort) {
        int i = indexOf("Host");
        if (i >= 0) return new Edit(this, "nothing changed: line " + (i + 1) + " already says " + fields.get(i).text());
        return new Edit(insert(0, Line.of("Host", hostPort)), "added line 1: Host: " + hostPort);
    }

    private static void checkIndex(int i, int size) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("line " + (i + 1) + " does not exist (there are " + (size == 0 ? "no lines" : "lines 1.." + size) + ")");
    }

    @Override public boolean equals(Object o) {
        return o instanceof RequestDraft d && d.startLine.equals(startLine) && d.startEol.equals(startEol) && d.fields.equals(fields)
                && d.headEnd.equals(headEnd) && java.util.Arrays.equals(d.body, body);
    }

    @Override public int hashCode() { return startLine.hashCode() * 31 + fields.hashCode(); }

    @Override public String toString() { return "RequestDraft[" + startLine + ", " + fields.size() + " fields, " + body.length + " body bytes]"; }
}
