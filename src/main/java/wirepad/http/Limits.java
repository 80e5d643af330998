package wirepad.http;

/**
 * Every buffer has a limit; each limit has its own error. Defaults: request/status line 8 KiB,
 * one field line 8 KiB, whole head 64 KiB, 100 fields, chunk size ≤ 2^31, body 64 MiB.
 */
public record Limits(int maxStartLine, int maxFieldLine, int maxHead, int maxFields, long maxChunkSize, long maxBody) {
    public static final Limits DEFAULT = new Limits(8 * 1024, 8 * 1024, 64 * 1024, 100, 1L << 31, 64L * 1024 * 1024);

    public Limits withMaxStartLine(int n) { return new Limits(n, maxFieldLine, maxHead, maxFields, maxChunkSize, maxBody); }
    public Limits withMaxFieldLine(int n) { return new Limits(maxStartLine, n, maxHead, maxFields, maxChunkSize, maxBody); }
    public Limits withMaxHead(int n) { return new Limits(maxStartLine, maxFieldLine, n, maxFields, maxChunkSize, maxBody); }
    public Limits withMaxFields(int n) { return new Limits(maxStartLine, maxFieldLine, maxHead, n, maxChunkSize, maxBody); }
    public Limits withMaxChunkSize(long n) { return new Limits(maxStartLine, maxFieldLine, maxHead, maxFields, n, maxBody); }
    public Limits withMaxBody(long n) { return new Limits(maxStartLine, maxFieldLine, maxHead, maxFields, maxChunkSize, n); }
}
