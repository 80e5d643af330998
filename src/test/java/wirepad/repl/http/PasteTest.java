package wirepad.repl.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.http.RequestDraft;
import wirepad.repl.Cancel;
import wirepad.repl.CommandTable;
import wirepad.repl.Console;
import wirepad.repl.CoreCommands;
import wirepad.repl.PlainConsole;
import wirepad.repl.Repl;
import wirepad.repl.Session;
import wirepad.transcript.ScriptConsole;

class PasteTest {
    private final CommandTable table = new CommandTable(List.of(new CoreCommands(), new HttpCommands()));
    private final Session session = table.newSession(Path.of("").toAbsolutePath());

    private static String latin1(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }

    private RequestDraft draft() { return session.state(HttpState.class, HttpState::new).draft; }

    /** Runs a script through a plain console (a pipe: line ends reach the command as they are); returns stdout. */
    private String pipe(String script) {
        var out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        new Repl(table, session, PlainConsole.script(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), ps, ps)).run();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test void pasteMakesEveryLineEndCrlfAndCountsTheChanged() {
        String out = pipe("paste\nGET /x HTTP/1.1\nHost: a\r\nAccept: */*\n\necho next\n");
        assertEquals("GET /x HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n", latin1(draft().toBytes()));
        assertTrue(out.startsWith("paste: 4 lines; 3 line ends changed to CRLF (--as-is keeps them)\n"), out);
        assertTrue(out.endsWith("next\n"), "the line after the empty one is a command again: " + out);
    }

    @Test void asIsKeepsEachLineEndAsItCame() {
        pipe("paste --as-is\nGET /x HTTP/1.1\nHost: a\r\nX: 1\n\r\n");
        assertEquals("GET /x HTTP/1.1\nHost: a\r\nX: 1\n\r\n", latin1(draft().toBytes()));
    }

    @Test void aRequestLineAtThePromptStartsAPaste() {
        String out = pipe("GET / HTTP/1.1\nHost: a\n\nshow\n");
        assertEquals("GET / HTTP/1.1\r\nHost: a\r\n\r\n", latin1(draft().toBytes()));
        assertTrue(out.contains("strict:  ok"), out);
        assertTrue(pipe("GET\n").startsWith("error: unknown command 'GET'"), "a method alone is not a request line");
    }

    @Test void aMultiLinePasteAtATerminalBecomesTheDraftBodyIncluded() {
        // what the JLine console returns for a bracketed paste: the raw text, line ends as sent
        ScriptConsole c = new ScriptConsole(100, List.of("POST /p HTTP/1.1\rHost: a\rContent-Length: 2\r\rhi\r", "show"));
        new Repl(table, session, c).run();
        assertEquals("POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi", latin1(draft().toBytes()));
        assertTrue(c.take().contains("strict:  ok"));
    }

    @Test void aPasteOfCommandsRunsEachInOrder() {
        ScriptConsole c = new ScriptConsole(100, List.of("echo a\necho b\n", "echo c"));
        new Repl(table, session, c).run();
        assertEquals("a\nb\nc\n", c.take());
    }

    /** A console whose Ctrl-C arrives while a heredoc line is awaited (as JLine's readMore reports it). */
    private static final class CtrlCConsole implements Console {
        final Deque<String> lines;
        final StringBuilder out = new StringBuilder();

        CtrlCConsole(String... lines) { this.lines = new ArrayDeque<>(Arrays.asList(lines)); }

        @Override public String readLine(String prompt) { return lines.poll(); }

        @Override public String readMore(String prompt) {
            String l = lines.poll();
            if ("^C".equals(l)) throw new Cancel.Cancelled();
            return l;
        }

        @Override public void print(String text) { out.append(text); }

        @Override public int width() { return 100; }

        @Override public boolean color() { return false; }
    }

    @Test void ctrlCAbandonsAHeredocAndTheLinesAfterAreCommandsAgain() {
        CtrlCConsole c = new CtrlCConsole("new GET / HTTP/1.1", "body <<EOF", "one", "^C", "echo after", "paste", "GET /b HTTP/1.1", "^C");
        int failures = new Repl(table, session, c).run();
        assertEquals(2, failures);
        assertEquals(0, draft().body().length);
        assertEquals("GET / HTTP/1.1", draft().startLine());
        assertTrue(c.out.toString().contains("error: body: heredoc abandoned (Ctrl-C); the draft is unchanged\nafter\n"), c.out.toString());
        assertTrue(c.out.toString().contains("error: paste: abandoned (Ctrl-C); the draft is unchanged"), c.out.toString());
    }

    @Test void editRendersEveryByteVisiblyAndReadsItBackTheSame() throws Exception {
        RequestDraft d = new RequestDraft("GET /\u00ff HTTP/1.1", "\n", List.of(new RequestDraft.Line("X: a\tb\"\\", "\r\n"),
                new RequestDraft.Line(" folded", "\n")), "\r\n", "a\r\nb\n\u0000".getBytes(StandardCharsets.ISO_8859_1));
        String file = EditCommand.render(d);
        assertEquals("GET /\\xff HTTP/1.1\\n\nX: a\\tb\\\"\\\\\\r\\n\n folded\\n\n\\r\\n\na\\r\\n\nb\\n\n\\0\n", file);
        RequestDraft back = EditCommand.parse(Arrays.asList(file.split("\n")));
        assertArrayEquals(d.toBytes(), back.toBytes());
        RequestDraft added = EditCommand.parse(List.of("GET / HTTP/1.1", "Host: a", "\\r\\n"));
        assertEquals("GET / HTTP/1.1\r\nHost: a\r\n\r\n", latin1(added.toBytes()), "a head line without a visible end gets CRLF");
        assertNull(session.state(HttpState.class, HttpState::new).draft);
    }

    /** The same request pasted whole (one read) or typed line by line (one read each) gives the same draft. */
    @Test void wholeAndLineByLineAgree() {
        String req = "POST /a HTTP/1.1\r\nHost: a\nContent-Length: 5\r\n\r\nab\ncd\n";
        for (boolean asIs : new boolean[] {false, true}) {
            String cmd = asIs ? "paste --as-is <<END" : "paste <<END";
            ScriptConsole whole = new ScriptConsole(100, List.of(cmd, req + "END"));
            Session one = table.newSession(Path.of("").toAbsolutePath());
            new Repl(table, one, whole).run();
            List<String> lines = new java.util.ArrayList<>(List.of(cmd));
            lines.addAll(wirepad.repl.MoreInput.split(req));
            lines.add("END");
            Session two = table.newSession(Path.of("").toAbsolutePath());
            new Repl(table, two, new ScriptConsole(100, lines)).run();
            byte[] a = one.state(HttpState.class, HttpState::new).draft.toBytes(), b = two.state(HttpState.class, HttpState::new).draft.toBytes();
            assertEquals(latin1(a), latin1(b), cmd);
            assertEquals(asIs ? "POST /a HTTP/1.1\r\nHost: a\nContent-Length: 5\r\n\r\nab\ncd" : "POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nab\r\ncd",
                    latin1(a), cmd);
        }
    }
}
