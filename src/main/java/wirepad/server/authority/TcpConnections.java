package wirepad.server.authority;

import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open TCP connections of a {@link DnsServer} and its cap on them. When the cap is reached, a
 * new connection does not simply bounce: the connection that has been quiet the longest (no byte
 * received, no reply being written) is closed to make room, so a flood of idle connections cannot
 * lock out a client that has a query to send. RFC 7766 §6.2.3 lets a server shorten its idle
 * timeout to zero when it is under heavy load or attack; this is that, one connection at a time.
 * Only when every open connection is in the middle of being answered is the new one closed at once.
 */
final class TcpConnections {
    /** One open connection: when it last received a byte (System.nanoTime) and whether a reply is being written to it. */
    static final class Open {
        final Socket socket;
        final String peer;
        private volatile long lastActive = System.nanoTime();
        private volatile boolean answering;

        Open(Socket socket) {
            this.socket = socket;
            this.peer = String.valueOf(socket.getRemoteSocketAddress());
        }

        /** Bytes arrived, or a reply was written. */
        void active() { lastActive = System.nanoTime(); }

        /** True while the server answers (and writes to) this connection: it is not closed to make room then. */
        void answering(boolean now) {
            answering = now;
            active();
        }

        long quietMillis() { return (System.nanoTime() - lastActive) / 1_000_000L; }
    }

    /** What {@link #admit} did: {@code admitted} is null when the new connection must be closed; {@code closed} the one closed for it, or null. */
    record Admission(Open admitted, Open closed, long closedQuietMillis) {}

    private final int max;
    private final Set<Open> open = ConcurrentHashMap.newKeySet();

    TcpConnections(int max) { this.max = max; }

    /** Takes {@code s} in, closing the quietest connection first if the cap is reached. */
    synchronized Admission admit(Socket s) {
        Open victim = null;
        long quiet = 0;
        if (open.size() >= max) {
            for (Open o : open) {
                if (o.answering) continue;
                if (victim == null || o.lastActive < victim.lastActive) victim = o;
            }
            if (victim == null) return new Admission(null, null, 0);
            quiet = victim.quietMillis();
            open.remove(victim);
            close(victim.socket); // its thread sees the close and ends
        }
        Open o = new Open(s);
        open.add(o);
        return new Admission(o, victim, quiet);
    }

    /** The connection has ended (its thread is done). */
    void remove(Open o) { open.remove(o); }

    int size() { return open.size(); }

    /** Closes every open connection (the server is stopping). */
    void closeAll() {
        for (Open o : open) close(o.socket);
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
