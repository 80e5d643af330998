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
