package wirepad.transcript;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import wirepad.repl.CommandTable;
import wirepad.repl.FileErrors;

/**
 * {@code bin/wirepad run [--update] FILE.t...}: runs transcripts, prints {@code ok} or {@code FAIL}
 * per file with a unified diff for every mismatch, and ends with the line
 * {@code transcripts: N passed, N failed}. Exit 0 when all passed, 1 otherwise, 2 on a usage error.
 * With {@code --update} failing blocks are rewritten from the actual output (see {@link Updater})
 * and the file counts as passed; a file that cannot be parsed still fails.
 */
public final class RunCommand {
    public static final String USAGE_LINE = "usage: wirepad run [--update] FILE.t...";

    public static final String USAGE = USAGE_LINE + """


            Runs REPL transcripts: each 'wirepad> ' line is typed into a fresh session (width 100, no
            colour, a temp dir $TMP), its output compared with the lines below it. Ports, dates and
            measured times are normalized; [..] matches any text, '...' any lines, ' (re)' a regex.

            Examples:
              wirepad run transcripts/*.t                # check them all; the last line sums up
              wirepad run transcripts/session.t          # one file: a unified diff per difference
              wirepad run --update transcripts/bytes.t   # rewrite the failing blocks from the actual output

            A transcript is easiest written in the REPL: record FILE.t ... record stop.

            Options:
              --update, -u  rewrite failing blocks (keeping [..], ... and (re) lines that still match)
            Exit status: 0 all passed (or updated), 1 a file failed, 2 usage error.
            """;

    private RunCommand() {}

    public static int run(List<String> args, CommandTable table, PrintStream out, PrintStream err) {
        boolean update = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--update") || a.equals("-u")) update = true;
            else if (a.equals("-h") || a.equals("--help")) { out.print(USAGE); return 0; }
            else if (a.startsWith("-")) {
                err.println("wirepad run: unknown option " + a);
                err.println(USAGE_LINE + "   (wirepad run --help)");
                return 2;
            }
            else files.add(Path.of(a));
        }
        if (files.isEmpty()) { err.print(USAGE); return 2; }
        TranscriptRunner runner = new TranscriptRunner(table);
        int passed = 0, failed = 0;
        for (Path f : files) {
            if (runOne(f, runner, update, out)) passed++;
            else failed++;
        }
        out.println("transcripts: " + passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private static boolean runOne(Path f, TranscriptRunner runner, boolean update, PrintStream out) {
        Transcript t;
        try {
            t = Transcript.read(f);
        } catch (IOException e) {
            out.println("FAIL " + f + ": " + FileErrors.why(f, e));
            return false;
        } catch (TranscriptException e) {
            out.println("FAIL " + e.getMessage());
            return false;
        }
        List<StepResult> results = runner.run(t);
        List<StepResult> bad = results.stream().filter(r -> !r.ok()).toList();
        if (bad.isEmpty()) {
            out.println("ok   " + f + " (" + TranscriptCommands.plural(results.size()) + ")");
            return true;
        }
        if (update) {
            try {
                Files.write(f, Updater.update(t, results), StandardCharsets.UTF_8);
            } catch (IOException e) {
                out.println("FAIL " + f + ": " + FileErrors.cannot("write", "it", f, e));
                return false;
            }
            out.println("updated " + f + " (" + bad.size() + " of " + TranscriptCommands.plural(results.size()) + ")");
            return true;
        }
        out.println("FAIL " + f + " (" + bad.size() + " of " + TranscriptCommands.plural(results.size()) + " differ)");
        for (StepResult r : bad) Diff.of(f.toString(), r).forEach(out::println);
        return false;
    }
}
