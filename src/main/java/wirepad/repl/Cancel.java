package wirepad.repl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The cancellation token of one running command. Ctrl-C calls {@link #cancel()}: the flag is set,
 * the command's thread is interrupted, and every registered resource is closed (a blocking socket
 * read does not notice an interrupt, but it does notice its socket being closed).
 * Long-running commands call {@link #check()} between steps, or use {@link #sleep(Duration)}.
 */
public final class Cancel {
    /** Thrown by {@link #check()}; the REPL prints "cancelled" and returns to the prompt. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() { super("cancelled", null, false, false); }
    }

    private final Thread worker;
    private final List<AutoCloseable> onCancel = new ArrayList<>();
    private volatile boolean cancelled;

    public Cancel(Thread worker) { this.worker = worker; }

    /** A token that is never cancelled by a user (tests, one-shot use). */
    public static Cancel none() { return new Cancel(Thread.currentThread()); }

    public boolean isCancelled() { return cancelled; }

    /** Throws {@link Cancelled} once the user has pressed Ctrl-C. */
    public void check() {
        if (cancelled) throw new Cancelled();
    }

    /** Sleeps, but wakes up and throws {@link Cancelled} on Ctrl-C. */
    public void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            throw new Cancelled();
        }
        check();
    }

    /** A blocking step: a socket exchange, a file read. */
    @FunctionalInterface
    public interface Blocking<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs a step that blocks where an interrupt does not reach (a socket read inside code that
     * owns its socket, a read from a FIFO) on a thread of its own, and waits for it. Ctrl-C
     * returns at once with {@link Cancelled}: the step is interrupted and left to end by its
     * own timeout, and its result is dropped. Its exception, if it fails, is thrown here as is.
     */
    @SuppressWarnings("unchecked")
    public <T, E extends Exception> T call(String what, Blocking<T, E> step) throws E {
        check();
        FutureTask<T> task = new FutureTask<>(step::run);
        Thread t = new Thread(task, "wirepad-" + what);
        t.setDaemon(true);
        t.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            t.interrupt();
            throw new Cancelled();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw (E) c;
        }
    }

    /** Closes {@code resource} on cancel (at once if already cancelled). */
    public void onCancel(AutoCloseable resource) {
        boolean now;
        synchronized (onCancel) {
            now = cancelled;
            if (!now) onCancel.add(resource);
        }
        if (now) closeQuietly(resource);
    }

    public void cancel() {
        List<AutoCloseable> toClose;
        synchronized (onCancel) {
            if (cancelled) return;
            cancelled = true;
            toClose = List.copyOf(onCancel);
            onCancel.clear();
        }
        worker.interrupt();
        toClose.forEach(Cancel::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is only a way to wake a blocked reader; its own failure does not matter
        }
    }
}
