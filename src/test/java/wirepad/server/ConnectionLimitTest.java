package wirepad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.net.NetException;

/** Over the connection cap the server answers 503 and says why, instead of closing without a word. */
class ConnectionLimitTest {
    @Test void theConnectionOverTheLimitGetsA503NamingTheLimit() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.start("echo", new EchoHandler(EchoServerTest.FIXED),
                HttpServer.Options.loopback(0).withMaxConnections(2), EchoServerTest.FIXED, events::add);
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.setSoTimeout(5000);
                held.add(s);
                // a full exchange proves the server has taken the connection (its slot is in use)
                s.getOutputStream().write("GET /held HTTP/1.1\r\nHost: a\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                byte[] b = new byte[EchoServerTest.reply("/held", true).length()];
                int got = 0;
                while (got < b.length) {
                    int n = s.getInputStream().read(b, got, b.length - got);
                    if (n < 0) break;
                    got += n;
                }
                assertEquals(EchoServerTest.reply("/held", true), new String(b, 0, got, StandardCharsets.UTF_8));
            }
            String third = exchange(server.port(), "GET /third HTTP/1.1\r\nHost: a\r\n\r\n");
            assertTrue(third.startsWith("HTTP/1.1 503 Service Unavailable\r\nDate: Wed, 22 May 2019 04:06:21 GMT\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n"), third);
            assertTrue(third.contains("\r\nConnection: close\r\n\r\n503 Service Unavailable: this server already has 2 connections open,"
                    + " its limit; this one is closed."), third);
            assertTrue(third.endsWith("(wirepad serve --max-connections N raises the limit).\n"), third);
            assertTrue(events.stream().anyMatch(e -> e.startsWith("answered 503 to a connection from /127.0.0.1:")
                    && e.endsWith(": 2 connections open, the limit (wirepad serve --max-connections N)")), events.toString());
            held.remove(0).close();
            // a slot is free again once the server has seen the close: bounded retries, no fixed sleep
            String again = "";
            for (int i = 0; i < 50 && !again.startsWith("HTTP/1.1 200"); i++) {
                again = exchange(server.port(), "GET /again HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
                if (!again.startsWith("HTTP/1.1 200")) Thread.sleep(100);
            }
            assertTrue(again.startsWith("HTTP/1.1 200 OK"), again);
        } finally {
            for (Socket s : held) s.close();
            server.close();
        }
    }

    @Test void aLimitBelowOneIsRefused() {
        NetException e = assertThrows(NetException.class, () -> HttpServer.start("echo", new EchoHandler(EchoServerTest.FIXED),
                HttpServer.Options.loopback(0).withMaxConnections(0), EchoServerTest.FIXED, x -> { }));
        assertEquals("the connection limit must be 1 or more, not 0", e.getMessage());
    }

    @Test void aBindAddressThatIsNotThisMachinesSaysSo() throws Exception {
        // TEST-NET-2 (RFC 5737): reserved for documentation, never assigned to an interface
        HttpServer.Options o = HttpServer.Options.loopback(0).withBind("198.51.100.7");
        assertEquals(" (198.51.100.7 is not an address of this machine; 127.0.0.1 is loopback only, 0.0.0.0 every interface)",
                HttpServer.bindHint(InetAddress.getByName("198.51.100.7"), o));
        assertEquals(" (is another server using it? port 0 picks a free one)",
                HttpServer.bindHint(InetAddress.getByName("127.0.0.1"), HttpServer.Options.loopback(8080)));
        NetException e = assertThrows(NetException.class, () -> HttpServer.start("echo", new EchoHandler(EchoServerTest.FIXED),
                o, EchoServerTest.FIXED, x -> { }));
        assertTrue(e.getMessage().startsWith("cannot listen on 198.51.100.7:0: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("is not an address of this machine; 127.0.0.1 is loopback only, 0.0.0.0 every interface)"),
                e.getMessage());
    }

    private static String exchange(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return EchoServerTest.readAll(s.getInputStream());
        }
    }
}
