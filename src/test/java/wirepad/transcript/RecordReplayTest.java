package wirepad.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.bytes.Hexdump;
import wirepad.repl.BytesCommands;
import wirepad.repl.CommandTable;
import wirepad.repl.CoreCommands;
import wirepad.repl.Repl;
import wirepad.repl.ServerCommands;
import wirepad.repl.Session;
import wirepad.repl.http.HttpCommands;

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
        assertTrue(out.contains("recorded 4 commands to s.t; check it with: bin/wirepad run " + dir.resolve("s.t") + "\n"), out);
        List<String> lines = Files.readAllLines(dir.resolve("s.t"));
        assertEquals(List.of(
                "# Recorded with 'record'; check it with: bin/wirepad run " + dir.resolve("s.t"),
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
        assertTrue(session("record /nonexistent/dir/x.t").contains(
                "error: cannot write /nonexistent/dir/x.t: the directory /nonexistent/dir does not exist\n"));
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

    /**
     * The audit's session: a server, an open connection, a send and every view. Recorded, it must
     * replay as it is — in a new session, where the ports, the Date and the timings all differ.
     */
    @Test void aRecordedSessionWithAServerSendAndViewsReplays() throws Exception {
        CommandTable table = new CommandTable(List.of(new HttpCommands(), new ServerCommands(), new CoreCommands(),
                new BytesCommands(), new TranscriptCommands()));
        Session s = table.newSession(dir);
        ScriptConsole console = new ScriptConsole(TranscriptRunner.WIDTH, List.of("set width 100", "record x.t", "serve echo",
                "open $echo", "new http://$echo/", "send", "view side", "view flow", "view curl", "view hex", "record stop"));
        try {
            new Repl(table, s, console).run();
        } finally {
            s.close();
        }
        String recorded = Files.readString(dir.resolve("x.t"));
        assertTrue(recorded.contains("(connect $MS ms)"), recorded);
        assertTrue(recorded.contains("first byte $MS ms · last byte $MS ms"), recorded);
        assertTrue(recorded.contains("\n00000020  [..]\n"), "the Host row carries the port: " + recorded);
        assertTrue(recorded.contains("field Date [..]\n"), recorded);
        assertTrue(!recorded.matches("(?s).*\\d\\d:\\d\\d:\\d\\d.*"), "a time of day is left: " + recorded);
        Transcript t = Transcript.read(dir.resolve("x.t"));
        List<StepResult> results = new TranscriptRunner(table).run(t);
        assertEquals(8, results.size());
        for (StepResult r : results) assertTrue(r.ok(), String.join("\n", Diff.of("x.t", r)));
    }

    @Test void hexdumpRowsWithAPortOrADateBecomeGlobsAndTheOthersStay() {
        byte[] sent = "Host: 127.0.0.1:40001\nA".getBytes(StandardCharsets.US_ASCII);
        List<String> rows = Hexdump.dump(sent).lines().toList();
        assertEquals("00000010  34 30 30 30 31 0a 41                              |40001.A|", rows.get(1));
        List<String> dump = List.of("> sent 23 bytes", rows.get(0), "          └ 0000..0015 field Host \"Host: 127.0.0.1:40001\"",
                rows.get(1), "00000020  41                                               |A|", "< received 3 bytes",
                "00000000  41 42 43                                         |ABC|");
        List<HexGlobs.Out> out = HexGlobs.apply(dump, List.of());
        assertEquals(List.of("> sent 23 bytes", "00000000  [..]", "          └ 0000..0015 field Host \"Host: 127.0.0.1:40001\"",
                "00000010  [..]", "00000020  41                                               |A|", "< received 3 bytes",
                "00000000  41 42 43                                         |ABC|"), out.stream().map(HexGlobs.Out::text).toList());
        assertEquals(List.of(false, true, false, true, false, false, false), out.stream().map(HexGlobs.Out::glob).toList(),
                "a row that does not continue the dump (0x17) starts a new one");
    }

    @Test void recordingAtAnotherWidthSaysTranscriptsRunAt100() {
        CommandTable table = Fixture.table();
        Session s = table.newSession(dir);
        ScriptConsole console = new ScriptConsole(80, List.of("record w.t", "record stop"));
        new Repl(table, s, console).run();
        assertTrue(console.take().contains("note: output here is 80 columns wide and transcripts run at 100, so views that wrap"
                + " will not match; 'set width 100' records at that width\n"));
    }

    @Test void continuationLinesAreRecordedAndReplayed() throws Exception {
        CommandTable table = new CommandTable(List.of(new CoreCommands(), new HttpCommands(), new TranscriptCommands()));
        Session s = table.newSession(dir);
        ScriptConsole console = new ScriptConsole(100, List.of("record p.t", "GET / HTTP/1.1", "Host: a", "", "new GET / HTTP/1.1",
                "body <<E", "x", "more> y", "E", "record stop"));
        new Repl(table, s, console).run();
        List<String> lines = Files.readAllLines(dir.resolve("p.t"));
        assertEquals(List.of("wirepad> GET / HTTP/1.1", "more> Host: a", "more> "), lines.subList(1, 4));
        assertTrue(lines.contains("more> more> y"), lines.toString());
        List<StepResult> results = new TranscriptRunner(table).run(Transcript.read(dir.resolve("p.t")));
        assertEquals(3, results.size());
        assertTrue(results.stream().allMatch(StepResult::ok), results.toString());
    }

    @Test void variablesAndSettingsMadeBeforeRecordAreWrittenFirstAndReplay() throws Exception {
        CommandTable table = new CommandTable(List.of(new CoreCommands(), new HttpCommands(), new ServerCommands(), new TranscriptCommands()));
        Session s = table.newSession(dir);
        ScriptConsole console = new ScriptConsole(100, List.of("serve echo", "set $u http://$echo/a", "set profile lenient",
                "record v.t", "new $u", "send", "record stop"));
        new Repl(table, s, console).run();
        s.close();
        List<String> lines = Files.readAllLines(dir.resolve("v.t"));
        assertEquals(List.of("# Made before 'record' started: the commands that made $echo, $u, profile (their output is not checked)",
                "wirepad> serve echo", "...", "wirepad> set $u http://$echo/a", "...", "wirepad> set profile lenient", "...",
                "wirepad> new $u"), lines.subList(1, 9));
        List<StepResult> results = new TranscriptRunner(table).run(Transcript.read(dir.resolve("v.t")));
        assertEquals(5, results.size());
        assertTrue(results.stream().allMatch(StepResult::ok), results.toString());
    }

    @Test void recordRefusesWhenAVariableCannotBeMadeAgain() {
        CommandTable table = Fixture.table();
        Session s = table.newSession(dir);
        s.set("host", "example.test");     // set by the program, not by a command of the session
        ScriptConsole console = new ScriptConsole(100, List.of("record w.t"));
        new Repl(table, s, console).run();
        assertTrue(console.take().startsWith("error: cannot record from here: $host was not made by a command"));
        assertTrue(Files.notExists(dir.resolve("w.t")));
    }

    @Test void randomQueryIdsArePinnedAndCountdownsBecomeRegexes() throws Exception {
        assertEquals("dig a.test @$dns +id=4242", RunValues.pinId("dig a.test @$dns", ";; query: a.test. IN A, id 4242, flags: rd\n"));
        assertEquals("query a.test +id=7", RunValues.pinId("query a.test +id=7", "query: a.test. IN A, id 7, flags: rd"));
        assertEquals("query", RunValues.pinId("query", "query: a.test. IN A, id 7, flags: rd"), "a shown draft keeps its id and edits");
        assertEquals("query +nord", RunValues.pinId("query +nord", "query: a.test. IN A, id 7, flags: (none)"));
        assertEquals("lookup a.test", RunValues.pinId("lookup a.test", ";; query: a.test. IN A, id 9, flags"));
        List<String> out = List.of(";; cache hit: a.test. A, 297s left", "a.test. 297 IN A 192.0.2.1", ";; cache: 1 hit");
        List<String> re = RunValues.countdowns("lookup a.test", out);
        assertEquals(Arrays.asList(";; cache hit: a\\.test\\. A, \\d+s left (re)", "a\\.test\\. +\\d+ +IN A 192\\.0\\.2\\.1 (re)", null), re);
        for (int i = 0; i < 2; i++) assertTrue(Expect.parse("t", 1, re.get(i)).matches(out.get(i).replace("297", "3")), re.get(i));
        assertEquals(Arrays.asList((String) null, null), RunValues.countdowns("dig a.test", out.subList(1, 3)), "dig shows the server's TTL");
        assertTrue(Expect.parse("t", 1, RunValues.countdowns("cache", List.of("a.test.  A    5s of 300s  192.0.2.1")).get(0))
                .matches("a.test.  A    280s of 300s  192.0.2.1"));
    }

    @Test void theDraftMadeBeforeRecordIsTypedAgainByteForByte() throws Exception {
        CommandTable table = new CommandTable(List.of(new CoreCommands(), new HttpCommands(), new ServerCommands(), new TranscriptCommands()));
        Session s = table.newSession(dir);
        ScriptConsole console = new ScriptConsole(100, List.of("serve echo", "new http://$echo/", "h X-Cost: $$5 ", "h Bare: lf\\n",
                "body \\x40literal\\xff", "record d.t", "show --hex", "record stop"));
        new Repl(table, s, console).run();
        s.close();
        List<String> lines = Files.readAllLines(dir.resolve("d.t"));
        assertTrue(lines.containsAll(List.of("wirepad> new GET / HTTP/1.1", "wirepad> h Host: ${echo}", "wirepad> h X-Cost: $$5\\x20",
                "wirepad> h Bare: lf\\n", "wirepad> body \\x40literal\\xff")), lines.toString());
        List<StepResult> results = new TranscriptRunner(table).run(Transcript.read(dir.resolve("d.t")));
        assertTrue(results.stream().allMatch(StepResult::ok), results.toString());

        Session tls = table.newSession(dir);
        ScriptConsole c2 = new ScriptConsole(100, List.of("new https://127.0.0.1:1/", "record e.t"));
        new Repl(table, tls, c2).run();
        assertTrue(c2.take().contains("error: cannot record from here: the draft cannot be written as commands (it goes to 127.0.0.1:1 with TLS"));
        assertTrue(Files.notExists(dir.resolve("e.t")));
    }

    @Test void savedDraftsAndTheDnsQueryAreWrittenAndWhatCannotReplayIsSaidAtTheStart() throws Exception {
        CommandTable table = new CommandTable(List.of(new CoreCommands(), new HttpCommands(), new ServerCommands(),
                new wirepad.repl.lookup.DnsCommands(), new TranscriptCommands()));
        Session s = table.newSession(dir);
        ScriptConsole console = new ScriptConsole(100, List.of("serve echo", "new http://$echo/one", "send", "save one",
                "new GET /two HTTP/1.1", "h Host: b", "save two", "new GET /now HTTP/1.1", "h Host: c",
                "query a.test AAAA @$echo +nord +id=7", "qedit arcount 0", "record q.t", "show", "load one", "show",
                "load two", "show", "query", "drafts", "record stop"));
        new Repl(table, s, console).run();
        s.close();
        String out = console.take();
        assertTrue(out.contains("written first, to make them again: $echo, the saved drafts, the draft, the DNS query\n"), out);
        assertTrue(out.contains("note: not written, so a replay will not have 1 exchange in history (a replay starts with none"), out);
        List<String> lines = Files.readAllLines(dir.resolve("q.t"));
        assertTrue(lines.containsAll(List.of("wirepad> new GET /one HTTP/1.1", "wirepad> h Host: ${echo}", "wirepad> save one",
                "wirepad> save two", "wirepad> new GET /now HTTP/1.1", "wirepad> query a.test. IN AAAA @${echo} +nord +id=7",
                "wirepad> qedit arcount 0")), lines.toString());
        assertTrue(lines.indexOf("wirepad> save two") < lines.indexOf("wirepad> new GET /now HTTP/1.1"), lines.toString());
        List<StepResult> results = new TranscriptRunner(table).run(Transcript.read(dir.resolve("q.t")));
        assertEquals(11 + 7, results.size(), "the eleven commands written first, then the seven recorded");
        assertTrue(results.stream().allMatch(StepResult::ok), results.toString());
    }
}
