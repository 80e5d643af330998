package wirepad.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancelAndConsoleTest {
    @Test void cancelClosesRegisteredResourcesOnceAndLateOnesAtOnce() {
        Cancel c = new Cancel(new Thread(() -> { }));
        AtomicInteger closed = new AtomicInteger();
        c.onCancel(closed::incrementAndGet);
        c.check();
        c.cancel();
        c.cancel();
        assertEquals(1, closed.get());
        c.onCancel(closed::incrementAndGet);
        assertEquals(2, closed.get());
        assertThrows(Cancel.Cancelled.class, c::check);
    }

    @Test void sleepIsCutShortByCancel() throws Exception {
        Cancel c = new Cancel(Thread.currentThread());
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ignored) {
                // test ends
            }
            c.cancel();
        });
        t.start();
        long start = System.nanoTime();
        assertThrows(Cancel.Cancelled.class, () -> c.sleep(Duration.ofSeconds(20)));
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
        t.join();
        Thread.interrupted();
    }

    private static String utf8(ByteArrayOutputStream b) { return b.toString(StandardCharsets.UTF_8); }

    @Test void plainConsoleForScriptsPrintsOnlyCommandOutput() {
        var in = new ByteArrayInputStream("echo hi\nbytes \\q\nquit\necho never\n".getBytes(StandardCharsets.UTF_8));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PlainConsole pc = PlainConsole.script(in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        CommandTable t = Capture.table();
        int failures = new Repl(t, t.newSession(java.nio.file.Path.of(".")), pc).run();
        assertEquals(1, failures);
        assertEquals("hi\n", utf8(out));
        assertTrue(utf8(err).startsWith("error: column 1: unknown escape \"\\q\""), utf8(err));
    }

    @Test void plainConsoleWithPromptsShowsThemAndReturnsNullAtEnd() {
        var out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        PlainConsole pc = new PlainConsole(new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)), ps, ps, true, 80, false);
        assertEquals("a", pc.readLine("p> "));
        assertNull(pc.readLine("p> "));
        assertEquals("p> p> ", utf8(out));
        assertTrue(pc.interactive());
    }

    @Test void utf8InputSurvives() {
        var out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        PlainConsole pc = PlainConsole.script(new ByteArrayInputStream("bytes é\n".getBytes(StandardCharsets.UTF_8)), ps, ps);
        CommandTable t = Capture.table();
        new Repl(t, t.newSession(java.nio.file.Path.of(".")), pc).run();
        assertTrue(utf8(out).startsWith("\\xc3\\xa9\n2 bytes\n"), utf8(out));
    }

    @Test void plainConsoleCatchingCtrlCHandsTheReplsTaskToTheInstaller() {
        var out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        PlainConsole bare = new PlainConsole(new ByteArrayInputStream(new byte[0]), ps, ps, true, 80, false);
        Runnable[] installed = new Runnable[1];
        PlainConsole caught = bare.catchingCtrlC(task -> installed[0] = task);
        assertTrue(caught.catchesCtrlC());
        assertTrue(!bare.catchesCtrlC());
        bare.onInterrupt(() -> { });
        CommandTable t = Capture.table();
        new Repl(t, t.newSession(java.nio.file.Path.of(".")), caught);
        assertTrue(installed[0] != null, "the REPL's Ctrl-C task was not installed");
        installed[0].run();
        assertEquals("\n" + Repl.IDLE_CTRL_C + "\n" + Repl.PROMPT, utf8(out), "Ctrl-C at an idle prompt");
    }

    @Test void theNoteWithoutJLineSaysWhyCtrlCEndsTheSession() {
        assertEquals("note: no lib/jline-*.jar on the class path, so Ctrl-C ends wirepad at once; Ctrl-D or 'quit' ends it cleanly",
                Consoles.noCtrlC(new NoClassDefFoundError("org/jline/terminal/Terminal")));
        assertTrue(Consoles.noCtrlC(new java.io.IOException("no tty")).startsWith("note: JLine did not start: no tty, "));
    }

    /** TERM=dumb: Ctrl-C (the worker interrupted) ends a heredoc's wait at once, not when the next line comes. */
    @Test void plainConsoleCatchingCtrlCAbandonsAWaitForMoreAtOnce() throws Exception {
        var keys = new java.io.PipedOutputStream();
        var ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PlainConsole pc = new PlainConsole(new java.io.PipedInputStream(keys), ps, ps, true, 80, false).catchingCtrlC(task -> { });
        keys.write("body <<EOF\n".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        assertEquals("body <<EOF", pc.readLine("wirepad> "));
        var thrown = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        Thread worker = new Thread(() -> {
            try {
                pc.readMore("more> ");
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        worker.start();
        Thread.sleep(200);       // let it wait (the assertion holds without this too, it just tests less)
        worker.interrupt();      // what Cancel.cancel() does on Ctrl-C
        worker.join(20_000);
        assertTrue(!worker.isAlive(), "the wait did not end on Ctrl-C");
        assertTrue(thrown.get() instanceof Cancel.Cancelled, String.valueOf(thrown.get()));
        // the line that comes next goes to the prompt, and an interrupt at the prompt keeps waiting for it
        Thread.currentThread().interrupt();
        keys.write("show\n".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        assertEquals("show", pc.readLine("wirepad> "));
        keys.close();
        assertNull(pc.readLine("wirepad> "));
    }
}
