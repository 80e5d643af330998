package wirepad.transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import wirepad.repl.CommandException;
import wirepad.repl.CommandTable;
import wirepad.repl.Repl;
import wirepad.repl.Session;

/**
 * Runs a transcript in a fresh in-process session: width 100, colour off, a new temp directory
 * as the volatile variable {@code $TMP} (deleted afterwards), files resolved against the
 * transcript's directory. Each input line is executed, its output normalized and aligned.
 */
public final class TranscriptRunner {
    public static final int WIDTH = 100;

    private final CommandTable table;

    public TranscriptRunner(CommandTable table) { this.table = table; }

    /** Runs every step. */
    public List<StepResult> run(Transcript t) { return run(t, r -> true); }

    /**
     * Runs steps while {@code onStep} returns true (it sees each result as soon as it exists).
     * A {@code quit} before the last step fails the steps after it.
     */
    public List<StepResult> run(Transcript t, Predicate<StepResult> onStep) {
        Path tmp = createTemp();
        Session session = null;
        try {
            Path dir = t.file() == null ? Path.of("").toAbsolutePath() : t.file().toAbsolutePath().getParent();
            session = table.newSession(dir);
            session.setVolatile("TMP", tmp.toString());
            ScriptConsole console = new ScriptConsole(WIDTH);
            try {
                session.settings().set("width", Integer.toString(WIDTH));
                session.settings().set("color", "off");
            } catch (CommandException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            Repl repl = new Repl(table, session, console);
            List<StepResult> results = new ArrayList<>();
            for (Step step : t.steps()) {
                String output;
                if (session.quitRequested()) {
                    output = "error: the session has ended (quit) before this command\n";
                } else {
                    console.feed(step.more());
                    repl.execute(step.input());
                    output = console.take();
                    console.feed(List.of());
                }
                List<String> actual = Normalizer.of(session).lines(output);
                StepResult r = new StepResult(step, actual, Alignment.of(step.expected(), actual));
                results.add(r);
                if (!onStep.test(r)) break;
            }
            return results;
        } finally {
            if (session != null) session.close();
            deleteTree(tmp);
        }
    }

    private static Path createTemp() {
        try {
            return Files.createTempDirectory("wirepad-t");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temp file is not worth failing a test run over
        }
    }
}
