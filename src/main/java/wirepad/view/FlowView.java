package wirepad.view;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.IntPredicate;
import wirepad.bytes.Span;
import wirepad.http.Role;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Exchange;
import wirepad.net.Ledger;

/**
 * {@code tcpflow -c} style: each run of bytes in one direction, labelled
 * {@code 127.0.0.1.40138-127.0.0.1.08080:} (source, then destination, ports in 5 digits). Like
 * tcpflow it prints the bytes as they are, except that a head line ending in a bare LF instead of
 * CRLF is marked {@code ␊}, so it does not pass for CRLF. (Each write and read with its time: the
 * ledger view.)
 */
public final class FlowView {
    private FlowView() {}

    /** The bytes sent in [sentFrom, sentTo) and received in [receivedFrom, receivedTo), in ledger order. */
    public static String render(Ledger ledger, long sentFrom, long sentTo, long receivedFrom, long receivedTo) {
        List<Ledger.Entry> entries = ledger.entries();
        Side sent = Side.of(entries, Direction.SENT, sentFrom, sentTo), got = Side.of(entries, Direction.RECEIVED, receivedFrom, receivedTo);
        sent.findFraming(got);
        got.findFraming(sent);
        StringBuilder sb = new StringBuilder();
        Direction run = null;
        long runFrom = 0, runTo = 0;
        for (Ledger.Entry e : entries) {
            Side side = e.dir() == Direction.SENT ? sent : got;
            long s = Math.max(side.from, e.offset()), t = Math.min(side.to, e.offset() + e.bytes().length);
            if (s >= t) continue;
            if (e.dir() != run) {
                if (run != null) flush(sb, ledger, run, run == Direction.SENT ? sent : got, runFrom, runTo);
                run = e.dir();
                runFrom = s;
            }
            runTo = t;
        }
        if (run != null) flush(sb, ledger, run, run == Direction.SENT ? sent : got, runFrom, runTo);
        return sb.toString();
    }

    private static void flush(StringBuilder sb, Ledger ledger, Direction d, Side side, long from, long to) {
        Endpoint src = d == Direction.SENT ? ledger.local() : ledger.remote();
        Endpoint dst = d == Direction.SENT ? ledger.remote() : ledger.local();
        if (sb.length() > 0) sb.append('\n');
        int off = (int) (from - side.base);
        sb.append(src.flowLabel()).append('-').append(dst.flowLabel()).append(": ")
          .append(String.join("\n", TextLines.of(side.bytes, off, (int) (to - from), side.framing))).append('\n');
    }

    /** One direction's kept bytes of the range, from direction offset {@code base}, and where its framing lines are. */
    private static final class Side {
        final long from, to, base;
        final byte[] bytes;
        final boolean whole; // the kept bytes start at `from`: parsing can start at a message boundary
        IntPredicate framing = TextLines.FRAMING;

        private Side(long from, long to, long base, byte[] bytes) {
            this.from = from;
            this.to = to;
            this.base = base;
            this.bytes = bytes;
            this.whole = base == from;
        }

        static Side of(List<Ledger.Entry> entries, Direction d, long from, long to) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long base = -1;
            for (Ledger.Entry e : entries) {
                if (e.dir() != d) continue;
                long s = Math.max(from, e.offset()), t = Math.min(to, e.offset() + e.bytes().length);
                if (s >= t) continue;
                if (base < 0) base = s;
                out.write(e.bytes(), (int) (s - e.offset()), (int) (t - s));
            }
            return new Side(from, to, base < 0 ? from : base, out.toByteArray());
        }

        boolean responses() { return bytes.length >= 5 && bytes[0] == 'H' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'P' && bytes[4] == '/'; }

        /** Parses this side as HTTP messages (responses when it starts "HTTP/", answering the other side's requests). */
        void findFraming(Side other) {
            if (!whole) { framing = TextLines.FREE; return; } // starts mid-message: nothing to tell, nothing marked
            List<String> methods = responses() && other.whole && !other.responses() ? Exchange.Batch.of(other.bytes).methods() : List.of();
            List<Span> data = LineEnds.data(bytes, responses() ? Role.RESPONSE : Role.REQUEST, methods);
            framing = LineEnds.framing(data, 0);
        }
    }
}
