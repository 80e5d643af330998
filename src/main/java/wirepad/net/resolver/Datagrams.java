package wirepad.net.resolver;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketTimeoutException;

/** Waiting for UDP replies against a deadline: the loop both DNS clients share. */
final class Datagrams {
    private Datagrams() {}

    /** The next datagram received before {@code deadlineNanos} (a System.nanoTime instant), or null once time is up. */
    static DatagramPacket receive(DatagramSocket s, byte[] buf, long deadlineNanos) throws IOException {
        long left = (deadlineNanos - System.nanoTime()) / 1_000_000L;
        if (left <= 0) return null;
        s.setSoTimeout((int) Math.max(1, left));
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            s.receive(p);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return p;
    }
}
