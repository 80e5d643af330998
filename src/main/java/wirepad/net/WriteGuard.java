package wirepad.net;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A timeout for writes, which sockets do not have: a write still blocked after {@code timeoutMs}
 * (the peer is not reading, its window is full) closes the socket, and the write fails with a
 * message saying so. One timer thread per guard; close the guard with its owner.
 */
public final class WriteGuard implements Closeable {
    private final Timer timer = new Timer("wirepad-write-guard", true);

    public void write(Socket socket, OutputStream out, byte[] b, int off, int len, int timeoutMs) throws IOException {
        AtomicBoolean fired = new AtomicBoolean();
        TimerTask task = new TimerTask() {
            @Override public void run() {
                fired.set(true);
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing is the point; the write below reports
                }
            }
        };
        try {
            timer.schedule(task, Math.max(1, timeoutMs));
        } catch (IllegalStateException stopped) {
            throw new IOException("the connection's owner has stopped"); // the guard was closed (the server stopped)
        }
        try {
            out.write(b, off, len);
            out.flush();
        } catch (IOException e) {
            if (fired.get()) throw new IOException("the peer took no bytes for " + timeoutMs + " ms (it is not reading); closed the connection");
            throw e;
        } finally {
            task.cancel();
        }
    }

    @Override public void close() { timer.cancel(); }
}
