package wirepad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EchoServerTest {
    static final Clock FIXED = Clock.fixed(Instant.parse("2019-05-22T04:06:21Z"), ZoneOffset.UTC);
    HttpServer server;
    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach void start() throws Exception {
        server = HttpServer.start("echo", new EchoHandler(FIXED), HttpServer.Options.loopback(0).withIdle(1500), FIXED, events::add);
    }

    @AfterEach void stop() { server.close(); }

    /** Writes bytes, half-closes, reads everything until the server closes (bounded by a 5 s timeout). */
    String exchange(String request) throws IOException { return exchange(server.port(), request); }

    static String exchange(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.shutdownOutput();
            return readAll(s.getInputStream());
        }
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static final String SEED_REPLY = reply("/", true);

    static String reply(String path, boolean body) {
        String b = "You have requested: " + path + "\n";
        return "HTTP/1.1 200 OK\r\nDate: Wed, 22 May 2019 04:06:21 GMT\r\nContent-Length: " + b.length() + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + (body ? b : "");
    }

    @Test void answersLikeTheSeedsPerlServer() throws IOException {
        assertEquals(SEED_REPLY, exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: curl/7.61.1\r\nAccept: */*\r\n\r\n"));
    }

    @Test void pathWithoutQueryAndAbsoluteForm() throws IOException {
        assertTrue(exchange("GET /a/b?x=1 HTTP/1.1\r\nHost: h\r\n\r\n").endsWith("Content-Length: 25\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nYou have requested: /a/b\n"));
        assertTrue(exchange("GET http://h:1/p?q HTTP/1.1\r\nHost: h\r\n\r\n").endsWith("You have requested: /p\n"));
    }

    @Test void pipelinedRequestsAnsweredInOrderAndHeadHasNoBody() throws IOException {
        String got = exchange("GET /1 HTTP/1.1\r\nHost: h\r\n\r\nHEAD /2 HTTP/1.1\r\nHost: h\r\n\r\nGET /3 HTTP/1.1\r\nHost: h\r\n\r\n");
        assertEquals(reply("/1", true) + reply("/2", false) + reply("/3", true), got);
    }

    @Test void keepAliveServesSeveralRequestsOnOneConnection() throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            for (int i = 0; i < 3; i++) {
                s.getOutputStream().write(("GET /" + i + " HTTP/1.1\r\nHost: h\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                byte[] want = reply("/" + i, true).getBytes(StandardCharsets.ISO_8859_1);
                assertEquals(new String(want, StandardCharsets.ISO_8859_1),
                        new String(s.getInputStream().readNBytes(want.length), StandardCharsets.ISO_8859_1));
            }
        }
        assertEquals(1, server.ledgers().size());
    }

    @Test void malformedRequestGets400ExplainingTheByteThenClose() throws IOException {
        String got = exchange("GET / HTTP/1.1\r\nHost : a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n");
        assertTrue(got.startsWith("HTTP/1.1 400 Bad Request\r\n"), got);
        assertTrue(got.contains("Connection: close\r\n"), got);
        assertTrue(got.contains("byte 20: whitespace between field name and colon \"Host :\""), got);
        assertTrue(got.contains("(RFC 9112 §5.1)"), got);
        assertTrue(got.contains("Host : a␍␊\n    ^ byte 20"), got);
        assertEquals(1, got.split("HTTP/1.1 ", -1).length - 1, "second request must not be answered: " + got);
    }

    @Test void bareLfIsRejectedToo() throws IOException {
        String got = exchange("GET / HTTP/1.1\nHost: a\n\n");
        assertTrue(got.contains("byte 14: bare LF"), got);
    }

    @Test void http10ClosesAfterOneResponseAndSaysSo() throws IOException {
        String got = exchange("GET / HTTP/1.0\r\n\r\nGET /again HTTP/1.0\r\n\r\n");
        assertEquals(SEED_REPLY.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"), got);
    }

    @Test void idleConnectionIsClosed() throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            long t0 = System.nanoTime();
            assertEquals(-1, s.getInputStream().read());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 1000 && ms < 4900, "closed after " + ms + " ms");
        }
    }

    @Test void partialRequestThenIdleGets408() throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write("GET / HT".getBytes(StandardCharsets.ISO_8859_1));
            assertTrue(readAll(s.getInputStream()).startsWith("HTTP/1.1 408 Request Timeout\r\n"));
        }
    }

    @Test void manyConnectionsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                all.add(pool.submit(() -> exchange("GET /" + n + " HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")));
            }
            for (int i = 0; i < all.size(); i++) assertTrue(all.get(i).get(10, TimeUnit.SECONDS).endsWith("You have requested: /" + i + "\n"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test void logsEachRequestTcpflowStyle() throws IOException {
        exchange("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        String e = events.get(0);
        assertTrue(e.matches("127\\.0\\.0\\.1\\.\\d{5}-127\\.0\\.0\\.1\\.\\d{5}: GET / HTTP/1\\.1␍␊\nHost: h␍␊\n␍␊\n"), e);
    }

    @Test void aClientThatDoesNotReadCannotHoldAServerThread() throws Exception {
        byte[] huge = new byte[30 * 1024 * 1024];
        byte[] head = "HTTP/1.1 200 OK\r\nContent-Length: 31457280\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] reply = new byte[head.length + huge.length];
        System.arraycopy(head, 0, reply, 0, head.length);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        try (HttpServer big = HttpServer.start("canned", new CannedHandler(reply, false), HttpServer.Options.loopback(0).withIdle(300), FIXED, seen::add);
             Socket s = new Socket("127.0.0.1", big.port())) {
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            long t0 = System.nanoTime();
            while (seen.stream().noneMatch(e -> e.contains("the peer took no bytes for 300 ms")) && System.nanoTime() - t0 < 5_000_000_000L)
                Thread.sleep(50);
            assertTrue(seen.stream().anyMatch(e -> e.contains("the peer took no bytes for 300 ms (it is not reading)")), seen.toString());
        }
    }

    @Test void anErrorInAPipelinedRequestGivesBothOffsets() throws IOException {
        String got = exchange("GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /  HTTP/1.1\r\nHost: a\r\n\r\n");
        assertTrue(got.contains("400 Bad Request: byte 6 of this request (byte 33 on the connection): more than one SP"), got);
    }
}
