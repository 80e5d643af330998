package wirepad.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReplTest {
    /** A command set whose commands misbehave on purpose. */
    static final class Trouble implements CommandSet {
        final CountDownLatch started = new CountDownLatch(1);
        private final Help help = new Help("boom", "fails", List.of("boom"), List.of());

        @Override public List<Command> commands() {
            return List.of(
                    Command.of("boom", help, in -> { throw new IllegalStateException("kaput\nsecond line"); }),
                    Command.of("deep", help, in -> deep(0)),
                    Command.of("wait", help, in -> {
                        started.countDown();
                        in.cancel().sleep(Duration.ofSeconds(30));
                    }));
        }

        private static int deep(int n) { return deep(n + 1) + 1; }
    }

    @Test void runsCommandsUntilEndOfInputAndCountsFailures() {
        Capture c = new Capture("echo one", "nosuch", "echo two");
        int failures = Capture.repl(c).run();
        assertEquals(1, failures);
        assertEquals("one\ntwo\n", c.out.toString());
        assertEquals("error: unknown command 'nosuch'; type 'help' for the list\n", c.err.toString());
        assertEquals("wirepad> wirepad> wirepad> wirepad> ", c.prompts.toString());
    }

    @Test void quitStopsReadingAndExitIsAnAlias() {
        Capture c = new Capture("echo a", "exit", "echo never");
        Capture.repl(c).run();
        assertEquals("a\n", c.out.toString());
    }

    @Test void commentsAndBlankLinesDoNothing() {
        Capture c = new Capture("# a note", "   ", "echo x");
        assertEquals(0, Capture.repl(c).run());
        assertEquals("x\n", c.out.toString());
        assertEquals("", c.err.toString());
    }

    @Test void anExceptionIsOneLineWithoutStackTrace() {
        Capture c = new Capture("boom", "deep", "echo alive");
        int failures = Capture.repl(c, new Trouble()).run();
        assertEquals(2, failures);
        assertEquals("error: boom: IllegalStateException: kaput\nerror: deep: StackOverflowError\n", c.err.toString());
        assertEquals("alive\n", c.out.toString());
    }

    @Test void unknownCommandSuggestsByFirstLetter() {
        Capture c = new Capture();
        assertFalse(Capture.repl(c).execute("bites x"));
        assertEquals("error: unknown command 'bites' (did you mean bytes?); type 'help' for the list\n", c.err.toString());
    }

    @Test void cancelFromAnotherThreadEndsTheCommandAndTheReplGoesOn() throws Exception {
        Trouble t = new Trouble();
        Runnable[] interrupt = new Runnable[1];
        Capture c = new Capture("wait", "echo after") {
            @Override public void onInterrupt(Runnable r) { interrupt[0] = r; }
        };
        Repl repl = Capture.repl(c, t);
        Thread ctrlC = new Thread(() -> {
            try {
                if (t.started.await(10, TimeUnit.SECONDS)) interrupt[0].run();
            } catch (InterruptedException ignored) {
                // test ends
            }
        });
        ctrlC.start();
        long start = System.nanoTime();
        repl.run();
        ctrlC.join();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "cancel did not stop the sleep");
        assertEquals("error: cancelled\n", c.err.toString());
        assertEquals("\nafter\n", c.out.toString(), "Ctrl-C ends the line the terminal echoed ^C on");
        assertFalse(Thread.currentThread().isInterrupted(), "interrupt flag leaked to the loop");
    }

    @Test void commandExceptionDetailsFollowTheErrorLine() {
        Capture c = new Capture();
        Capture.repl(c).execute("bytes ab\\zc");
        assertEquals("error: column 3: unknown escape \"\\z\" (known: \\r \\n \\t \\0 \\\\ \\\" \\xHH)\n"
                + "  ab\\zc\n"
                + "    ^\n", c.err.toString());
    }

    @Test void bytesShowsVisibleFormCountAndHexdump() {
        Capture c = new Capture();
        assertTrue(Capture.repl(c).execute("bytes A\\r\\nB"));
        assertEquals("A␍␊\nB\n4 bytes\n00000000  41 0d 0a 42" + " ".repeat(39) + "|A..B|\n", c.out.toString());
    }

    @Test void bytesKeepsLeadingSpacesAfterTheSeparator() {
        Capture c = new Capture();
        Capture.repl(c).execute("bytes  x");
        assertTrue(c.out.toString().startsWith(" x\n2 bytes\n"), c.out.toString());
    }

    @Test void hexExplainsBadInput() {
        assertEquals("odd number of hex digits (3); every byte is two digits", BytesCommands.hexProblem("47 4"));
        assertEquals("column 4: 'z' is not a hex digit (want pairs like 0d 0a or 0d0a)", BytesCommands.hexProblem("47 z1"));
        Capture c = new Capture();
        Capture.repl(c).execute("hex 0x41 42");
        assertTrue(c.out.toString().startsWith("escaped: AB\nAB\n2 bytes\n"), c.out.toString());
    }

    @Test void colorOnPaintsAndTheTapSeesPlainText() {
        Capture c = new Capture();
        Repl repl = Capture.repl(c);
        StringBuilder tapped = new StringBuilder();
        repl.out().tap(new Tap() {
            @Override public void input(String line) { tapped.append("> ").append(line).append('\n'); }

            @Override public void output(String text) { tapped.append(text); }
        });
        repl.execute("set color on");
        repl.execute("bytes a");
        assertTrue(c.out.toString().contains("\u001b[2m1 byte\u001b[0m"), c.out.toString());
        assertEquals("> set color on\n> bytes a\na\n1 byte\n00000000  61" + " ".repeat(48) + "|a|\n", tapped.toString());
    }
}
