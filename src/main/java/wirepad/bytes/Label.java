package wirepad.bytes;

/** A named byte span, e.g. {@code 0..3 "method"}; protocol views attach these to a hexdump. */
public record Label(Span span, String name, String note) {
    public Label(int start, int end, String name) { this(new Span(start, end), name, ""); }

    public Label(int start, int end, String name, String note) { this(new Span(start, end), name, note); }
}
