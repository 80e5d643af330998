package wirepad.http;

import java.util.Objects;
import wirepad.bytes.Span;

/**
 * One field line, exactly as received: the name with its case, the value without surrounding
 * OWS (bytes as ISO-8859-1 chars, so nothing is decoded), and where each part sits in the stream.
 * The positions are kept as ints (a head has many fields); {@link #line()}, {@link #nameSpan()} and
 * {@link #valueSpan()} give them as spans. A field read by the parser's one-pass path keeps the
 * parser's buffer (which only grows: its bytes never change) and makes its value String on the
 * first {@link #value()} call, so the values nobody reads cost nothing. Equal when name, value and
 * positions are.
 */
public final class HeaderField {
    private final String name;
    private String value; // null until asked, for a field made by lazy()
    private final byte[] buf; // where the value's bytes are, until value() has read them
    private final int lineStart, lineEnd, valueStart, valueEnd;
    /** Its {@link KnownField} bit (0 for a name that does not decide framing), found once. */
    private final int known;

    public HeaderField(String name, String value, int lineStart, int lineEnd, int valueStart, int valueEnd) {
        this(name, Objects.requireNonNull(value), null, lineStart, lineEnd, valueStart, valueEnd, KnownField.bit(name));
    }

    public HeaderField(String name, String value, Span line, Span valueSpan) {
        this(name, value, line.start(), line.end(), valueSpan.start(), valueSpan.end());
    }

    private HeaderField(String name, String value, byte[] buf, int lineStart, int lineEnd, int valueStart, int valueEnd, int known) {
        this.name = Objects.requireNonNull(name);
        this.known = known;
        this.value = value;
        this.buf = buf;
        this.lineStart = lineStart;
        this.lineEnd = lineEnd;
        this.valueStart = valueStart;
        this.valueEnd = valueEnd;
    }

    /**
     * A field whose value is buf[valueStart, valueEnd) as it stands (no bare CR in it); buf must never
     * change there. {@code known} is the name's {@link KnownField} bit.
     */
    static HeaderField lazy(String name, int known, byte[] buf, int lineStart, int lineEnd, int valueStart, int valueEnd) {
        return new HeaderField(name, null, buf, lineStart, lineEnd, valueStart, valueEnd, known);
    }

    /**
     * The value as a number when it is 1 to 18 ASCII digits with no leading 0 (or just "0"), the form
     * every reader takes the same way; otherwise -1. A value not yet made into a String is read from
     * its bytes, and stays unmade.
     */
    long plainNumber() {
        String v = value;
        int n = v != null ? v.length() : valueEnd - valueStart;
        if (n < 1 || n > 18) return -1;
        long x = 0;
        for (int k = 0; k < n; k++) {
            int c = v != null ? v.charAt(k) : buf[valueStart + k];
            if (c < '0' || c > '9' || c == '0' && k == 0 && n > 1) return -1;
            x = x * 10 + (c - '0');
        }
        return x;
    }

    /** The name's {@link KnownField} bit: which framing or persistence field this is, if any (0: none of them). */
    int known() { return known; }

    public String name() { return name; }

    public String value() {
        String v = value;
        if (v == null) value = v = Abnf.latin1(buf, valueStart, valueEnd);
        return v;
    }

    public int lineStart() { return lineStart; }

    public int lineEnd() { return lineEnd; }

    public int valueStart() { return valueStart; }

    public int valueEnd() { return valueEnd; }

    public boolean is(String other) { return name.equalsIgnoreCase(other); }

    /** The whole field line, without its line ending. */
    public Span line() { return new Span(lineStart, lineEnd); }

    /** The name: it always starts the line. */
    public Span nameSpan() { return new Span(lineStart, lineStart + name.length()); }

    public Span valueSpan() { return new Span(valueStart, valueEnd); }

    /** A field made up by hand (a draft): spans are empty. */
    public static HeaderField of(String name, String value) { return new HeaderField(name, value, 0, 0, 0, 0); }

    @Override public boolean equals(Object o) {
        return o instanceof HeaderField f && f.lineStart == lineStart && f.lineEnd == lineEnd && f.valueStart == valueStart
                && f.valueEnd == valueEnd && f.name.equals(name) && f.value().equals(value());
    }

    @Override public int hashCode() { return Objects.hash(name, value(), lineStart, lineEnd, valueStart, valueEnd); }

    @Override public String toString() {
        return "HeaderField[name=" + name + ", value=" + value() + ", lineStart=" + lineStart + ", lineEnd=" + lineEnd
                + ", valueStart=" + valueStart + ", valueEnd=" + valueEnd + "]";
    }
}
