package wirepad.server;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory a server's incomplete requests may take, counted per connection and capped for all
 * of them together, and handed back to the system after a burst. What is counted is what the
 * bytes may take: twice the bytes (a parser's buffer grows by doubling), twice again for a chunked
 * body (its data is kept decoded as well). Over a cap, the answer that refuses the request.
 */
final class RequestMemory {
    /** For all connections together. */
    static final long MAX = 80L * 1024 * 1024;

    private final AtomicLong held = new AtomicLong();
    private final long maxBody, maxHead;
    private final Clock clock;
    private long lastGiveBack;

    RequestMemory(long maxBody, long maxHead, Clock clock) {
        this.maxBody = maxBody;
        this.maxHead = maxHead;
        this.clock = clock;
    }

    /**
     * Counts {@code n} more bytes for a connection's incomplete request; null when they fit, else
     * the answer: 413 when this request alone is too much, 503 when all requests together are.
     */
    Handler.Reply holdMore(Conn c, int n) {
        long fed = c.pending() + (long) n;
        if (fed > maxBody + maxHead) return new Handler.Reply(Replies.tooLarge(fed, maxBody, clock), true);
        long weight = 2 * fed * (c.chunked ? 2 : 1);
        if (weight > MAX) // only a chunked body gets here first: it is held twice, raw and decoded
            return new Handler.Reply(Replies.tooLargeChunked(fed, MAX / 4, clock), true);
        long all = held.addAndGet(weight - c.held);
        if (all > MAX) {
            held.addAndGet(c.held - weight);
            return new Handler.Reply(Replies.full(all - weight + c.held, MAX, clock), true);
        }
        c.held = weight;
        return null;
    }

    /** After an answer: only the bytes already here for the next request count (call after {@link Conn#nextRequest()}). */
    void recount(Conn c) {
        long before = c.held;
        c.held = 2L * c.pending();
        held.addAndGet(c.held - before);
    }

    /** The connection closed: what it held is free. */
    void release(Conn c) {
        held.addAndGet(-c.held);
        c.held = 0;
    }

    /**
     * After a burst (big uploads refused or done), hands the grown heap back to the system: when no
     * request holds memory and the heap has grown past 64 MiB, one full collection, at most every
     * 10 s (the launcher's heap settings let it shrink then; without it the heap stays at its peak).
     * Called from the read loop only.
     */
    void giveBack(long now) {
        if (held.get() > 0 || Runtime.getRuntime().totalMemory() < 64L * 1024 * 1024 || now - lastGiveBack < 10_000_000_000L) return;
        lastGiveBack = now;
        System.gc();
    }
}
