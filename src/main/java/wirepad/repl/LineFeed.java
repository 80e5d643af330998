package wirepad.repl;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Lines of a reader, read ahead by a thread of their own so that whoever waits for the next one
 * can be interrupted. A terminal without line editing (TERM=dumb) blocks in read() until Enter,
 * and a blocked read() does not see Thread.interrupt(): Ctrl-C in a heredoc would only act when
 * the next line came. Waiting on this queue instead, it acts at once.
 * <p>
 * The thread reads a line only when one is asked for: while a command runs an editor
 * ({@code edit}), nothing here takes the keys typed into it.
 */
final class LineFeed {
    /** One line with its terminator; {@code end} after the last; {@code error} when reading failed. */
    private record Item(String line, IOException error) {}

    private static final Item END = new Item(null, null);
    private final Reader in;
    private final BlockingQueue<Item> lines = new LinkedBlockingQueue<>();
    private final java.util.concurrent.Semaphore wanted = new java.util.concurrent.Semaphore(0);
    private boolean asked;     // a line was asked for and has not been taken yet (an interrupted wait leaves it asked)
    private Thread reader;

    LineFeed(Reader in) { this.in = in; }

    /** The next line with its terminator (none on the last line of the input), or null at the end. */
    String next() throws InterruptedException {
        start();
        if (!asked) {
            asked = true;
            wanted.release();
        }
        Item i = lines.take();
        asked = false;
        if (i == END) {
            lines.add(END);     // every later call sees the end too
            return null;
        }
        if (i.error() != null) throw new UncheckedIOException(i.error());
        return i.line();
    }

    private synchronized void start() {
        if (reader != null) return;
        reader = new Thread(this::readAll, "wirepad-stdin");
        reader.setDaemon(true);     // never keeps the JVM alive after 'quit'
        reader.start();
    }

    private void readAll() {
        try {
            while (true) {
                wanted.acquire();
                StringBuilder sb = new StringBuilder();
                int c;
                while ((c = in.read()) >= 0) {
                    sb.append((char) c);
                    if (c == '\n') break;
                }
                if (sb.length() > 0) lines.add(new Item(sb.toString(), null));
                if (c < 0) {
                    lines.add(END);
                    return;
                }
            }
        } catch (IOException e) {
            lines.add(new Item(null, e));
        } catch (InterruptedException e) {
            // nobody interrupts this thread; end quietly if something does
        }
    }
}
