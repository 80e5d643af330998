package wirepad.net;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The wire ledger of one connection: every chunk written and read, in order, with its direction,
 * its byte offset within that direction, and the time since connect. Every view is a rendering
 * of a ledger. Thread-safe: a server's reader and writer may record concurrently. It keeps at
 * most {@link #MAX_KEPT} bytes: beyond that the oldest chunks are dropped (offsets stay true, and
 * {@link #dropped()} says how many bytes are gone).
 */
public final class Ledger {
    /** One write or read: {@code offset} counts bytes in this direction before this chunk. */
    public record Entry(Direction dir, long offset, byte[] bytes, long nanos) {}

    /** Bytes kept per connection (both directions together). */
    public static final long MAX_KEPT = 16L * 1024 * 1024;

    /** Oldest first; dropping the oldest is cheap (a long connection drops often once it is at its cap). */
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long kept, dropped;
    private final long startNanos;
    private final Endpoint local, remote;
    private long sent, received;
    private volatile TlsInfo tls;
    private volatile String closedBy;
    private volatile long closedNanos = -1;

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
        kept += len;
        if (kept > MAX_KEPT) drop(MAX_KEPT, 1);
    }

    /** Bytes kept now (both directions). */
    public synchronized long kept() { return kept; }

    /**
     * Drops the oldest chunks until at most {@code maxKept} bytes are kept (a server with many
     * connections caps their ledgers together); offsets stay true and {@link #dropped()} grows.
     */
    public synchronized void trim(long maxKept) { drop(maxKept, 0); }

    private void drop(long maxKept, int keepEntries) {
        long gone = 0;
        while (kept - gone > maxKept && entries.size() > keepEntries) gone += entries.pollFirst().bytes().length;
        kept -= gone;
        dropped += gone;
    }

    public synchronized List<Entry> entries() { return List.copyOf(entries); }

    public synchronized long total(Direction d) { return d == Direction.SENT ? sent : received; }

    /** Bytes no longer kept (the oldest chunks of a long connection). */
    public synchronized long dropped() { return dropped; }

    /** The kept bytes of one direction at offsets [from, to) of that direction. */
    public synchronized byte[] slice(Direction d, long from, long to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            if (e.dir() != d) continue;
            long s = Math.max(from, e.offset()), t = Math.min(to, e.offset() + e.bytes().length);
            if (s < t) out.write(e.bytes(), (int) (s - e.offset()), (int) (t - s));
        }
        return out.toByteArray();
    }

    /** All kept bytes of one direction, concatenated. */
    public synchronized byte[] bytes(Direction d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) if (e.dir() == d) out.writeBytes(e.bytes());
        return out.toByteArray();
    }

    /**
     * The same connection seen from the other end: directions and endpoints swapped, offsets and
     * times kept (a server's ledger shown as its client saw it, so the client views can render it).
     * @param closedBy who closed, in the other end's words (e.g. "peer closed" for "server closed")
     */
    public synchronized Ledger mirrored(String closedBy) {
        Ledger m = new Ledger(remote, local, startNanos);
        for (Entry e : entries)
            m.entries.add(new Entry(e.dir() == Direction.SENT ? Direction.RECEIVED : Direction.SENT, e.offset(), e.bytes(), e.nanos()));
        m.sent = received;
        m.received = sent;
        m.kept = kept;
        m.dropped = dropped;
        m.tls = tls;
        m.closedBy = closedBy;
        return m;
    }

    public void tls(TlsInfo info) { this.tls = info; }

    public TlsInfo tls() { return tls; }

    /** Who closed first, in words (e.g. "peer closed", "wirepad closed"), or null while open; the time is kept too. */
    public synchronized void closedBy(String who) {
        if (closedBy != null) return;
        closedNanos = System.nanoTime() - startNanos;
        closedBy = who;
    }

    public String closedBy() { return closedBy; }

    /** When {@link #closedBy()} was first said, since {@link #startNanos()}; -1 while open. */
    public long closedNanos() { return closedNanos; }
}
