package wirepad.view;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Visible;
import wirepad.net.Direction;
import wirepad.net.ExchangeLog;
import wirepad.net.Ledger;

/**
 * The wire ledger as it is: every write ({@code >}) and read ({@code <}) in order, with the time
 * since the connect started, its byte range in its direction, its size and its first bytes. Split
 * writes ({@code --split-at N --delay MS}) and partial reads show here as they happened:
 * <pre>
 *   127.0.0.1:40138 -> 127.0.0.1:8080 (> written, < read; time since connect start; offsets per direction)
 *     +0.4 ms  > 0..5      5 bytes  GET /
 *   +200.9 ms  > 5..10     5 bytes   HTTP
 * </pre>
 */
public final class LedgerView {
    private LedgerView() {}

    /** Bytes of a chunk shown after its size; the rest is "…". */
    static final int PREVIEW = 40;
    /** A long connection lists its first and last chunks only. */
    static final int FIRST = 300, LAST = 50;

    /** One exchange's chunks, after the moment the connection was made (and TLS set up), unless it was reused. */
    public static String render(ExchangeLog x) {
        List<String[]> rows = new ArrayList<>();
        if (x.connectNs() > 0) rows.add(new String[] {"+" + Timing.ms(x.connectNs()), "connected", "", ""});
        if (x.tlsNs() > 0) rows.add(new String[] {"+" + Timing.ms(x.connectNs() + x.tlsNs()), "TLS ready", "", ""});
        // a connection made before this exchange: the wait at the prompt is not the server's
        if (x.connectNs() == 0 && x.result().startNs() > 0)
            rows.add(new String[] {"+" + Timing.ms(x.result().startNs()), "this exchange starts (idle " + Timing.ms(Timing.idleNs(x)) + " before it)", "", ""});
        return render(x.ledger(), x.sentFrom(), x.sentTo(), x.result().receivedFrom(), x.result().receivedTo(), rows);
    }

    /** The chunks of [sentFrom, sentTo) and [receivedFrom, receivedTo), clipped to those ranges, in ledger order. */
    public static String render(Ledger ledger, long sentFrom, long sentTo, long receivedFrom, long receivedTo) {
        return render(ledger, sentFrom, sentTo, receivedFrom, receivedTo, new ArrayList<>());
    }

    private static String render(Ledger ledger, long sentFrom, long sentTo, long receivedFrom, long receivedTo, List<String[]> rows) {
        long writes = 0, reads = 0, wrote = 0, read = 0;
        for (Ledger.Entry e : ledger.entries()) {
            boolean out = e.dir() == Direction.SENT;
            long from = out ? sentFrom : receivedFrom, to = out ? sentTo : receivedTo;
            long s = Math.max(from, e.offset()), t = Math.min(to, e.offset() + e.bytes().length);
            if (s >= t) continue;
            int n = (int) (t - s), skip = (int) (s - e.offset());
            if (out) { writes++; wrote += n; } else { reads++; read += n; }
            String preview = String.join("", Visible.lines(e.bytes(), skip, Math.min(n, PREVIEW), Visible.Style.GLYPHS)) + (n > PREVIEW ? "…" : "");
            rows.add(new String[] {"+" + Timing.ms(e.nanos()), e.dir().arrow + " " + s + ".." + t, n + (n == 1 ? " byte" : " bytes"), preview});
        }
        StringBuilder sb = new StringBuilder();
        sb.append(ledger.local()).append(" -> ").append(ledger.remote())
          .append(" (> written, < read; time since connect start; offsets per direction)\n");
        if (ledger.dropped() > 0)
            sb.append("(the oldest ").append(ledger.dropped()).append(" bytes of this connection are no longer kept: a ledger keeps the last 16 MiB)\n");
        int[] w = new int[3];
        for (String[] r : rows) for (int i = 0; i < 3; i++) if (r[2].length() > 0 || i == 0) w[i] = Math.max(w[i], r[i].length());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.size() > FIRST + LAST && i == FIRST) {
                sb.append("  … ").append(rows.size() - FIRST - LAST).append(" more chunks …\n");
                i = rows.size() - LAST;
            }
            String[] r = rows.get(i);
            String line = "  " + " ".repeat(w[0] - r[0].length()) + r[0] + "  " + Columns.pad(r[1], w[1])
                    + "  " + " ".repeat(w[2] - r[2].length()) + r[2] + "  " + r[3];
            sb.append(line.stripTrailing()).append('\n');
        }
        // The close, when this range runs to the connection's end in both directions.
        if (ledger.closedBy() != null && sentTo >= ledger.total(Direction.SENT) && receivedTo >= ledger.total(Direction.RECEIVED))
            sb.append("  ").append(" ".repeat(Math.max(0, w[0] - Timing.ms(ledger.closedNanos()).length() - 1))).append('+')
              .append(Timing.ms(ledger.closedNanos())).append("  ").append(ledger.closedBy()).append('\n');
        sb.append(count(writes, "write")).append(" (").append(count(wrote, "byte")).append("), ")
          .append(count(reads, "read")).append(" (").append(count(read, "byte")).append(")\n");
        return sb.toString();
    }

    private static String count(long n, String what) { return n + " " + what + (n == 1 ? "" : "s"); }
}
