package wirepad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code wirepad http parse}: JSON shape, exit codes, options. Runs Main in-process. */
class HttpParseCliTest {
    record Run(int code, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() { return (Map<String, Object>) MiniJson.parse(out); }
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run json(String stdin, String... opts) {
        String[] args = new String[opts.length + 3];
        args[0] = "http";
        args[1] = "parse";
        System.arraycopy(opts, 0, args, 2, opts.length);
        args[args.length - 1] = "--json";
        return run(stdin, args);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> messages(Map<String, Object> j) { return (List<Map<String, Object>>) j.get("messages"); }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) { return (Map<String, Object>) o; }

    static String body(Map<String, Object> m) {
        return new String(Base64.getDecoder().decode((String) m.get("body_b64")), StandardCharsets.ISO_8859_1);
    }

    @Test
    void jsonShapeForARequest() {
        Run r = json("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi");
        assertEquals(0, r.code());
        Map<String, Object> j = r.json();
        assertEquals(List.of("ok", "kind", "messages", "consumed", "complete", "error", "tunnel_at"), List.copyOf(j.keySet()));
        assertEquals(true, j.get("ok"));
        assertEquals("request", j.get("kind"));
        assertEquals(50L, j.get("consumed"));
        assertEquals(true, j.get("complete"));
        assertNull(j.get("error"));
        Map<String, Object> m = messages(j).get(0);
        assertEquals(List.of("method", "target", "version", "status", "reason", "headers", "body_b64", "framing", "diagnostics"),
                List.copyOf(m.keySet()));
        assertEquals("POST", m.get("method"));
        assertEquals("/x", m.get("target"));
        assertEquals("HTTP/1.1", m.get("version"));
        assertNull(m.get("status"));
        assertNull(m.get("reason"));
        assertEquals(List.of(List.of("Host", "a"), List.of("Content-Length", "2")), m.get("headers"));
        assertEquals("hi", body(m));
        Map<String, Object> f = map(m.get("framing"));
        assertEquals(List.of("kind", "reason"), List.copyOf(f.keySet()));
        assertEquals("length", f.get("kind"));
        assertEquals("Content-Length: 2 -> body is the next 2 bytes (RFC 9112 §6.3 rule 6)", f.get("reason"));
        assertEquals(List.of(), m.get("diagnostics"));
    }

    @Test
    void jsonShapeForAResponseWithDiagnostics() {
        Map<String, Object> j = json("HTTP/1.1 200 OK\r\nContent-Length: 1, 1\r\n\r\nz").json();
        assertEquals("response", j.get("kind"));
        Map<String, Object> m = messages(j).get(0);
        assertNull(m.get("method"));
        assertNull(m.get("target"));
        assertEquals(200L, m.get("status"));
        assertEquals("OK", m.get("reason"));
        @SuppressWarnings("unchecked")
        Map<String, Object> d = map(((List<Object>) m.get("diagnostics")).get(0));
        assertEquals(List.of("offset", "rule", "message", "level"), List.copyOf(d.keySet()));
        assertEquals("RFC 9110 §8.6", d.get("rule"));
        assertEquals("note", d.get("level"));
        assertEquals(33L, d.get("offset"));
    }

    @Test
    void aRequestWithoutHostIsShownWithTheVerdict() {
        Run r = run("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", "http", "parse");
        assertEquals(1, r.code(), "a server answers 400: exit 1");
        assertTrue(r.out().contains("request   GET / HTTP/1.1") && r.out().contains("framing   request without Content-Length"), r.out());
        assertTrue(r.out().contains("error     byte 29: HTTP/1.1 request without a Host field"), r.out());
        assertTrue(r.out().contains("rejected  a server answers 400: byte 29:"), r.out());
        Map<String, Object> j = json("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n").json();
        assertEquals(false, j.get("ok"));
        Map<String, Object> m = messages(j).get(0);
        assertEquals(List.of(List.of("Host", "a/b")), m.get("headers"));
        @SuppressWarnings("unchecked")
        Map<String, Object> d = map(((List<Object>) m.get("diagnostics")).get(0));
        assertEquals("error", d.get("level"));
        assertEquals(23L, d.get("offset"));
        assertEquals(23L, map(j.get("error")).get("offset"));
    }

    @Test
    void protocolErrorExitsOneWithTheError() {
        Run r = json("GET / HTTP/1.1\r\nHost : a\r\n\r\n");
        assertEquals(1, r.code());
        Map<String, Object> j = r.json();
        assertEquals(false, j.get("ok"));
        assertEquals(false, j.get("complete"));
        Map<String, Object> e = map(j.get("error"));
        assertEquals(List.of("offset", "rule", "message"), List.copyOf(e.keySet()));
        assertEquals(20L, e.get("offset"));
        assertEquals("RFC 9112 §5.1", e.get("rule"));
        assertTrue(((String) e.get("message")).contains("\"Host :\""), (String) e.get("message"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("", "http", "parse", "--bogus").code());
        Run noValue = run("", "http", "parse", "--method");
        assertEquals(2, noValue.code());
        assertTrue(noValue.err().contains("--method needs a value"), noValue.err());
        assertEquals(2, run("", "http", "parse", "a", "b").code());
        assertEquals(2, run("", "http", "frobnicate").code());
        assertEquals(2, run("", "nosuchcommand").code());
        Run missing = run("", "http", "parse", "/nonexistent/file.bin");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("wirepad http parse: cannot read /nonexistent/file.bin: the directory /nonexistent does not exist\n"),
                missing.err());
    }

    @Test
    void fileErrorsSayWhy(@TempDir Path dir) throws IOException {
        assertTrue(run("", "http", "parse", dir.resolve("nope.bin").toString()).err()
                .startsWith("wirepad http parse: cannot read " + dir.resolve("nope.bin") + ": no such file\n"));
        assertTrue(run("", "http", "parse", dir.toString()).err().startsWith("wirepad http parse: cannot read " + dir + ": it is a directory\n"));
    }

    @Test
    void looseOptionsAreUsageErrors() {
        String req = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
        Run both = run(req, "http", "parse", "--request", "--response");
        assertEquals(2, both.code());
        assertTrue(both.err().startsWith("wirepad http parse: --request and --response: pick one\n"), both.err());
        assertEquals(0, run(req, "http", "parse", "--request", "--request").code(), "the same flag twice is no conflict");
        Run methodOnRequest = run(req, "http", "parse", "--request", "--method", "HEAD");
        assertEquals(2, methodOnRequest.code());
        assertTrue(methodOnRequest.err().contains("--method M names the request a response answers; it does nothing with --request"));
        Run guessed = run(req, "http", "parse", "--method", "HEAD");
        assertEquals(2, guessed.code());
        assertTrue(guessed.err().contains("these bytes are a request"), guessed.err());
        for (String bad : new String[] {"", "A B", "GÉT", "HEAD,", "HEAD,,GET", "HEAD, GET"}) {
            Run r = run(req, "http", "parse", "--response", "--method", bad);
            assertEquals(2, r.code(), bad);
            assertTrue(r.err().contains("--method wants method tokens separated by ',' (RFC 9110 §9.1"), r.err());
        }
        Run dash = run(req, "http", "parse", "-x");
        assertEquals(2, dash.code());
        assertTrue(dash.err().startsWith("wirepad http parse: unknown option -x\n"), dash.err());
    }

    @Test
    void aLowerCaseMethodIsTakenAsTypedWithANote() {
        Run r = run("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi", "http", "parse", "--method", "head");
        assertEquals(0, r.code());
        assertEquals("note: methods are case-sensitive (RFC 9110 §9.1): 'head' is not HEAD, so the response is framed as for any other method\n",
                r.err());
        assertTrue(r.out().contains("consumed  40 of 40 bytes, complete"), r.out());
        assertEquals("", run("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n", "http", "parse", "--method", "HEAD").err());
    }

    @Test
    void httpAloneListsEverySubcommandOnStderr() {
        Run r = run("", "http");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        for (String sub : new String[] {"parse", "env", "lint", "export", "run"})
            assertTrue(r.err().contains("\n  " + sub + " "), sub + " missing: " + r.err());
        assertTrue(r.err().contains("Examples:"), r.err());
        Run help = run("", "http", "--help");
        assertEquals(0, help.code());
        assertEquals(r.err(), help.out());
        Run unknown = run("", "http", "frobnicate");
        assertTrue(unknown.err().startsWith("wirepad http: unknown subcommand 'frobnicate'\nusage: wirepad http parse|env|lint|export|run"));
    }

    @Test
    void theStdinHintNamesCtrlD() {
        assertEquals("wirepad send: reading the request from standard input; end it with Ctrl-D (or give a FILE)",
                Input.stdinHint("wirepad send", "the request"));
        assertEquals("", run("GET / HTTP/1.1\r\nHost: a\r\n\r\n", "http", "parse").err(), "no hint when stdin is not a terminal");
    }

    @Test
    void eofEndsACloseDelimitedBody() {
        String in = "HTTP/1.1 200 OK\r\n\r\nuntil close";
        Map<String, Object> open = json(in).json();
        assertEquals(true, open.get("ok"));
        assertEquals(false, open.get("complete"));
        assertEquals(List.of(), open.get("messages"));
        Run closed = json(in, "--eof");
        assertEquals(0, closed.code());
        Map<String, Object> j = closed.json();
        assertEquals(true, j.get("complete"));
        assertEquals("until close", body(messages(j).get(0)));
        assertEquals("close", map(messages(j).get(0).get("framing")).get("kind"));
    }

    @Test
    void eofInsideAMessageIsAnError() {
        Run r = json("GET / HTTP/1.1\r\nHost: a\r\n", "--eof");
        assertEquals(1, r.code());
        assertTrue(((String) map(r.json().get("error")).get("message")).startsWith("incomplete message"));
    }

    @Test
    void methodHeadMeansNoBody() {
        Map<String, Object> j = json("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", "--method", "HEAD").json();
        assertEquals(true, j.get("complete"));
        Map<String, Object> m = messages(j).get(0);
        assertEquals("", body(m));
        assertEquals("none", map(m.get("framing")).get("kind"));
    }

    @Test
    void aMethodListFramesPipelinedResponsesOneByOne() {
        String two = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
        Map<String, Object> j = json(two, "--method", "HEAD,GET").json();
        assertEquals(true, j.get("complete"));
        List<Map<String, Object>> ms = messages(j);
        assertEquals(2, ms.size());
        assertEquals("none", map(ms.get(0).get("framing")).get("kind"));
        assertEquals("hello", body(ms.get(1)));
        // with HEAD alone the second response answers GET too (past the list): same reading
        assertEquals(j, json(two, "--method", "HEAD").json());
        // GET,HEAD: the first has its body, the second (a HEAD answer) none
        String swappedIn = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n";
        Map<String, Object> sj = json(swappedIn, "--method", "GET,HEAD").json();
        assertEquals(true, sj.get("complete"));
        assertEquals("hello", body(messages(sj).get(0)));
        assertEquals("none", map(messages(sj).get(1).get("framing")).get("kind"));
    }

    @Test
    void bytesAfterAConnectRequestAreShownAsTunnelData() {
        Run r = run("CONNECT a.test:443 HTTP/1.1\r\nHost: a.test:443\r\n\r\nGET / HTTP/1.1\r\n\u0016", "http", "parse");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("tunnel    17 bytes after offset 49 are tunnel data after the CONNECT request"), r.out());
        assertTrue(r.out().contains("  GET / HTTP/1.1␍␊\n  \\x16\n"), r.out());
        assertEquals(49L, json("CONNECT a.test:443 HTTP/1.1\r\nHost: a.test:443\r\n\r\nxyz").json().get("tunnel_at"));
    }

    @Test
    void lenientAcceptsWhatStrictRejects() {
        String in = "GET / HTTP/1.1\nHost: a\n\n";
        assertEquals(1, json(in).code());
        Run r = json(in, "--lenient");
        assertEquals(0, r.code());
        assertEquals(3, ((List<?>) messages(r.json()).get(0).get("diagnostics")).size());
    }

    @Test
    void pipelinedInputShowsEveryMessage() {
        String one = "GET /%d HTTP/1.1\r\nHost: a\r\n\r\n";
        String in = String.format(one, 1) + String.format(one, 2) + String.format(one, 3);
        Map<String, Object> j = json(in).json();
        assertEquals(List.of("/1", "/2", "/3"), messages(j).stream().map(m -> m.get("target")).toList());
        assertEquals((long) in.length(), j.get("consumed"));
    }

    @Test
    void truncatedInputIsOkButIncomplete() {
        Run r = json("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc");
        assertEquals(0, r.code());
        Map<String, Object> j = r.json();
        assertEquals(true, j.get("ok"));
        assertEquals(false, j.get("complete"));
        assertEquals(0L, j.get("consumed"));
        assertNull(j.get("error"));
    }

    @Test
    void forcedRoleOverridesTheGuess() {
        Map<String, Object> j = json("HTTP/1.1 200 OK\r\n\r\n", "--request").json();
        assertEquals("request", j.get("kind"));
        assertEquals(false, j.get("ok"));
    }

    @Test
    void helpExitsZero() {
        Run r = run("", "http", "parse", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("usage: wirepad http parse"), r.out());
        assertTrue(r.out().contains("--eof") && r.out().contains("Exit status"), r.out());
        assertTrue(r.out().contains("decoded as ISO-8859-1,\none character per byte"), r.out());
        assertEquals(0, run("", "http", "--help").code());
        assertEquals(0, run("", "--help").code());
        assertEquals(2, run("", "http").code());
    }

    @Test
    void humanOutputPointsAtTheError() {
        Run r = run("GET / HTTP/1.1\r\nHost : a\r\n\r\n", "http", "parse");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("error     byte 20:"), r.out());
        assertTrue(r.out().contains("Host : a␍␊\n      ^ byte 20"), r.out());
        assertTrue(r.out().contains("consumed  0 of 28 bytes"), r.out());
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("req.bin");
        Files.write(f, "GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("", "http", "parse", "--json", f.toString());
        assertEquals(0, r.code());
        assertEquals(true, r.json().get("complete"));
    }

    @Test
    void miniJsonRejectsBrokenJson() {
        for (String bad : new String[] {"{", "{\"a\":1,}", "[1 2]", "{\"a\":1}x", "\"\\q\""}) {
            try {
                MiniJson.parse(bad);
                throw new AssertionError("accepted " + bad);
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException expected) {
                // good
            }
        }
    }
}
