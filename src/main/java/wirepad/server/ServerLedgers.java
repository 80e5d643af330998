package wirepad.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import wirepad.net.Direction;
import wirepad.net.Ledger;

/**
 * The ledgers of one server: those of the last {@link #KEPT} connections (for {@code received}) and
 * those of every open connection, with one byte cap for all of them together. Over the cap the
 * oldest bytes go first, from the oldest connections (each ledger says how many it dropped), so a
 * hundred 16 MiB uploads cannot pin 1.6 GB (each ledger alone keeps at most 16 MiB too).
 */
final class ServerLedgers {
    static final int KEPT = 100;
    /** Bytes kept by all ledgers of one server together. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final ArrayDeque<Ledger> kept = new ArrayDeque<>();
    private final Set<Ledger> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;

    ServerLedgers(long maxBytes) { this.maxBytes = maxBytes; }

    synchronized void opened(Ledger l) {
        kept.add(l);
        open.add(l);
        while (kept.size() > KEPT) kept.poll();
    }

    synchronized void closed(Ledger l) { open.remove(l); }

    void record(Ledger l, Direction d, byte[] b, int off, int n) {
        l.record(d, b, off, n);
        if (bytes.addAndGet(n) > maxBytes) trim();
    }

    /** Drops the oldest bytes, oldest connections first, until the ledgers hold half the cap. */
    private synchronized void trim() {
        List<Ledger> all = new ArrayList<>(kept);
        for (Ledger l : open) if (!kept.contains(l)) all.add(l);
        all.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
        long total = 0;
        for (Ledger l : all) total += l.kept();
        for (Ledger l : all) {
            if (total <= maxBytes / 2) break;
            long before = l.kept();
            l.trim(Math.max(0, before - (total - maxBytes / 2)));
            total -= before - l.kept();
        }
        bytes.set(total);
    }

    synchronized List<Ledger> list() { return List.copyOf(kept); }
}
