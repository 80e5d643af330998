package wirepad.server.authority;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Message;
import wirepad.dns.Parser;
import wirepad.dns.Rcode;
import wirepad.dns.view.Annotate;

/**
 * What a DNS server (or the three of a {@link DelegationLab}) was asked and answered: one numbered
 * summary line per query on a print stream, and the bytes of each query and its reply, kept for
 * the newest {@link #KEEP} queries (and at most {@link #KEEP_BYTES} bytes), to be shown annotated
 * by number ({@link #bytes(int)}); with {@code hex} every query is printed annotated as it comes.
 */
public final class QueryLog {
    /** Queries whose bytes are kept. */
    public static final int KEEP = 1000;
    /** Bytes of queries and replies kept, at most: 1000 large TCP exchanges must not fill the heap. */
    public static final int KEEP_BYTES = 16 << 20;

    /** One query: its number, how it came, and the bytes both ways ({@code reply} null when none was sent). */
    public record Entry(int number, String transport, String peer, String server, byte[] query, byte[] reply, String line) {
        int size() { return query.length + (reply == null ? 0 : reply.length); }
    }

    private final PrintStream out;
    private final boolean hex;
    private final Deque<Entry> kept = new ArrayDeque<>();
    private int next = 1, keptBytes;

    /**
     * @param out where summary lines (and with {@code hex} the annotated bytes) go; null: nowhere, bytes still kept
     * @param hex print each query and reply annotated after its summary line
     */
    public QueryLog(PrintStream out, boolean hex) {
        this.out = out;
        this.hex = hex;
    }

    /** Records one query and what was sent back; prints its line (and bytes). */
    public Entry record(String transport, String peer, String server, byte[] query, byte[] reply, String note, Breakage breakage) {
        Entry e;
        synchronized (this) {
            int n = next++;
            String line = transport + " " + peer + " " + question(query) + " -> " + outcome(reply) + (note != null ? " (" + note + ")" : "")
                    + (breakage != Breakage.NONE ? " [broken: " + breakage + "]" : "") + " #" + n;
            e = new Entry(n, transport, peer, server, query, reply, line);
            kept.addLast(e);
            keptBytes += e.size();
            while (kept.size() > KEEP || keptBytes > KEEP_BYTES && kept.size() > 1) keptBytes -= kept.removeFirst().size();
        }
        if (out != null) {
            synchronized (out) {
                out.println(e.line());
                if (hex) out.print(view(e));
                out.flush();
            }
        }
        return e;
    }

    /** A problem of the server itself (a failed receive), on the same stream. */
    public void problem(String line) {
        if (out != null) synchronized (out) { out.println(line); }
    }

    /** Query {@code n} and its reply, each as an annotated hexdump; IllegalArgumentException says which numbers are kept. */
    public String bytes(int n) {
        synchronized (this) {
            for (Entry e : kept) if (e.number() == n) return view(e);
            if (next == 1) throw new IllegalArgumentException("no queries yet");
            String range = kept.isEmpty() ? "none" : kept.getFirst().number() + ".." + kept.getLast().number();
            if (n >= next || n < 1) throw new IllegalArgumentException("no query #" + n + ": the queries so far are 1.." + (next - 1));
            throw new IllegalArgumentException("query #" + n + " is no longer kept (the newest " + KEEP + " queries, 16 MiB at most, are; kept now: " + range + ")");
        }
    }

    static String view(Entry e) {
        StringBuilder sb = new StringBuilder();
        sb.append("query #").append(e.number()).append(" over ").append(e.transport().toUpperCase(java.util.Locale.ROOT))
          .append(" from ").append(e.peer()).append(" to ").append(e.server()).append(": ");
        sb.append(Annotate.render(e.query()));
        sb.append('\n').append("reply #").append(e.number()).append(": ");
        if (e.reply() == null) sb.append("none sent\n");
        else sb.append(Annotate.render(e.reply()));
        return sb.toString();
    }

    /** "www.lab. IN A", "(no question)" or "malformed (offset ...)". */
    private static String question(byte[] q) {
        try {
            Message m = Parser.parse(q);
            return m.questions().isEmpty() ? "(no question)" : m.questions().get(0).presentation().replace('\t', ' ');
        } catch (DnsFormatException ex) {
            return "malformed (" + ex.getMessage() + ")";
        }
    }

    /** "NOERROR, 49 bytes", "NOERROR TC, 29 bytes", "no reply". */
    private static String outcome(byte[] r) {
        if (r == null || r.length < 4) return "no reply";
        return Rcode.name(r[3] & 0xf) + ((r[2] & 0x02) != 0 ? " TC" : "") + ", " + r.length + " bytes";
    }
}
