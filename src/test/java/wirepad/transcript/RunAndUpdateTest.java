package wirepad.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunAndUpdateTest {
    @TempDir Path dir;

    private List<StepResult> run(String text) throws Exception {
        return new TranscriptRunner(Fixture.table()).run(Fixture.parse(text));
    }

    @Test void diffShowsFileLinesExpectedAndActual() throws Exception {
        List<StepResult> r = run("""
                # x
                wirepad> bytes ab
                ab
                3 bytes
                00000000  61 62 [..]
                """);
        assertFalse(r.get(0).ok());
        assertEquals(List.of(
                "--- t.t:2 (expected)",
                "+++ actual",
                "@@ -3,3 +3,3 @@ wirepad> bytes ab",
                " ab",
                "-3 bytes",
                "+2 bytes",
                " 00000000  61 62 [..]"), Diff.of("t.t", r.get(0)));
    }

    @Test void diffKeepsThreeLinesOfContext() throws Exception {
        List<StepResult> r = run("wirepad> echo 1\n1\nwirepad> help\n...\nwirepad> echo a\nb\n");
        assertTrue(r.get(0).ok());
        assertTrue(r.get(1).ok());
        assertEquals(List.of("--- t.t:5 (expected)", "+++ actual", "@@ -6,1 +6,1 @@ wirepad> echo a", "-b", "+a"),
                Diff.of("t.t", r.get(2)));
    }

    @Test void updateKeepsMatchingPatternsCommentsAndPassingBlocks() throws Exception {
        String text = """
                # keep me
                wirepad> echo same
                same

                wirepad> bytes GET
                G[..]
                99 bytes
                ...
                # and me
                wirepad> echo # hash
                wrong
                """;
        Transcript t = Fixture.parse(text);
        List<StepResult> r = new TranscriptRunner(Fixture.table()).run(t);
        List<String> updated = Updater.update(t, r);
        assertEquals(List.of(
                "# keep me",
                "wirepad> echo same",
                "same",
                "",
                "wirepad> bytes GET",
                "G[..]",
                "3 bytes",
                "...",
                "# and me",
                "wirepad> echo # hash",
                "[#] hash (re)",
                ""), updated);
        Transcript again = Transcript.parse("t.t", null, updated);
        assertTrue(new TranscriptRunner(Fixture.table()).run(again).stream().allMatch(StepResult::ok));
    }

    @Test void updateReplacesAWrongLineAfterDotsInPlace() throws Exception {
        Transcript t = Fixture.parse("wirepad> help\nCommands[..]\n...\nwrong last line\n");
        List<StepResult> r = new TranscriptRunner(Fixture.table()).run(t);
        List<String> updated = Updater.update(t, r);
        assertEquals(List.of("wirepad> help", "Commands[..]", "...",
                "Tab completes; $name expands a variable; Ctrl-C cancels a command; Ctrl-D quits.", ""), updated);
    }

    @Test void runCommandReportsPerFileAndTheTotalLine() throws Exception {
        Path good = dir.resolve("good.t"), bad = dir.resolve("bad.t");
        Files.writeString(good, "wirepad> echo hi\nhi\n");
        Files.writeString(bad, "wirepad> echo hi\nho\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = RunCommand.run(List.of(good.toString(), bad.toString()), Fixture.table(), ps, ps);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertTrue(text.startsWith("ok   " + good + " (1 command)\nFAIL " + bad + " (1 of 1 command differ)\n--- " + bad + ":1 (expected)\n"), text);
        assertTrue(text.endsWith("\ntranscripts: 1 passed, 1 failed\n"), text);

        out.reset();
        assertEquals(0, RunCommand.run(List.of("--update", bad.toString()), Fixture.table(), ps, ps));
        assertEquals("wirepad> echo hi\nhi\n", Files.readString(bad));
        assertEquals("updated " + bad + " (1 of 1 command)\ntranscripts: 1 passed, 0 failed\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test void runCommandFailsUnparsableFilesAndUsage() throws Exception {
        Path broken = dir.resolve("broken.t");
        Files.writeString(broken, "stray\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(1, RunCommand.run(List.of("--update", broken.toString(), dir.resolve("none.t").toString()), Fixture.table(), ps, ps));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("FAIL " + broken + ":1: output before the first command"), text);
        assertTrue(text.endsWith("transcripts: 0 passed, 2 failed\n"), text);
        assertEquals(2, RunCommand.run(List.of(), Fixture.table(), ps, ps));
        assertEquals(2, RunCommand.run(List.of("--bogus", "x.t"), Fixture.table(), ps, ps));
        assertTrue(text.contains("FAIL " + dir.resolve("none.t") + ": no such file\n"), text);
    }

    @Test void helpShowsExamplesAndExitsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, RunCommand.run(List.of("--help"), Fixture.table(), ps, ps));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("usage: wirepad run [--update] FILE.t...\n"), text);
        assertTrue(text.contains("\nExamples:\n  wirepad run transcripts/*.t "), text);
        assertTrue(text.contains("--update"), text);
        assertTrue(text.endsWith("Exit status: 0 all passed (or updated), 1 a file failed, 2 usage error.\n"), text);
    }

    @Test void eachRunIsAFreshSessionWithItsOwnTempDir() throws Exception {
        String text = "wirepad> set $x 1\nwirepad> echo $x $TMP\n1 $TMP\nwirepad> quit\nwirepad> echo gone\n";
        List<StepResult> first = run(text);
        assertTrue(first.get(1).ok());
        assertFalse(first.get(3).ok(), "commands after quit fail");
        assertEquals(List.of("error: the session has ended (quit) before this command"), first.get(3).actual());
        assertEquals(first.get(1).actual(), run(text).get(1).actual());
    }
}
