package wirepad.repl.lookup;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import wirepad.net.resolver.DnsCache;

/**
 * The DNS side of a REPL session: the query being drafted and its bytes (edited or not), the
 * server last asked, the last reply, and the session's TTL cache.
 * Get it with {@code session.state(DnsState.class, DnsState::new)}.
 */
public final class DnsState {
    /** The draft's parameters, or null before the first {@code query}. */
    QueryDraft draft;
    /** The bytes {@code qsend} sends: the draft built, then any {@code qedit}s. */
    byte[] wire;
    /** What {@code qedit} changed since the draft was built, in order. */
    final List<String> edits = new ArrayList<>();
    /** Where queries go when no @SERVER is given (the last one used), or null. */
    InetSocketAddress server;
    /** The last reply received, for {@code decode} without arguments. */
    byte[] lastReply;
    final DnsCache cache;

    public DnsState() { this(System::currentTimeMillis); }

    /** With a clock in milliseconds (tests move it to watch TTLs count down). */
    public DnsState(LongSupplier clock) { cache = new DnsCache(clock); }

    void setDraft(QueryDraft d) {
        draft = d;
        wire = d.wire();
        edits.clear();
    }

    public DnsCache cache() { return cache; }
}
