package wirepad.http;

/**
 * Every buffer has a limit; each limit has its own error. Defaults: request/status line 8 KiB,
 * one field line 8 KiB, whole head 64 KiB, 100 fields, chunk size ≤ 2^31, body 64 MiB (a chunked
 * body's framing — size lines and extensions — may also take at most maxBody bytes).
 * The body limit counts bytes received, never a declared length: {@code Content-Length: 100000000}
 * or chunk-size {@code 7fffffff} is fine until more than maxBody body bytes actually arrive.
 * {@code maxChunks} (100 000) is not an error: it caps how many chunks the framing trace records;
 * decoding goes on and one diagnostic counts the chunks left out.
 */
public record Limits(int maxStartLine, int maxFieldLine, int maxHead, int maxFields, long maxChunkSize, long maxBody, int maxChunks) {
    public static final Limits DEFAULT = new Limits(8 * 1024, 8 * 1024, 64 * 1024, 100, 1L << 31, 64L * 1024 * 1024, 100_000);

    public Limits(int maxStartLine, int maxFieldLine, int maxHead, int maxFields, long maxChunkSize, long maxBody) {
        this(maxStartLine, maxFieldLine, maxHead, maxFields, maxChunkSize, maxBody, 100_000);
    }

    public Limits withMaxStartLine(int n) { return new Limits(n, maxFieldLine, maxHead, maxFields, maxChunkSize, maxBody, maxChunks); }
    public Limits withMaxFieldLine(int n) { return new Limits(maxStartLine, n, maxHead, maxFields, maxChunkSize, maxBody, maxChunks); }
    public Limits withMaxHead(int n) { return new Limits(maxStartLine, maxFieldLine, n, maxFields, maxChunkSize, maxBody, maxChunks); }
    public Limits withMaxFields(int n) { return new Limits(maxStartLine, maxFieldLine, maxHead, n, maxChunkSize, maxBody, maxChunks); }
    public Limits withMaxChunkSize(long n) { return new Limits(maxStartLine, maxFieldLine, maxHead, maxFields, n, maxBody, maxChunks); }
    public Limits withMaxBody(long n) { return new Limits(maxStartLine, maxFieldLine, maxHead, maxFields, maxChunkSize, n, maxChunks); }
    public Limits withMaxChunks(int n) { return new Limits(maxStartLine, maxFieldLine, maxHead, maxFields, maxChunkSize, maxBody, n); }
}
