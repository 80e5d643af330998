package wirepad.view;

import java.io.ByteArrayOutputStream;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Ledger;

/**
 * {@code tcpflow -c} style: each run of bytes in one direction, labelled
 * {@code 127.0.0.1.40138-127.0.0.1.08080:} (source, then destination, ports in 5 digits).
 */
public final class FlowView {
    private FlowView() {}

    /** The bytes sent in [sentFrom, sentTo) and received in [receivedFrom, receivedTo), in ledger order. */
    public static String render(Ledger ledger, long sentFrom, long sentTo, long receivedFrom, long receivedTo) {
        StringBuilder sb = new StringBuilder();
        Direction run = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Ledger.Entry e : ledger.entries()) {
            long from = e.dir() == Direction.SENT ? sentFrom : receivedFrom;
            long to = e.dir() == Direction.SENT ? sentTo : receivedTo;
            if (e.offset() + e.bytes().length <= from || e.offset() >= to) continue;
            int skip = (int) Math.max(0, from - e.offset());
            int end = (int) Math.min(e.bytes().length, to - e.offset());
            if (e.dir() != run) {
                flush(sb, ledger, run, bytes);
                run = e.dir();
            }
            bytes.write(e.bytes(), skip, end - skip);
        }
        flush(sb, ledger, run, bytes);
        return sb.toString();
    }

    private static void flush(StringBuilder sb, Ledger ledger, Direction d, ByteArrayOutputStream bytes) {
        if (d == null || bytes.size() == 0) return;
        Endpoint src = d == Direction.SENT ? ledger.local() : ledger.remote();
        Endpoint dst = d == Direction.SENT ? ledger.remote() : ledger.local();
        byte[] b = bytes.toByteArray();
        bytes.reset();
        if (sb.length() > 0) sb.append('\n');
        sb.append(src.flowLabel()).append('-').append(dst.flowLabel()).append(": ")
          .append(String.join("\n", TextLines.of(b, 0, b.length))).append('\n');
    }
}
