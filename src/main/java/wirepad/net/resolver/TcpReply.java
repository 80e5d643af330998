package wirepad.net.resolver;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import wirepad.dns.TcpFramer;
import wirepad.net.Direction;
import wirepad.net.Ledger;

/**
 * Reads one length-prefixed DNS message from a TCP stream (RFC 1035 §4.2.2), however the bytes arrive.
 * The prefix bounds the message at 65535 bytes; each read waits at most the socket's timeout.
 */
record TcpReply(byte[] message, int reads, long firstByteNanos) {

    static TcpReply read(InputStream in, int timeoutMillis) throws IOException { return read(in, timeoutMillis, null); }

    /** As {@link #read(InputStream, int)}, recording every chunk read in {@code ledger} (if not null), for captures. */
    static TcpReply read(InputStream in, int timeoutMillis, Ledger ledger) throws IOException {
        TcpFramer framer = new TcpFramer();
        byte[] buf = new byte[4096];
        int reads = 0, total = 0;
        long first = 0;
        byte[] got;
        while ((got = framer.next()) == null) {
            int n;
            try {
                n = in.read(buf);
            } catch (SocketTimeoutException e) {
                throw new IOException("TCP: no complete reply within " + timeoutMillis + " ms (" + total + " bytes read, "
                        + (framer.announced() < 0 ? "length prefix incomplete" : "the prefix announced " + framer.announced()) + ")");
            }
            if (n < 0) throw new IOException("TCP: the server closed the connection after " + total + " bytes"
                    + (total == 0 ? " without replying (it found nothing sensible to answer)"
                    : framer.announced() >= 0 ? " (the prefix announced " + framer.announced() + ")" : ""));
            if (reads++ == 0) first = System.nanoTime();
            total += n;
            if (ledger != null) ledger.record(Direction.RECEIVED, buf, 0, n);
            framer.feed(buf, 0, n);
        }
        return new TcpReply(got, reads, first);
    }
}
