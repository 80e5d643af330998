package wirepad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wirepad.server.EchoHandler;
import wirepad.server.HttpServer;

/** The contract of {@code wirepad send}: bytes exactly as given, views, exit codes. */
class SendCliTest {
    HttpServer echo;
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    @BeforeEach void start() throws Exception {
        echo = HttpServer.start("echo", new EchoHandler(Clock.systemUTC()), HttpServer.Options.loopback(0), Clock.systemUTC(), seen::add);
    }

    @AfterEach void stop() { echo.close(); }

    int send(String stdin, String... args) {
        List<String> a = new ArrayList<>(List.of("send"));
        a.addAll(List.of(args));
        return Main.run(a.toArray(new String[0]), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String target() { return "127.0.0.1:" + echo.port(); }

    String out() { return out.toString(StandardCharsets.UTF_8); }

    String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test void sendsTheBytesExactlyAndExitsZeroOnACompleteResponse() {
        assertEquals(0, send("GET /exact HTTP/1.1\r\nhOsT: x\r\n\r\n", "--view", "raw", target()));
        assertTrue(out().startsWith("HTTP/1.1 200 OK\r\n"), out());
        assertTrue(out().endsWith("You have requested: /exact\n"));
        assertTrue(seen.get(0).contains("GET /exact HTTP/1.1␍␊\nhOsT: x␍␊\n␍␊"), seen.toString());
    }

    @Test void escapesAreInterpretedOnlyWhenAsked() {
        assertEquals(0, send("GET /e HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n\n", "--escapes", "--view", "curl", target()));
        assertTrue(out().contains("> GET /e HTTP/1.1\n> Host: x\n"), out());
    }

    @Test void crlfTurnsBareLfIntoCrlfAndSaysHowMany() {
        assertEquals(0, send("GET /c HTTP/1.1\nHost: x\n\n", "--crlf", "--view", "flow", target()));
        assertEquals("note: --crlf turned 3 bare LF into CRLF (28 bytes to send)", err().strip());
        assertTrue(seen.get(0).contains("GET /c HTTP/1.1␍␊\nHost: x␍␊\n␍␊"), seen.toString());
    }

    @Test void withoutCrlfABareLfRequestGetsThe400() {
        assertEquals(0, send("GET / HTTP/1.1\nHost: x\n\n", "--view", "curl", target()));
        assertTrue(out().contains("< HTTP/1.1 400 Bad Request"), out());
    }

    @Test void refusedIsExitSevenWithOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) { port = s.getLocalPort(); }
        assertEquals(7, send("GET / HTTP/1.1\r\n\r\n", "127.0.0.1:" + port));
        assertEquals("wirepad send: connection refused by 127.0.0.1:" + port + " (is anything listening on port " + port + "?)", err().strip());
    }

    @Test void idleTimeoutIsExit28() {
        // HTTP/1.1 without Host: the strict echo server answers 400 and closes, which is a complete response (exit 0);
        // an idle timeout with nothing received is not.
        assertEquals(28, send("GET / HTTP/1.1\r\nHost: x\r\n", "--timeout", "300", "--view", "curl", target()));
        assertTrue(out().contains("stopped: timed out before any response byte (idle-timeout 300 ms)"), out());
    }

    @Test void usageErrorsAreExitTwo() {
        assertEquals(2, send("", "--view", "pretty", target()));
        assertTrue(err().contains("--view is side, curl, flow, hex, ledger or raw"), err());
        assertEquals(2, send(""));
        assertEquals(2, send("", "--split-at", "x", target()));
        assertEquals(2, send("", "--timeout", "0", target()), "0 would wait forever");
        assertEquals(2, send("\\q", "--escapes", target()));
        assertTrue(err().contains("bad escape in the input at column 1"), err());
    }

    @Test void optionsThatWouldDoNothingAreUsageErrors() {
        String req = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
        String[][] cases = {
            {"--split-at 0", "--split-at wants 1 or more bytes per write (0 would not split)"},
            {"--delay 100", "--delay MS pauses between the pieces of --split-at N; give --split-at too"},
            {"--insecure", "--insecure skips the TLS certificate check; it needs --tls"},
            {"--cacert ca.pem", "--cacert PEM is for checking a TLS certificate; it needs --tls"},
            {"--connect-timeout 0", "--connect-timeout must be more than 0 ms (0 would wait forever)"},
            {"--pcap /nonexistent/dir/x.pcap", "--pcap /nonexistent/dir/x.pcap: the directory /nonexistent/dir does not exist"},
        };
        for (String[] c : cases) {
            out.reset();
            err.reset();
            List<String> a = new ArrayList<>(List.of(c[0].split(" ")));
            a.add(target());
            assertEquals(2, send(req, a.toArray(new String[0])), c[0]);
            assertTrue(err().startsWith("wirepad send: " + c[1] + "\n"), err());
        }
        assertTrue(seen.isEmpty(), "nothing was sent: " + seen);
    }

    @Test void targetsThatCannotBeConnectedToAreUsageErrors() {
        String[][] cases = {
            {"127.0.0.1:0", "bad port \"0\" in 127.0.0.1:0 (1-65535)"},
            {":80", "no host before the port in :80 (HOST:PORT, e.g. 127.0.0.1:8080)"},
            {"[::1", "missing ']' in [::1 (an IPv6 address is written [::1]:PORT)"},
        };
        for (String[] c : cases) {
            err.reset();
            assertEquals(2, send("GET / HTTP/1.1\r\n\r\n", c[0]), c[0]);
            assertEquals("wirepad send: " + c[1] + "\n", err());
        }
    }

    @Test void splitAtAloneAndSplitAtPastTheEndSaySo() {
        String req = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
        assertEquals(0, send(req, "--split-at", "5", "--view", "raw", target()));
        assertTrue(err().startsWith("note: --split-at 5 without --delay: the pieces go back to back and TCP may merge them;"), err());
        err.reset();
        assertEquals(0, send(req, "--split-at", "500", "--view", "raw", target()));
        assertEquals("note: --split-at 500 splits nothing: the request is 27 bytes, so it goes in one write\n", err());
        err.reset();
        assertEquals(0, send(req, "--split-at", "5", "--delay", "1", "--view", "raw", target()));
        assertEquals("", err());
    }

    @Test void emptyInputSaysThereIsNothingToSend() {
        assertEquals(28, send("", "--idle-timeout", "300", "--view", "curl", target()));
        assertTrue(err().startsWith("note: stdin is empty: nothing to send; showing what the server says on its own within the idle timeout (300 ms)\n"),
                err());
        assertTrue(out().contains("* stopped: timed out before any response byte (idle-timeout 300 ms)"), out());
    }

    @Test void theIdleTimeoutIsSetOnItsOwn() throws Exception {
        // a server that accepts and never answers: only the idle timeout ends the wait
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String t = "127.0.0.1:" + silent.getLocalPort();
            assertEquals(28, send("GET / HTTP/1.1\r\nHost: x\r\n\r\n", "--connect-timeout", "4000", "--idle-timeout", "200", "--view", "curl", t));
            assertTrue(out().contains("* stopped: timed out before any response byte (idle-timeout 200 ms)"), out());
            out.reset();
            assertEquals(28, send("GET / HTTP/1.1\r\nHost: x\r\n\r\n", "--timeout", "4000", "--idle-timeout", "250", "--view", "curl", t));
            assertTrue(out().contains("* stopped: timed out before any response byte (idle-timeout 250 ms)"), "--idle-timeout wins over --timeout: " + out());
            out.reset();
            assertEquals(28, send("GET / HTTP/1.1\r\nHost: x\r\n\r\n", "--idle-timeout", "250", "--timeout", "300", "--view", "curl", t));
            assertTrue(out().contains("* stopped: timed out before any response byte (idle-timeout 250 ms)"), "whatever the order: " + out());
        }
    }
}
