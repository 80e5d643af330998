package wirepad.bytes;

/** A half-open byte range [start, end) in some stream of bytes. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public int length() { return end - start; }

    public boolean contains(int offset) { return offset >= start && offset < end; }

    public Span shift(int by) { return new Span(start + by, end + by); }

    @Override public String toString() { return start + ".." + end; }
}
