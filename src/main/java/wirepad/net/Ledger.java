package wirepad.net;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire ledger of one connection: every chunk written and read, in order, with its direction,
 * its byte offset within that direction, and the time since connect. Every view is a rendering
 * of a ledger. Thread-safe: a server's reader and writer may record concurrently.
 */
public final class Ledger {
    /** One write or read: {@code offset} counts bytes in this direction before this chunk. */
    public record Entry(Direction dir, long offset, byte[] bytes, long nanos) {}

    private final List<Entry> entries = new ArrayList<>();
    private final long startNanos;
    private final Endpoint local, remote;
    private long sent, received;
    private volatile TlsInfo tls;
    private volatile String closedBy;

    public Ledger(Endpoint local, Endpoint remote, long startNanos) {
        this.local = local;
        this.remote = remote;
        this.startNanos = startNanos;
    }

    public Endpoint local() { return local; }

    public Endpoint remote() { return remote; }

    public long startNanos() { return startNanos; }

    public synchronized void record(Direction d, byte[] b, int off, int len) {
        long at = System.nanoTime() - startNanos;
        byte[] copy = java.util.Arrays.copyOfRange(b, off, off + len);
        if (d == Direction.SENT) { entries.add(new Entry(d, sent, copy, at)); sent += len; }
        else { entries.add(new Entry(d, received, copy, at)); received += len; }
    }

    public synchronized List<Entry> entries() { return List.copyOf(entries); }

    public synchronized long total(Direction d) { return d == Direction.SENT ? sent : received; }

    /** All bytes of one direction, concatenated. */
    public synchronized byte[] bytes(Direction d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) if (e.dir() == d) out.writeBytes(e.bytes());
        return out.toByteArray();
    }

    public void tls(TlsInfo info) { this.tls = info; }

    public TlsInfo tls() { return tls; }

    /** Who closed first, in words (e.g. "peer closed", "wirepad closed"), or null while open. */
    public void closedBy(String who) { if (closedBy == null) closedBy = who; }

    public String closedBy() { return closedBy; }
}
