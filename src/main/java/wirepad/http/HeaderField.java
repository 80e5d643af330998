package wirepad.http;

import wirepad.bytes.Span;

/**
 * One field line, exactly as received: the name with its case, the value without surrounding
 * OWS (bytes as ISO-8859-1 chars, so nothing is decoded), and where each part sits in the stream.
 * The positions are kept as ints (a head has many fields); {@link #line()}, {@link #nameSpan()} and
 * {@link #valueSpan()} give them as spans.
 */
public record HeaderField(String name, String value, int lineStart, int lineEnd, int valueStart, int valueEnd) {
    public HeaderField(String name, String value, Span line, Span valueSpan) {
        this(name, value, line.start(), line.end(), valueSpan.start(), valueSpan.end());
    }

    public boolean is(String other) { return name.equalsIgnoreCase(other); }

    /** The whole field line, without its line ending. */
    public Span line() { return new Span(lineStart, lineEnd); }

    /** The name: it always starts the line. */
    public Span nameSpan() { return new Span(lineStart, lineStart + name.length()); }

    public Span valueSpan() { return new Span(valueStart, valueEnd); }

    /** A field made up by hand (a draft): spans are empty. */
    public static HeaderField of(String name, String value) { return new HeaderField(name, value, 0, 0, 0, 0); }
}
