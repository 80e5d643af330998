package wirepad.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL on a real terminal: wirepad runs in a tmux pane (its own tmux server per test), keys
 * are sent with {@code tmux send-keys}, a paste with {@code paste-buffer -p} (bracketed), and the
 * screen is read with {@code capture-pane}. Every wait polls the screen, bounded, so a loaded
 * machine is slower but not flaky. Without tmux the tests are skipped, except on CI (CI=true).
 */
class TerminalTest {
    private static final long WAIT_MS = 20_000;

    @TempDir Path dir;
    private String socket;
    private final String pane = "wp";

    @BeforeEach void start() throws Exception {
        boolean have = hasTmux();
        if (!have && "true".equals(System.getenv("CI"))) fail("tmux is needed on CI (add it to the apt-get line of .ci/run)");
        Assumptions.assumeTrue(have, "tmux is not installed: the terminal tests are skipped");
        socket = "wirepad-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        tmux("new-session", "-d", "-s", pane, "-x", "100", "-y", "50", command(""));
        waitFor("the first prompt", s -> s.contains("wirepad> "));
    }

    /** The shell command that runs wirepad, with {@code env} (e.g. "TERM=dumb ") before it. */
    private String command(String env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = Path.of("build/classes").toAbsolutePath() + ":" + jline();
        String cmd = "cd '" + dir + "' && " + env + "WIREPAD_HISTORY='" + dir.resolve("history") + "' exec '" + java
                + "' -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp '" + cp + "' wirepad.cli.Main";
        return cmd;
    }

    /** Ends the tmux server and waits (bounded) for wirepad to exit, so that it writes nothing into a deleted folder. */
    @AfterEach void stop() throws Exception {
        if (socket == null) return;
        String pid = tmux("display-message", "-p", "-t", pane, "#{pane_pid}").strip();
        tmux("kill-server");
        if (pid.matches("\\d+")) {
            var h = ProcessHandle.of(Long.parseLong(pid));
            if (h.isPresent()) {
                try {
                    h.get().onExit().get(WAIT_MS, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    h.get().destroyForcibly();
                }
            }
        }
    }

    @Test void aBracketedPasteOfARequestBecomesTheDraft() throws Exception {
        Path req = dir.resolve("req.txt");
        Files.writeString(req, "GET /pasted HTTP/1.1\nHost: a\nAccept: */*\n\n", StandardCharsets.UTF_8);
        tmux("load-buffer", "-b", "req", req.toString());
        tmux("paste-buffer", "-p", "-b", "req", "-t", pane);
        waitFor("the paste note", s -> s.contains("paste: 4 lines; 4 line ends changed to CRLF"));
        keys("show", "Enter");
        String screen = waitFor("show", s -> s.contains("strict:  ok") && s.indexOf("GET /pasted HTTP/1.1␍␊") != s.lastIndexOf("GET /pasted HTTP/1.1␍␊"));
        assertTrue(screen.contains("  2 Accept: */*␍␊"), screen);
        // a paste at the continuation prompt of 'paste <<END': head, body and END in one go
        keys("paste <<END", "Enter");
        waitFor("the continuation prompt", s -> lastLine(s).equals("more>"));
        Files.writeString(req, "POST /p HTTP/1.1\nHost: a\nContent-Length: 2\n\nhi\nEND\n", StandardCharsets.UTF_8);
        tmux("load-buffer", "-b", "req", req.toString());
        tmux("paste-buffer", "-p", "-b", "req", "-t", pane);
        waitFor("the pasted request with its body", s -> s.contains("paste: 5 lines; 4 line ends changed to CRLF")
                && s.contains("    hi\n") && s.contains("(body 2)"));
        // one line pasted is only inserted, for editing: nothing runs until Enter
        Files.writeString(req, "echo one line", StandardCharsets.UTF_8);
        tmux("load-buffer", "-b", "req", req.toString());
        tmux("paste-buffer", "-p", "-b", "req", "-t", pane);
        waitFor("the pasted line", s -> lastLine(s).equals("wirepad> echo one line"));
        keys(" and Enter", "Enter");
        waitFor("the echo", s -> s.contains("\none line and Enter\n"));
    }

    @Test void ctrlCCancelsARunningCommandAndKeepsTheLinesTypedAhead() throws Exception {
        keys("sleep 60", "Enter");
        waitFor("sleep to run", s -> s.contains("wirepad> sleep 60\n"));
        Thread.sleep(300);     // the terminal echoes typed-ahead keys only once JLine has given it back
        keys("echo typed ahead", "Enter");
        Thread.sleep(300);
        long t0 = System.nanoTime();
        keys("C-c");
        String screen = waitFor("the cancel and the typed-ahead command", s -> s.contains("error: cancelled") && s.contains("\ntyped ahead\n"));
        assertTrue(System.nanoTime() - t0 < WAIT_MS * 1_000_000L);
        assertTrue(screen.indexOf("error: cancelled") < screen.lastIndexOf("typed ahead"), screen);
        // at an idle prompt Ctrl-C clears the line and wirepad goes on
        keys("echo never");
        waitFor("the half-typed line", s -> lastLine(s).equals("wirepad> echo never"));
        keys("C-c");
        waitFor("a clean prompt", s -> lastLine(s).equals("wirepad>"));
        keys("echo alive", "Enter");
        waitFor("still running", s -> s.contains("\nalive\n"));
        assertFalse(screen(false).contains("\nnever\n"));
    }

    /** Peers that never answer: a UDP socket nobody reads, a TCP listener nobody accepts on, a FIFO nobody writes. */
    @Test void ctrlCCancelsDnsCommandsAndFileReadsThatWait() throws Exception {
        try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             ServerSocket tcp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Path fifo = dir.resolve("fifo");
            Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assertEquals(0, mk.waitFor());
            String u = "127.0.0.1:" + udp.getLocalPort(), t = "127.0.0.1:" + tcp.getLocalPort();
            keys("set timeout 120s", "Enter");
            keys("new GET / HTTP/1.1", "Enter");
            List<String> commands = List.of("dig a.test @" + u, "dig a.test @" + t + " +tcp", "lookup b.test @" + u,
                    "query c.test", "qsend @" + u, "trace d.test @" + u, "body @fifo", "import fifo", "serve dns fifo", "replay fifo");
            int cancelled = 0;
            for (String c : commands) {
                keys(c, "Enter");
                waitFor(c + " to start", s -> s.contains("wirepad> " + c + "\n"));
                if (c.startsWith("query")) continue;
                Thread.sleep(300);     // let it block
                keys("C-c");
                int want = ++cancelled;
                waitFor(c + " to be cancelled", s -> count(s, "error: cancelled") == want && lastLine(s).equals("wirepad>"));
            }
        }
    }

    @Test void serveWaitFollowsTheServerUntilCtrlCAndTheServerKeepsRunning() throws Exception {
        keys("serve echo --wait", "Enter");
        String screen = waitFor("the server to start", s -> s.contains("waiting: events of echo"));
        var m = java.util.regex.Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)").matcher(screen);
        assertTrue(m.find(), screen);
        int port = Integer.parseInt(m.group(1));
        get(port, "/first");
        waitFor("the request shown as it came", s -> s.contains("GET /first HTTP/1.1"));
        keys("C-c");
        waitFor("the wait to end", s -> s.contains("stopped waiting; echo keeps running ('stop echo' ends it)")
                && lastLine(s).equals("wirepad>"));
        get(port, "/second");
        keys("log", "Enter");
        waitFor("the server still answering", s -> s.contains("GET /second HTTP/1.1"));
    }

    /** A server that sends a head and 5 of 100 body bytes, then nothing: Ctrl-C ends 'send' and keeps what came. */
    @Test void ctrlCDuringSendToAServerThatStallsKeepsWhatCame() throws Exception {
        try (ServerSocket stall = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (java.net.Socket c = stall.accept()) {
                    var in = c.getInputStream();
                    for (int n = 0, b; n < 4 && (b = in.read()) >= 0; ) n = (b == (n % 2 == 0 ? '\r' : '\n')) ? n + 1 : 0;   // the head's CRLF CRLF
                    c.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello".getBytes(StandardCharsets.US_ASCII));
                    c.getOutputStream().flush();
                    c.getInputStream().readAllBytes();     // until wirepad closes (on Ctrl-C) or the test ends
                } catch (IOException e) {
                    // the test is over
                }
            });
            t.setDaemon(true);
            t.start();
            keys("set timeout 120s", "Enter", "new GET / HTTP/1.1", "Enter", "h Host: s", "Enter");
            keys("send 127.0.0.1:" + stall.getLocalPort(), "Enter");
            waitFor("send to start", s -> s.contains("wirepad> send 127.0.0.1:" + stall.getLocalPort() + "\n"));
            Thread.sleep(500);     // let the 5 bytes come and the read block
            keys("C-c");
            String screen = waitFor("the cancelled exchange shown", s -> s.contains("cancelled after 5 of 100 body bytes")
                    && lastLine(s).equals("wirepad>"));
            assertTrue(screen.contains("hello"), screen);
            keys("history", "Enter");
            waitFor("the exchange kept in history", s -> s.contains("stopped: cancelled after 5 of 100 body bytes")
                    && count(s, "cancelled after 5 of 100 body bytes") >= 2);
        }
    }

    private static void get(int port, String path) throws Exception {
        try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout((int) WAIT_MS);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getInputStream().readAllBytes();
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    @Test void ctrlCInsideAHeredocAbandonsIt() throws Exception {
        keys("new GET / HTTP/1.1", "Enter");
        keys("body <<EOF", "Enter");
        waitFor("the continuation prompt", s -> lastLine(s).equals("more>"));
        keys("one", "Enter");
        waitFor("the second continuation prompt", s -> s.contains("more> one\n") && lastLine(s).equals("more>"));
        keys("C-c");
        waitFor("the heredoc abandoned", s -> s.contains("error: body: heredoc abandoned (Ctrl-C); the draft is unchanged"));
        keys("show", "Enter");
        String screen = waitFor("the draft", s -> s.contains("(no body)"));
        assertFalse(screen.contains("    one"), screen);
    }

    /** At a terminal without line editing (TERM=dumb) Ctrl-C abandons a heredoc at once, without another line. */
    @Test void ctrlCInsideAHeredocOnADumbTerminalActsAtOnce() throws Exception {
        tmux("respawn-pane", "-k", "-t", pane, command("TERM=dumb "));     // the same pane, wirepad started again
        tmux("clear-history", "-t", pane);
        keys("new GET / HTTP/1.1", "Enter");     // typed ahead while Java starts: the terminal keeps it
        waitFor("the draft", s -> s.contains("18 bytes") && lastLine(s).equals("wirepad>"));
        keys("body <<EOF", "Enter");
        waitFor("the continuation prompt", s -> lastLine(s).equals("more>"));
        keys("one", "Enter");
        waitFor("the second continuation prompt", s -> s.contains("more> one\n") && lastLine(s).equals("more>"));
        keys("C-c");
        waitFor("the heredoc abandoned with no line typed after Ctrl-C",
                s -> s.contains("error: body: heredoc abandoned (Ctrl-C); the draft is unchanged") && lastLine(s).equals("wirepad>"));
        keys("show", "Enter");
        String screen = waitFor("the draft", s -> s.contains("(no body)"));
        assertFalse(screen.contains("    one"), screen);
    }

    @Test void tabCompletesServerKindsHeaderNamesInAnyCaseAndFiles() throws Exception {
        keys("serve ", "Tab", "Tab");
        waitFor("the kinds", s -> s.contains("canned") && s.contains("dns-lab") && s.contains("echo") && s.contains("lab"));
        keys("C-u", "new GET / HTTP/1.1", "Enter");
        // the next keys only once the prompt is back: typed ahead, they would be echoed by the
        // terminal's cooked mode first, and the screen would depend on timing
        waitFor("the draft shown", s -> s.contains("(no body)") && lastLine(s).equals("wirepad>"));
        keys("h content-le", "Tab");
        waitFor("Content-Length: completed", s -> lastLine(s).equals("wirepad> h Content-Length:"));
        keys("C-u");
        Files.writeString(dir.resolve("session-notes.t"), "");
        keys("record sess", "Tab");
        waitFor("a file name completed", s -> lastLine(s).equals("wirepad> record session-notes.t"));
    }

    /** 'edit' in a real full-screen editor (vi: vim-tiny on CI), then the prompt works as before (line editing, Ctrl-C). */
    @Test void editInViChangesAHeaderAndTheTerminalComesBack() throws Exception {
        boolean have = new ProcessBuilder("sh", "-c", "command -v vi").start().waitFor() == 0;
        if (!have && "true".equals(System.getenv("CI"))) fail("vi is needed on CI (vim-tiny in the apt-get line of .ci/run)");
        Assumptions.assumeTrue(have, "vi is not installed: the editor test is skipped");
        keys("new GET / HTTP/1.1", "Enter", "h Accept: a", "Enter", "set editor vi", "Enter", "edit", "Enter");
        waitFor("vi showing the draft as escapes", s -> s.contains("GET / HTTP/1.1\\r\\n") && s.contains("Accept: a\\r\\n"));
        keys(":2s/: a/: text\\/html/", "Enter");
        waitFor("the line changed in vi", s -> s.contains("Accept: text/html\\r\\n"));
        keys(":wq", "Enter");
        String screen = waitFor("the changed-line report", s -> s.contains("changed: 1 Accept: a␍␊  ->  1 Accept: text/html␍␊")
                && lastLine(s).equals("wirepad>"));
        assertTrue(screen.contains("  1 Accept: text/html␍␊"), screen);
        // raw mode is back: a half-typed line is cleared by Ctrl-C, and Tab still completes
        keys("echo half");
        waitFor("the half-typed line", s -> lastLine(s).equals("wirepad> echo half"));
        keys("C-c");
        waitFor("a clean prompt", s -> lastLine(s).equals("wirepad>"));
        keys("h content-le", "Tab");
        waitFor("Content-Length: completed", s -> lastLine(s).equals("wirepad> h Content-Length:"));
    }

    // --- tmux ---

    private static boolean hasTmux() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String jline() throws IOException {
        try (var s = Files.list(Path.of("lib"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("jline-")).findFirst()
                    .orElseThrow(() -> new IOException("no lib/jline-*.jar")).toAbsolutePath().toString();
        }
    }

    private String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("TMUX");
        pb.environment().put("TERM", "xterm-256color");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(WAIT_MS, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not finish");
        }
        if (p.exitValue() != 0 && !args[0].equals("kill-server")) fail("tmux " + String.join(" ", args) + ": " + out);
        return out;
    }

    /** Sends keys: literal text, or key names such as Enter, Tab, C-c, C-u. */
    private void keys(String... keys) throws Exception {
        for (String k : keys) {
            boolean named = k.equals("Enter") || k.equals("Tab") || k.matches("C-[a-z]");
            if (named) tmux("send-keys", "-t", pane, k);
            else tmux("send-keys", "-t", pane, "-l", k);
        }
    }

    private String screen(boolean joined) throws Exception {
        return tmux("capture-pane", "-p", "-t", pane, "-S", "-200", joined ? "-J" : "-N");
    }

    private static String lastLine(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].stripTrailing();
    }

    /** Polls the screen until {@code ok} holds (at most 20 s); returns it. */
    private String waitFor(String what, Predicate<String> ok) throws Exception {
        long end = System.nanoTime() + WAIT_MS * 1_000_000L;
        String s = "";
        while (System.nanoTime() < end) {
            s = screen(true);
            if (ok.test(s)) return s;
            Thread.sleep(50);
        }
        assertEquals("a screen showing " + what, s);
        return s;
    }
}
