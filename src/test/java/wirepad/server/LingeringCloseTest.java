package wirepad.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An answer sent before the request was read to its end (413, 503) reaches a client that keeps
 * sending: the server shuts its side, then reads and drops the rest until the client stops (5 s of
 * silence or 30 s in all, like nginx's lingering close), instead of closing into a reset.
 */
class LingeringCloseTest {
    HttpServer echo;
    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach void start() throws Exception {
        echo = HttpServer.start("echo", new EchoHandler(EchoServerTest.FIXED), HttpServer.Options.loopback(0).withIdle(20_000),
                EchoServerTest.FIXED, events::add);
    }

    @AfterEach void stop() { echo.close(); }

    static byte[] chunk() {
        byte[] c = new byte[65536 + 9];
        System.arraycopy(ExpectContinueTest.b("10000\r\n"), 0, c, 0, 7);
        java.util.Arrays.fill(c, 7, 7 + 65536, (byte) 'x');
        c[c.length - 2] = '\r';
        c[c.length - 1] = '\n';
        return c;
    }

    @Test void aClientThatSendsItsWholeChunkedBodyBeforeReadingGetsThe413() throws Exception {
        try (Socket s = new Socket("127.0.0.1", echo.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(ExpectContinueTest.b("POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"));
            byte[] chunk = chunk();
            // 48 MiB, more than twice the cap, written without reading: every write must go through
            for (int i = 0; i < 48 * 16; i++) out.write(chunk);
            out.write(ExpectContinueTest.b("0\r\n\r\n"));
            s.shutdownOutput();
            String got = EchoServerTest.readAll(s.getInputStream());
            assertTrue(got.startsWith("HTTP/1.1 413 Content Too Large\r\n"), got);
            assertTrue(got.contains("this server holds at most 20971520 (20 MiB) of one"), got);
        }
        waitFor(() -> seen("echo #1: read and dropped \\d+ more bytes of the request after the answer, until the peer closed its side \\(lingering close\\)"));
    }

    @Test void lingeringEndsAfterFiveSecondsOfSilence() throws Exception {
        try (Socket s = new Socket("127.0.0.1", echo.port())) {
            s.setSoTimeout(20_000);
            // over the body limit from the head: 413 at once; then some of the body, then nothing (not even a close)
            s.getOutputStream().write(ExpectContinueTest.b("POST /up HTTP/1.1\r\nHost: a\r\nContent-Length: 100000000\r\n\r\n"));
            s.getOutputStream().write(new byte[1 << 20]);
            long t0 = System.nanoTime();
            String got = EchoServerTest.readAll(s.getInputStream()); // ends at the server's half-close, right after the answer
            assertTrue(got.startsWith("HTTP/1.1 413 Content Too Large\r\n"), got);
            waitFor(() -> seen("echo #1: read and dropped \\d+ more bytes .* until 5 s of silence \\(lingering close\\)"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 4000, "closed after " + ms + " ms");
        }
    }

    boolean seen(String regex) {
        synchronized (events) {
            return events.stream().anyMatch(e -> e.matches(regex));
        }
    }

    @Test void aRefusedUploadGivesItsMemoryBackAtOnceNotWhenTheConnectionEnds() throws Exception {
        try (Socket first = new Socket("127.0.0.1", echo.port()); Socket second = new Socket("127.0.0.1", echo.port())) {
            // the first stays open and silent after its 413; the second must get a 413 of its own, not a 503 "memory full"
            for (Socket s : List.of(first, second)) {
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                out.write(ExpectContinueTest.b("POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"));
                byte[] chunk = chunk();
                long sent = 0;
                while (s.getInputStream().available() == 0 && sent < 40L * 1024 * 1024) {
                    out.write(chunk);
                    sent += chunk.length;
                }
                String got = ExpectContinueTest.readUntil(s.getInputStream(), "\r\n\r\n");
                assertTrue(got.startsWith("HTTP/1.1 413 Content Too Large\r\n"), got);
            }
        }
    }

    static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < until) Thread.sleep(20);
        assertTrue(done.getAsBoolean(), "not within 20 s");
    }

}
