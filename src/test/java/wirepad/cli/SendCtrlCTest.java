package wirepad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import wirepad.net.OneConnectionServer;

/**
 * Ctrl-C during a one-shot {@code wirepad send} (a process of its own, sent SIGINT): what came is shown
 * before it exits, like the REPL's cancel, and the exit status is the signal's (130).
 */
class SendCtrlCTest {
    @Test void ctrlCKeepsAndShowsWhatCame() throws Exception {
        CountDownLatch wrote = new CountDownLatch(1), done = new CountDownLatch(1);
        try (ServerSocket ss = OneConnectionServer.start(s -> {
                OneConnectionServer.readHead(s.getInputStream());
                s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                wrote.countDown();
                done.await(60, TimeUnit.SECONDS);
            })) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                    "wirepad.cli.Main", "send", "--view", "curl", "--timeout", "60000", "127.0.0.1:" + ss.getLocalPort())
                    .redirectErrorStream(true).start();
            try {
                p.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                p.getOutputStream().close();
                assertTrue(wrote.await(60, TimeUnit.SECONDS), "the request came");
                Thread.sleep(500); // the five body bytes reach the client
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
                assertTrue(kill.waitFor(30, TimeUnit.SECONDS));
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "send ended on Ctrl-C");
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(said.contains("* 45 bytes of an incomplete response:\n< HTTP/1.1 200 OK\n< Content-Length: 100\n< \nhello\n"), said);
                assertTrue(said.contains("* stopped: cancelled after 5 of 100 body bytes\n"), said);
                assertEquals(130, p.exitValue(), said);
            } finally {
                done.countDown();
                p.destroyForcibly();
            }
        }
    }
}
