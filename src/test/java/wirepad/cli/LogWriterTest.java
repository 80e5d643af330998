package wirepad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogWriterTest {
    @Test void everyLineInOrderPerThreadNothingDroppedEvenWhenTheQueueFills() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        int threads = 4, each = 3 * LogWriter.CAPACITY; // more than the queue holds: writers wait, none is lost
        LogWriter log = new LogWriter(out, "test-log");
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread th = new Thread(() -> { for (int i = 0; i < each; i++) log.accept(id + " " + i); });
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) th.join(60_000);
        log.close();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(threads * each, lines.length);
        int[] next = new int[threads];
        for (String l : lines) {
            String[] p = l.split(" ");
            int id = Integer.parseInt(p[0]);
            assertEquals(next[id]++, Integer.parseInt(p[1]), "thread " + id + "'s lines in order");
        }
    }

    @Test void aLineShowsWithoutClosingWhenTheServerIsQuiet() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // buffered like a real standard output: the line reaches the bytes only when the writer flushes
        PrintStream out = new PrintStream(new BufferedOutputStream(bytes, 8192), false, StandardCharsets.UTF_8);
        try (LogWriter log = new LogWriter(out, "test-log")) {
            log.accept("one request");
            long until = System.nanoTime() + 10_000_000_000L;
            while (bytes.size() == 0 && System.nanoTime() < until) Thread.sleep(10);
            synchronized (out) {
                assertEquals("one request\n", bytes.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
