package wirepad.repl.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.repl.CommandTable;
import wirepad.repl.CoreCommands;
import wirepad.repl.ServerCommands;

class HttpCommandsTest extends wirepad.repl.ReplTestBase {

    HttpState http() { return session.state(HttpState.class, HttpState::new); }

    byte[] draft() { return http().draft.toBytes(); }

    static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    @Test void newFromUrlSetsTargetAndReportsTheHostLine() {
        String out = run("new POST http://127.0.0.1:9/widgets?x=1#frag");
        assertArrayEquals(b("POST /widgets?x=1 HTTP/1.1\r\nHost: 127.0.0.1:9\r\n\r\n"), draft());
        assertEquals("127.0.0.1:9", http().target);
        assertTrue(out.contains("host: added line 1: Host: 127.0.0.1:9 (from the URL)"), out);
    }

    @Test void linesAreKeptByteForByteWithTheirOwnTerminator() {
        run("new GET / HTTP/1.1");
        run("h hOsT : a");
        run("h X-Bare: lf\\n");
        run("h X-Tab:\\tv");
        assertArrayEquals(b("GET / HTTP/1.1\r\nhOsT : a\r\nX-Bare: lf\nX-Tab:\tv\r\n\r\n"), draft());
    }

    @Test void headerEditsByPositionAndClearErrors() {
        run("new GET / HTTP/1.1");
        run("h A: 1");
        run("h B: 2");
        run("header mv 2 1");
        run("header ins 2 C: 3");
        run("header set 3 A: one");
        assertArrayEquals(b("GET / HTTP/1.1\r\nB: 2\r\nC: 3\r\nA: one\r\n\r\n"), draft());
        assertEquals("error: line 9 does not exist (the draft has 3)", run("header del 9").strip());
        assertTrue(run("header del Nope").startsWith("error: no line named Nope (the draft's lines: 'show'"));
        run("header del C");
        assertArrayEquals(b("GET / HTTP/1.1\r\nB: 2\r\nA: one\r\n\r\n"), draft());
    }

    @Test void bodyNeverTouchesContentLengthButLengthDoesAndSaysSo() {
        run("new POST /widgets HTTP/1.1");
        run("h Host: lab");
        String out = run("body name=My%20Widget&color=blue&stock=20");
        assertTrue(out.contains("body: 36 bytes (no Content-Length line: 'length' adds one)"), out);
        String shown = run("show");
        assertTrue(shown.contains("warning: the server reads no body, so the 36 body bytes become the start of the next request"), shown);
        assertTrue(shown.contains("read as a request they are rejected: byte 41: invalid byte \"=\" in the method"), shown);
        assertEquals("length: added line 2: Content-Length: 36", run("length").strip());
        assertTrue(run("show").contains("strict:  ok, Content-Length: 36 -> body is the next 36 bytes (RFC 9112 §6.3 rule 6)"));
        run("body short");
        String waits = run("show");
        assertTrue(waits.contains("strict:  incomplete: a server waits for 31 more body bytes (Content-Length: 36, 5 received)"), waits);
    }

    @Test void showRejectsWithTheByteAndACaret() {
        run("new GET / HTTP/1.1");
        run("h Host : a");
        String out = run("show");
        assertTrue(out.contains("strict:  REJECTED byte 20: whitespace between field name and colon"), out);
        assertTrue(out.contains("           Host : a␍␊\n               ^ byte 20"), out);
        assertTrue(out.contains("lenient: accepted"), out);
    }

    @Test void badEscapeNamesTheColumn() {
        run("new GET / HTTP/1.1");
        String out = run("h X: \\q");
        assertTrue(out.startsWith("error: column 4: unknown escape \"\\q\""), out);
        assertArrayEquals(b("GET / HTTP/1.1\r\n\r\n"), draft(), "nothing added on error");
    }

    @Test void sendWithoutAnyDestinationSaysWhereItLooked() {
        run("new GET / HTTP/1.1");
        assertTrue(run("send").contains("where to? give HOST:PORT"));
    }

    @Test void refusedConnectionIsOneClearLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) { port = s.getLocalPort(); }
        run("new GET / HTTP/1.1");
        String out = run("send 127.0.0.1:" + port);
        assertEquals("error: send: connection refused by 127.0.0.1:" + port + " (is anything listening on port " + port + "?)", out.strip());
        assertTrue(http().history.isEmpty());
    }

    @Test void serveSendHistoryViewAndStop() {
        assertTrue(run("serve echo").startsWith("echo server 'echo' listening on 127.0.0.1:"));
        run("new http://$echo/x");
        String side = run("send");
        assertTrue(side.contains("stopped: Content-Length satisfied (23 bytes)"), side);
        assertTrue(run("view curl").contains("You have requested: /x"));
        assertTrue(run("history").startsWith("#1 "));
        assertTrue(run("log").contains("GET /x HTTP/1.1␍␊"));
        assertEquals("no new events ('log all' shows the older ones)", run("log").strip());
        assertEquals("stopped echo (echo)", run("stop echo").strip());
        assertFalse(session.vars().containsKey("echo"));
        assertTrue(run("view 7").contains("no exchange #7"));
    }

    @Test void pipeWritesSavedDraftsBackToBack() {
        run("serve echo");
        run("new http://$echo/a");
        run("save a");
        run("new http://$echo/b");
        run("save b");
        String out = run("pipe a b a --view curl");
        assertEquals(3, out.split("< HTTP/1.1 200 OK", -1).length - 1, out);
        assertTrue(out.indexOf("requested: /a") < out.indexOf("requested: /b"));
        assertEquals(1, http().history.size());
        assertTrue(run("pipe a nope").contains("no saved draft 'nope'"));
    }

    @Test void importedHttpFileIsSentRequestByRequest(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        run("serve echo");
        String addr = session.get("echo");
        java.nio.file.Files.writeString(dir.resolve("two.http"), "@h = " + addr + "\n### first\nGET http://{{h}}/one\n\n### second\nGET http://{{h}}/two\n");
        String out = run("import " + dir.resolve("two.http") + " --send");
        assertTrue(out.contains("first          GET /one HTTP/1.1   -> " + addr), out);
        assertTrue(out.indexOf("You have requested: /one") < out.indexOf("You have requested: /two"), out);
        assertEquals(2, http().history.size());
        assertTrue(http().saved.containsKey("second"));
    }

    @Test void colourFollowsTheSettingAndNeverChangesTheText() {
        run("serve echo");
        run("new http://$echo/");
        String plain = run("send --view curl");
        assertFalse(plain.contains("\u001b["), "colour is off in scripts");
        run("set color on");
        String coloured = run("view curl");
        assertTrue(coloured.contains("\u001b[32m* stopped: Content-Length satisfied (22 bytes)\u001b[0m"), coloured);
        assertEquals(plain.substring(plain.indexOf('\n')), wirepad.repl.Style.strip(coloured).substring(coloured.indexOf('\n') < 0 ? 0
                : wirepad.repl.Style.strip(coloured).indexOf('\n')));
    }

    /** A peer that answers each request twice: the second answer arrives {@code gapMs} later. */
    static java.net.ServerSocket doubleAnswerer(int gapMs) throws Exception {
        java.net.ServerSocket ss = new java.net.ServerSocket(0, 4, java.net.InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (java.net.Socket c = ss.accept()) {
                c.setSoTimeout(5000);
                byte[] reply = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                for (int i = 0; i < 3 && c.getInputStream().read(new byte[4096]) > 0; i++) {
                    if (gapMs == 0) {
                        // one write, so both answers reach the client in the same read
                        byte[] two = new byte[reply.length * 2];
                        System.arraycopy(reply, 0, two, 0, reply.length);
                        System.arraycopy(reply, 0, two, reply.length, reply.length);
                        c.getOutputStream().write(two);
                    } else {
                        c.getOutputStream().write(reply);
                        Thread.sleep(gapMs);
                        c.getOutputStream().write(reply);
                    }
                }
            } catch (Exception ignored) {
                // the test closes it
            }
        });
        t.setDaemon(true);
        t.start();
        return ss;
    }

    @Test void extraBytesOnAKeptConnectionAreSaidAndTheConnectionCloses() throws Exception {
        try (java.net.ServerSocket ss = doubleAnswerer(0)) {
            run("new GET / HTTP/1.1");
            run("h Host: x");
            run("open 127.0.0.1:" + ss.getLocalPort());
            Thread.sleep(100);
            String out = run("send --view curl");
            assertTrue(out.contains("that answer nothing (the connection is out of step)"), out);
            assertTrue(out.contains("connection closed: bytes came that answer no request"), out);
            assertTrue(http().connection == null);
        }
    }

    @Test void lateExtraBytesStopTheNextExchangeOnThatConnection() throws Exception {
        try (java.net.ServerSocket ss = doubleAnswerer(200)) {
            run("new GET / HTTP/1.1");
            run("h Host: x");
            run("open 127.0.0.1:" + ss.getLocalPort());
            assertTrue(run("send").contains("connection stays open"));
            Thread.sleep(600);
            String out = run("send");
            assertTrue(out.contains("is out of step: 40 bytes arrived after the last response, before this request"), out);
            assertTrue(http().connection == null, "closed, not kept");
        }
    }

    @Test void headerNamesCompleteWithOneColon() {
        wirepad.repl.Completion c = new wirepad.repl.Completion(
                new CommandTable(List.of(new CoreCommands(), new HttpCommands(), new ServerCommands())), session);
        assertEquals(List.of("Content-Length:", "Content-Type:"), c.candidates("h Content-"));
        assertEquals(List.of("Host:"), c.candidates("header add Ho"));
    }

    @Test void rawKeepsTrailingSpaces() {
        run("serve echo");
        run("raw $echo GET / HTTP/1.1\\r\\nHost: a\\r\\nX: trailing   ");
        assertEquals(39, http().history.get(0).sent().length, "the three trailing spaces are sent");
    }

    @Test void explainSaysWhenContentLengthDoesNotFrameTheBody() {
        run("serve canned HTTP/1.1 204 No Content\\r\\nContent-Length: 5\\r\\n\\r\\n");
        run("raw $canned GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n");
        String out = run("explain");
        assertTrue(out.contains("Content-Length: 5\n  it does not frame this body: 204 No Content -> no body"), out);
        assertFalse(out.contains("the body is exactly 5 bytes"), out);
    }

    @Test void historyShowsAResponseCutShortInsideItsBody() {
        run("serve canned HTTP/1.1 200 OK\\r\\nContent-Length: 10\\r\\n\\r\\nshort");
        run("set idle-timeout 1s"); // the body never completes: reading stops when this idle time passes
        String sent = run("raw $canned GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n");
        String h = run("history");
        assertTrue(h.contains("-> 200 OK (cut short: 5 of 10 body bytes); "), sent + h);
        assertFalse(h.contains("no response"), h);
    }

    @Test void hugeNumbersAreUsageErrorsNotExceptions() {
        assertFalse(run("view 99999999999").contains("Exception"));
        assertFalse(run("explain #99999999999").contains("Exception"));
        assertFalse(run("export curl #99999999999").contains("Exception"));
    }
}
