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
public final class DnsState implements wirepad.repl.Replayable {
    /** The draft's parameters, or null before the first {@code query}. */
    QueryDraft draft;
    /** The bytes {@code qsend} sends: the draft built, then any {@code qedit}s. */
    byte[] wire;
    /** What {@code qedit} changed since the draft was built, in order. */
    final List<String> edits = new ArrayList<>();
    /** The {@code qedit} commands that made those edits, as typed, for 'record' (see QueryReplay). */
    final List<String> editLines = new ArrayList<>();
    /** Where queries go when no @SERVER is given (the last one used), or null. */
    InetSocketAddress server;
    /** The last reply received, for {@code decode} without arguments. */
    byte[] lastReply;
    final DnsCache cache;
    /** Every query sent and the reply it got, for 'export pcap' (the newest 1000). */
    private final List<Sent> sent = new ArrayList<>();

    /** One query on the wire and its reply: how, to whom, the round trip and when the reply came. */
    public record Sent(byte[] query, byte[] reply, boolean tcp, InetSocketAddress server, long micros, long replyEpochMicros) {}

    void record(Sent s) {
        sent.add(s);
        if (sent.size() > 1000) sent.remove(0);
    }

    public List<Sent> sent() { return List.copyOf(sent); }

    public DnsState() { this(System::currentTimeMillis); }

    /** With a clock in milliseconds (tests move it to watch TTLs count down). */
    public DnsState(LongSupplier clock) { cache = new DnsCache(clock); }

    void setDraft(QueryDraft d) {
        draft = d;
        wire = d.wire();
        edits.clear();
        editLines.clear();
    }

    @Override public List<String> replay(wirepad.repl.Session session) { return QueryReplay.commands(this, session); }

    @Override public List<String> notReplayed() { return QueryReplay.notReplayed(this); }

    public DnsCache cache() { return cache; }
}
