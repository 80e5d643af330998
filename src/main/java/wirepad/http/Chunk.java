package wirepad.http;

import wirepad.bytes.Span;

/** One chunk of a chunked body (RFC 9112 §7.1): its size line, declared size, extensions, data. */
public record Chunk(Span sizeLine, String sizeText, long size, String extensions, Span data) {
    public boolean last() { return size == 0; }
}
