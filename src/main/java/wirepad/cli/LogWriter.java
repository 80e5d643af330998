package wirepad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A server's log, printed by a thread of its own so that answering a request never waits for the
 * terminal: lines are queued in order and written in batches (one wake-up of this thread for many
 * lines), flushed whenever the queue runs dry (a quiet server's line shows at once). Nothing is dropped: when the terminal cannot keep up and
 * {@link #CAPACITY} lines wait, the next line waits for room. {@link #close()} prints what is left.
 */
final class LogWriter implements Consumer<String>, AutoCloseable {
    /** Lines waiting at most; a few MB for request logs (each is a head and a bounded body preview). */
    static final int CAPACITY = 4096;
    /** The rest after each batch: a busy server's lines are printed about a thousand times a second, many at a time. */
    static final long PAUSE_MS = 1;
    private static final String END = new String("end"); // compared by identity: no log line is this object

    private final PrintStream out;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;

    LogWriter(PrintStream out, String name) {
        this.out = out;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override public void accept(String line) {
        try {
            queue.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch);
                synchronized (out) {
                    for (String line : batch) {
                        if (line == END) { out.flush(); return; }
                        out.println(line);
                    }
                    if (queue.isEmpty()) out.flush();
                }
                batch.clear();
                Thread.sleep(PAUSE_MS); // lines that come meanwhile make one batch: one wake-up for many, not one per line
            }
        } catch (InterruptedException e) {
            out.flush();
        }
    }

    /** Prints the lines still queued (waiting up to 2 s for the terminal), then stops the thread. */
    @Override public void close() {
        try {
            if (queue.offer(END, 2, TimeUnit.SECONDS)) thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
