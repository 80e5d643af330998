package wirepad.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * Writes to a non-blocking connection with a timeout, which sockets do not have: when the peer
 * takes no byte for {@code timeoutMs} (it is not reading, its window is full), the connection is
 * closed and the write fails with a message saying so. Waiting uses a selector of its own, opened
 * only when the socket's send buffer is full.
 */
final class ChannelWriter {
    private ChannelWriter() {}

    static void write(SocketChannel ch, byte[] b, int off, int len, int timeoutMs) throws IOException {
        write(ch, ByteBuffer.wrap(b, off, len), timeoutMs);
    }

    /** As above, for what is left of {@code bb}. */
    static void write(SocketChannel ch, ByteBuffer bb, int timeoutMs) throws IOException {
        Selector sel = null;
        try {
            long deadline = 0;
            while (bb.hasRemaining()) {
                if (ch.write(bb) > 0) { deadline = 0; continue; } // progress: the timeout counts from the last byte taken
                long now = System.nanoTime();
                if (deadline == 0) deadline = now + timeoutMs * 1_000_000L;
                long left = (deadline - now) / 1_000_000L;
                if (left <= 0) {
                    ch.close();
                    throw new IOException("the peer took no bytes for " + timeoutMs + " ms (it is not reading); closed the connection");
                }
                if (sel == null) {
                    sel = Selector.open();
                    ch.register(sel, SelectionKey.OP_WRITE);
                }
                sel.select(left);
                sel.selectedKeys().clear();
            }
        } finally {
            if (sel != null) sel.close();
        }
    }

    /** Writes what the socket takes now, without waiting; true when {@code bb} went out whole. */
    static boolean writeNow(SocketChannel ch, ByteBuffer bb) throws IOException {
        while (bb.hasRemaining()) if (ch.write(bb) == 0) return false;
        return true;
    }

    /**
     * Closes after an answer sent before the request was read to its end: our side first, then the
     * peer's bytes read and dropped for a moment (at most {@code maxMs} and {@code maxBytes}), so the
     * peer reads the answer instead of a reset (RFC 9112 §9.6: a server closes in stages).
     */
    static void lingerAndClose(SocketChannel ch, int maxMs, long maxBytes) {
        try (ch; Selector sel = Selector.open()) {
            ch.shutdownOutput();
            ch.register(sel, SelectionKey.OP_READ);
            ByteBuffer sink = ByteBuffer.allocate(16 * 1024);
            long until = System.nanoTime() + maxMs * 1_000_000L, read = 0;
            while (read < maxBytes) {
                sink.clear();
                int n = ch.read(sink);
                if (n < 0) break;
                if (n > 0) { read += n; continue; }
                long left = (until - System.nanoTime()) / 1_000_000L;
                if (left <= 0) break;
                sel.select(left);
                sel.selectedKeys().clear();
            }
        } catch (IOException e) {
            // the peer went away first: nothing more to do
        }
    }
}
