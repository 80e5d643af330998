package wirepad.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines and the cost of waiting connections: slow heads get 408, idle crowds cost no threads. */
class SlowClientsTest {
    @Test void aHeadTrickledByteByByteGets408AtTheHeadDeadline() throws Exception {
        List<String> events = new ArrayList<>();
        try (HttpServer srv = HttpServer.start("echo", new EchoHandler(EchoServerTest.FIXED),
                HttpServer.Options.loopback(0).withIdle(10_000).withHeadTimeout(600), EchoServerTest.FIXED, e -> {
                    synchronized (events) { events.add(e); }
                });
             Socket s = new Socket("127.0.0.1", srv.port())) {
            s.setSoTimeout(200);
            long t0 = System.nanoTime();
            byte[] head = "GET / HTTP/1.1\r\nHost: a\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes(StandardCharsets.ISO_8859_1);
            StringBuilder got = new StringBuilder();
            // one byte every 100 ms: never idle for long, but the whole head is late (bounded: 10 s)
            for (int i = 0; got.indexOf("\r\n\r\n") < 0 && System.nanoTime() - t0 < 10_000_000_000L; i++) {
                try {
                    if (i < head.length) s.getOutputStream().write(head[i]);
                } catch (IOException closed) {
                    break;
                }
                try {
                    int n = s.getInputStream().read();
                    if (n < 0) break;
                    got.append((char) n);
                    while (s.getInputStream().available() > 0) got.append((char) s.getInputStream().read());
                } catch (java.net.SocketTimeoutException e) {
                    // nothing yet
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(got.toString().startsWith("HTTP/1.1 408 Request Timeout\r\n"), got.toString());
            assertTrue(ms >= 500 && ms < 9000, "408 after " + ms + " ms");
            synchronized (events) {
                assertTrue(events.stream().anyMatch(e -> e.matches("echo #1: the head was not complete 600 ms after its first byte \\(\\d+ bytes,"
                        + " no empty line yet\\) -> answered 408, closing")), events.toString());
            }
        }
    }

    /** Sends a head and then the body in pieces of {@code piece} bytes every {@code everyMs}; returns what came back (bounded: 15 s). */
    static String trickleBody(HttpServer srv, int length, int piece, int everyMs) throws Exception {
        try (Socket s = new Socket("127.0.0.1", srv.port())) {
            s.setSoTimeout(15_000);
            s.getOutputStream().write(("POST /up HTTP/1.1\r\nHost: a\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            long t0 = System.nanoTime();
            try {
                for (int sent = 0; sent < length && s.getInputStream().available() == 0 && System.nanoTime() - t0 < 15_000_000_000L; sent += piece) {
                    s.getOutputStream().write(new byte[Math.min(piece, length - sent)]);
                    Thread.sleep(everyMs);
                }
            } catch (IOException closed) {
                // the answer tells
            }
            return EchoServerTest.readAll(s.getInputStream());
        }
    }

    @Test void aBodySlowerThanTheMinimumRateGets408AfterItsDeadline() throws Exception {
        List<String> events = new ArrayList<>();
        try (HttpServer srv = HttpServer.start("echo", new EchoHandler(EchoServerTest.FIXED),
                HttpServer.Options.loopback(0).withIdle(10_000).withBodyDeadline(800, 1000), EchoServerTest.FIXED, e -> {
                    synchronized (events) { events.add(e); }
                })) {
            long t0 = System.nanoTime();
            // 10 bytes every 100 ms: never idle, but 100 bytes a second where 1000 are wanted after the first 800 ms
            String got = trickleBody(srv, 100_000, 10, 100);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(got.startsWith("HTTP/1.1 408 Request Timeout\r\n"), got);
            assertTrue(got.matches("(?s).*\r\n\r\n408 Request Timeout: the body came too slowly: \\d+ bytes in \\d+ ms after the head\\."
                    + " This server gives a body 800 ms, plus 1 s for every 1000 bytes that come \\(at least 1000 bytes a second on average;"
                    + " wirepad serve --body-rate N changes it\\)\n"), got);
            assertTrue(ms >= 700 && ms < 14_000, "408 after " + ms + " ms");
            synchronized (events) {
                assertTrue(events.stream().anyMatch(e -> e.matches("echo #1: the body came too slowly \\(\\d+ bytes in \\d+ ms after the head;"
                        + " at least 1000 bytes a second after the first 800 ms\\) -> answered 408, closing")), events.toString());
            }
        }
    }

    @Test void aBodyAtAFairPaceOrWithNoMinimumRateIsRead() throws Exception {
        try (HttpServer fair = HttpServer.start("echo", new EchoHandler(EchoServerTest.FIXED),
                HttpServer.Options.loopback(0).withIdle(10_000).withBodyDeadline(800, 1000), EchoServerTest.FIXED, null);
             HttpServer off = HttpServer.start("echo", new EchoHandler(EchoServerTest.FIXED),
                HttpServer.Options.loopback(0).withIdle(10_000).withBodyDeadline(300, 0), EchoServerTest.FIXED, null)) {
            // 2 000 bytes every 50 ms is 40 000 a second, far above the 1 000 wanted: the deadline moves ahead of the body
            assertTrue(trickleBody(fair, 40_000, 2000, 50).startsWith("HTTP/1.1 200 OK\r\n"));
            // rate 0: no body deadline, only the idle timeout; 10 bytes every 100 ms for 1.2 s is read to its end
            assertTrue(trickleBody(off, 120, 10, 100).startsWith("HTTP/1.1 200 OK\r\n"));
        }
    }

    @Test void manyWaitingConnectionsNeitherTakeThreadsNorStopANormalClient() throws Exception {
        try (HttpServer srv = HttpServer.start("echo", new EchoHandler(EchoServerTest.FIXED), HttpServer.Options.loopback(0),
                EchoServerTest.FIXED, null)) {
            int before = Thread.activeCount();
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    Socket s = new Socket("127.0.0.1", srv.port());
                    if (i % 2 == 0) s.getOutputStream().write("GET / HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1)); // half a head
                    idle.add(s);
                }
                try (Socket s = new Socket("127.0.0.1", srv.port())) {
                    s.setSoTimeout(5000);
                    s.getOutputStream().write("GET /normal HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    String got = EchoServerTest.readAll(s.getInputStream());
                    assertTrue(got.endsWith("You have requested: /normal\n"), got);
                }
                int threads = Thread.activeCount() - before;
                assertTrue(threads < 20, "300 waiting connections took " + threads + " threads");
            } finally {
                for (Socket s : idle) s.close();
            }
        }
    }
}
