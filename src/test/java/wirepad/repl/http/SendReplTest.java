package wirepad.repl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.net.Connection;
import wirepad.net.Direction;
import wirepad.net.OneConnectionServer;

/** The REPL's send: the address rule it shares with the CLI, a cancel that keeps what came, the body @FILE limit. */
class SendReplTest extends wirepad.repl.ReplTestBase {
    @TempDir Path dir;

    @Override protected Path workDir() { return dir; }

    HttpState http() { return session.state(HttpState.class, HttpState::new); }

    @Test void anUnbracketedIpv6AddressGetsTheSameAnswerAsInTheCli() {
        run("new GET / HTTP/1.1");
        assertEquals("error: an IPv6 address goes in brackets: [::1]:8090 (or [::1:8090]:PORT if all of ::1:8090 is the address)",
                run("send ::1:8090").strip());
        assertEquals("error: an IPv6 address goes in brackets: [::1]:8090 (or [::1:8090]:PORT if all of ::1:8090 is the address)",
                run("raw ::1:8090 GET / HTTP/1.1\\r\\n\\r\\n").strip());
    }

    @Test void aUrlGetsTheRightForm() {
        run("new GET / HTTP/1.1");
        assertEquals("error: a URL is not HOST:PORT: give 127.0.0.1:9 (the request goes out as it is, so the path (/x) and the Host line"
                + " belong in it); or start a draft from the URL: new GET http://127.0.0.1:9/x", run("send http://127.0.0.1:9/x").strip());
    }

    @Test void aCancelledSendKeepsThePartialResponseInHistory() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (ServerSocket ss = OneConnectionServer.start(s -> {
                OneConnectionServer.readHead(s.getInputStream());
                s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                done.await(10, TimeUnit.SECONDS);
            })) {
            run("set idle-timeout 30s");
            run("open 127.0.0.1:" + ss.getLocalPort());
            Connection c = http().connection;
            // Ctrl-C closes the connection under the blocked read (Cancel runs Connection::abort): the same, from here
            Thread ctrlC = new Thread(() -> {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (c.ledger().total(Direction.RECEIVED) < 43 && System.nanoTime() < until) pause();
                c.abort();
            });
            ctrlC.start();
            run("new GET / HTTP/1.1");
            run("h Host: x");
            String out = run("send --view curl");
            done.countDown();
            ctrlC.join(10_000);
            assertTrue(out.contains("* stopped: cancelled after 5 of 100 body bytes"), out);
            assertTrue(out.contains("connection closed: cancelled mid-exchange, so the connection is out of step"), out);
            String history = run("history");
            assertTrue(history.contains("200 OK (cut short: 5 of 100 body bytes); stopped: cancelled after 5 of 100 body bytes"), history);
            assertTrue(run("view 1 ledger").contains("stopped: cancelled after 5 of 100 body bytes"));
        }
    }

    @Test void aTimedOutSendSaysHowFarItGotInHistoryAndEveryView() {
        String started = run("serve canned HTTP/1.1 200 OK\\r\\nContent-Length: 100\\r\\n\\r\\nhello");
        assertTrue(started.contains("listening on"), started);
        run("set idle-timeout 300ms");
        run("new GET / HTTP/1.1");
        run("h Host: x");
        String want = "stopped: timed out after 5 of 100 body bytes (idle-timeout 300 ms)";
        assertTrue(run("send $canned").contains(want));
        assertTrue(run("history").contains("200 OK (cut short: 5 of 100 body bytes); " + want), run("history"));
        for (String view : List.of("side", "curl", "flow", "hex", "ledger"))
            assertTrue(run("view 1 " + view).contains(want), view + ": " + run("view 1 " + view));
        run("stop all");
    }

    @Test void ctrlCDuringTheTlsHandshakeEndsTheSendAtOnce() throws Exception {
        CountDownLatch hello = new CountDownLatch(1), done = new CountDownLatch(1);
        Runnable[] ctrlC = new Runnable[1];
        wirepad.repl.Console quiet = new wirepad.repl.Console() {
            final StringBuilder out = new StringBuilder();
            @Override public String readLine(String prompt) { return null; }
            @Override public synchronized void print(String text) { out.append(text); }
            @Override public int width() { return 100; }
            @Override public boolean color() { return false; }
            @Override public void onInterrupt(Runnable r) { ctrlC[0] = r; }
            @Override public synchronized String toString() { return out.toString(); }
        };
        wirepad.repl.Repl repl = new wirepad.repl.Repl(table, session, quiet);
        try (ServerSocket silent = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (Socket s = silent.accept()) {
                    s.getInputStream().read(); // a ClientHello that is never answered
                    hello.countDown();
                    done.await(30, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // the client side reports
                }
            });
            server.setDaemon(true);
            server.start();
            Thread user = new Thread(() -> {
                try {
                    if (hello.await(30, TimeUnit.SECONDS)) Thread.sleep(300);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                ctrlC[0].run();
            });
            user.setDaemon(true);
            repl.execute("set timeout 60s");
            repl.execute("new GET / HTTP/1.1");
            user.start();
            long t0 = System.nanoTime();
            repl.execute("send --tls --insecure 127.0.0.1:" + silent.getLocalPort());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            done.countDown();
            user.join(10_000);
            String out = quiet.toString();
            assertTrue(out.matches("(?s).*error: cancelled while in the TLS handshake with 127\\.0\\.0\\.1:\\d+ \\(after [\\d ]+ ms\\):"
                    + " no request was sent, no response came\n.*"), out);
            assertTrue(ms < 30_000, "the 60 s timeout was waited out: " + ms + " ms");
            assertTrue(http().history.isEmpty(), "nothing came, so nothing is kept");
        }
    }

    @Test void bodyFromAFileIsCappedBySetting() throws Exception {
        Files.write(dir.resolve("big.bin"), new byte[2 * 1024 * 1024]);
        run("new POST / HTTP/1.1");
        run("set body-limit 1");
        assertEquals("error: big.bin is 2 MiB; body @FILE reads at most 1 MiB (set body-limit N allows N MiB)", run("body @big.bin").strip());
        run("set body-limit 3");
        assertTrue(run("body @big.bin").startsWith("body: 2097152 bytes"));
    }

    /** A short pause in a bounded wait loop (no busy spinning on a shared machine). */
    static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
