package wirepad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.net.OneConnectionServer;
import wirepad.server.EchoHandler;
import wirepad.server.HttpServer;

/**
 * {@code wirepad send}'s exit status for each network failure (curl's numbers), its one rule for
 * addresses (shared with the REPL), URLs refused with the right form, and {@code --version}.
 */
class SendExitCodesTest {
    @TempDir Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    int main(String stdin, String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    int send(String stdin, String... args) {
        List<String> a = new ArrayList<>(List.of("send"));
        a.addAll(List.of(args));
        return main(stdin, a.toArray(new String[0]));
    }

    String err() { return err.toString(StandardCharsets.UTF_8); }

    static final String GET = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";

    /** A server for one connection that reads the request head and then does {@code then}. */
    static ServerSocket serve(OneConnectionServer.Script then) throws Exception {
        return OneConnectionServer.start(s -> {
            OneConnectionServer.readHead(s.getInputStream());
            then.run(s);
        });
    }

    @Test void emptyReplyIs52() throws Exception {
        try (ServerSocket ss = serve(s -> { })) {
            assertEquals(52, send(GET, "--view", "curl", "127.0.0.1:" + ss.getLocalPort()));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("* stopped: peer closed without sending a response"));
        }
    }

    @Test void resetIs56() throws Exception {
        try (ServerSocket ss = serve(s -> s.setSoLinger(true, 0))) {
            assertEquals(56, send(GET, "--view", "curl", "127.0.0.1:" + ss.getLocalPort()));
        }
    }

    @Test void aBodyCutShortByTheCloseIs18() throws Exception {
        try (ServerSocket ss = serve(s -> s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf".getBytes(StandardCharsets.ISO_8859_1)))) {
            assertEquals(18, send(GET, "--view", "curl", "127.0.0.1:" + ss.getLocalPort()));
        }
    }

    @Test void noAnswerWithinTheIdleTimeoutIs28() throws Exception {
        try (ServerSocket ss = serve(s -> Thread.sleep(3000))) {
            assertEquals(28, send(GET, "--idle-timeout", "300", "127.0.0.1:" + ss.getLocalPort()));
        }
    }

    @Test void aPlainPortUnderTlsIs35AndAnUnreadableCaFileIs77() throws Exception {
        try (HttpServer echo = HttpServer.start("echo", new EchoHandler(Clock.systemUTC()), HttpServer.Options.loopback(0), Clock.systemUTC(), null)) {
            assertEquals(35, send(GET, "--tls", "--insecure", "--idle-timeout", "3000", "127.0.0.1:" + echo.port()));
            assertTrue(err().contains("the server answered the TLS ClientHello with bytes that are not TLS (plain HTTP on this port? try without --tls)"), err());
            assertEquals(77, send(GET, "--tls", "--cacert", dir.resolve("nope.pem").toString(), "127.0.0.1:" + echo.port()));
            assertTrue(err().endsWith("no such file (no connection was made)\n"), err());
        }
    }

    @Test void anUnresolvableNameIs6WithoutAskingAnyDnsServer() throws Exception {
        // A JVM of its own whose only name source is an empty hosts file (jdk.net.hosts.file): nothing leaves the machine.
        Path hosts = Files.writeString(dir.resolve("hosts"), "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djdk.net.hosts.file=" + hosts, "-cp", Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                "wirepad.cli.Main", "send", "--timeout", "2000", "nothing.invalid:80").redirectErrorStream(true).start();
        p.getOutputStream().write(GET.getBytes(StandardCharsets.ISO_8859_1));
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the send process ended");
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(6, p.exitValue(), said);
        assertEquals("wirepad send: cannot resolve host 'nothing.invalid'\n", said);
    }

    @Test void anEarlyAnswerToALongUploadIsShownAndTheCutIsNamed() throws Exception {
        try (ServerSocket ss = serve(s -> {
                s.getOutputStream().write("HTTP/1.1 413 Content Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                s.shutdownOutput();
                Thread.sleep(200);
            })) {
            String upload = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 8388608\r\n\r\n" + "x".repeat(8 * 1024 * 1024);
            assertEquals(0, send(upload, "--view", "raw", "127.0.0.1:" + ss.getLocalPort()), err());
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("HTTP/1.1 413 Content Too Large\r\n"));
            assertTrue(err().matches("(?s)wirepad send: the request was cut short after [0-9 ]+ of 8 388 6\\d\\d bytes: .*"), err());
        }
    }

    @Test void anUnbracketedIpv6AddressIsRefusedWithTheBracketedForm() {
        assertEquals(2, send(GET, "::1:8090"));
        assertEquals("wirepad send: an IPv6 address goes in brackets: [::1]:8090 (or [::1:8090]:PORT if all of ::1:8090 is the address)\n", err());
        assertEquals(2, send(GET, "fe80::1"));
        assertEquals("wirepad send: an IPv6 address goes in brackets: [fe80::1]:PORT\n", err());
    }

    @Test void aUrlIsAUsageErrorThatShowsTheRightForm() {
        assertEquals(2, send(GET, "http://127.0.0.1:8080/widgets?x=1"));
        assertEquals("wirepad send: a URL is not HOST:PORT: give 127.0.0.1:8080 (the request goes out as it is, so the path"
                + " (/widgets?x=1) and the Host line belong in it)\n"
                + "e.g. printf 'GET /widgets?x=1 HTTP/1.1\\r\\nHost: 127.0.0.1:8080\\r\\n\\r\\n' | wirepad send 127.0.0.1:8080\n", err());
        assertEquals(2, send(GET, "https://example.test/"));
        assertTrue(err().contains("give --tls example.test:443 ("), err());
        assertTrue(err().endsWith("Host: example.test\\r\\n\\r\\n' | wirepad send --tls example.test:443\n"), err());
    }

    @Test void versionPrintsOneLineAndExitsZero() {
        assertEquals(0, main("", "--version"));
        String v = out.toString(StandardCharsets.UTF_8);
        assertTrue(v.matches("wirepad \\d+\\.\\d+\\.\\d+ \\(Java \\S+\\)\n"), v);
    }

    @Test void helpListsTheExitCodes() {
        assertEquals(0, send("", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String code : List.of(" 6  could not resolve", " 7  could not connect", "28  timeout", "35  TLS handshake failed",
                "52  the peer closed without sending a byte", "56  receive failed", "60  the server's certificate"))
            assertTrue(help.contains(code), code + " in\n" + help);
    }
}
