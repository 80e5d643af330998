package wirepad.net.resolver;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import wirepad.dns.TcpFramer;

/** Reads one length-prefixed DNS message from a TCP stream (RFC 1035 §4.2.2), however the bytes arrive. */
record TcpReply(byte[] message, int reads, long firstByteNanos) {

    static TcpReply read(InputStream in, int timeoutMillis) throws IOException {
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
            framer.feed(buf, 0, n);
        }
        return new TcpReply(got, reads, first);
    }
}
