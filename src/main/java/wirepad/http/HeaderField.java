package wirepad.http;

import wirepad.bytes.Span;

/**
 * One field line, exactly as received: the name with its case, the value without surrounding
 * OWS (bytes as ISO-8859-1 chars, so nothing is decoded), and where each part sits in the stream.
 */
public record HeaderField(String name, String value, Span line, Span nameSpan, Span valueSpan) {
    public boolean is(String other) { return name.equalsIgnoreCase(other); }

    /** A field made up by hand (a draft): spans are empty. */
    public static HeaderField of(String name, String value) {
        return new HeaderField(name, value, new Span(0, 0), new Span(0, 0), new Span(0, 0));
    }
}
