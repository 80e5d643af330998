package wirepad.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.repl.CommandTable;
import wirepad.repl.Repl;
import wirepad.repl.Session;

class RecordReplayTest {
    @TempDir Path dir;

    /** Runs lines through a REPL whose files resolve in the temp dir; returns all output. */
    private String session(String... lines) {
        CommandTable table = Fixture.table();
        Session s = table.newSession(dir);
        s.setVolatile("port", "41234");
        ScriptConsole console = new ScriptConsole(100, List.of(lines));
        new Repl(table, s, console).run();
        return console.take();
    }

    @Test void recordWritesAReplayableTranscriptWithNormalizedOutput() throws Exception {
        String out = session("echo before", "record s.t", "echo port 41234", "# a note", "bytes #x", "record", "record stop", "echo after");
        assertTrue(out.contains("recording to s.t; 'record stop' ends it\n"), out);
        assertTrue(out.contains("recorded 4 commands to s.t\n"), out);
        List<String> lines = Files.readAllLines(dir.resolve("s.t"));
        assertEquals(List.of(
                "# Recorded with 'record'; check it with: bin/wirepad run s.t",
                "wirepad> echo port 41234",
                "port $port",
                "wirepad> # a note",
                "wirepad> bytes #x",
                "[#]x (re)",
                "2 bytes",
                "00000000  23 78                                             |#x|",
                "wirepad> record",
                "recording to s.t (3 commands so far; record stop ends)"), lines);
    }

    @Test void recordEndsWithTheSessionAndRefusesToOverwrite() throws Exception {
        session("record t.t", "echo x");
        assertEquals(List.of("wirepad> echo x", "x"), Files.readAllLines(dir.resolve("t.t")).subList(1, 3));
        String out = session("record t.t");
        assertTrue(out.contains("error: t.t exists; pick another name or remove it first"), out);
        assertTrue(session("record stop").contains("error: not recording"));
    }

    @Test void replayShowsEachStepAndStopsAtTheFirstDifference() throws Exception {
        Files.writeString(dir.resolve("r.t"), "wirepad> echo a\na\nwirepad> echo b\nnot b\nwirepad> echo c\nc\n");
        String out = session("replay r.t", "echo next");
        assertEquals("""
                replay r.t:1  echo a
                  a
                replay r.t:3  echo b
                --- r.t:3 (expected)
                +++ actual
                @@ -4,1 +4,1 @@ wirepad> echo b
                -not b
                +b
                error: replay stopped at r.t:3: output differs (diff above)
                next
                """, out);
    }

    @Test void replayOfAMatchingTranscript() throws Exception {
        Files.writeString(dir.resolve("ok.t"), "wirepad> echo a\n[..]\n");
        assertEquals("replay ok.t:1  echo a\n  a\nreplay: 1 command, all matched\n", session("replay ok.t"));
        assertTrue(session("replay missing.t").startsWith("error: cannot read missing.t: "));
    }
}
