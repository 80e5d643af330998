package wirepad.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.net.Direction;
import wirepad.net.Ledger;

/**
 * A quick handler (echo, canned) is answered on the read loop's thread; an answer the socket does
 * not take whole goes on in a worker, and the read loop keeps serving everyone else meanwhile.
 */
class QuickAnswerTest {
    /** Far more than loopback's socket buffers take at once. */
    static final int BIG = 16 * 1024 * 1024;

    static byte[] bigReply() {
        byte[] body = new byte[BIG];
        for (int i = 0; i < body.length; i++) body[i] = (byte) ('a' + i % 26);
        return Replies.response(200, "OK", new String[][] {{"Content-Length", String.valueOf(BIG)}}, body);
    }

    @Test void echoAndCannedAreQuickTheDefaultIsNot() {
        assertTrue(new EchoHandler(EchoServerTest.FIXED).quick());
        assertTrue(new CannedHandler(new byte[0], false).quick());
        Handler plain = (request, peer) -> new Handler.Reply(new byte[0], true);
        assertEquals(false, plain.quick());
    }

    @Test void anAnswerTheClientDoesNotReadYetGoesOnWithoutStoppingOthers() throws Exception {
        byte[] reply = bigReply();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Handler h = new Handler() {
            @Override public Reply handle(wirepad.http.HttpMessage request, Peer peer) {
                return request.requestLine().target().equals("/big") ? new Reply(reply, false)
                        : new EchoHandler(EchoServerTest.FIXED).handle(request, peer);
            }

            @Override public boolean quick() { return true; }
        };
        try (HttpServer srv = HttpServer.start("quick", h, HttpServer.Options.loopback(0).withIdle(20_000), EchoServerTest.FIXED, events::add);
             Socket slow = new Socket("127.0.0.1", srv.port())) {
            slow.setSoTimeout(20_000);
            slow.getOutputStream().write("GET /big HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            slow.getOutputStream().flush();
            // The slow client reads nothing yet: its answer waits in a worker, and the read loop serves another client.
            for (int i = 0; i < 3; i++)
                assertEquals(EchoServerTest.reply("/" + i, true),
                        EchoServerTest.exchange(srv.port(), "GET /" + i + " HTTP/1.1\r\nHost: h\r\n\r\n"));
            // Now it reads: every byte of its answer, then the next request on the same connection is answered too.
            InputStream in = slow.getInputStream();
            assertArrayEquals(reply, in.readNBytes(reply.length));
            slow.getOutputStream().write("GET /after HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            byte[] want = EchoServerTest.reply("/after", true).getBytes(StandardCharsets.ISO_8859_1);
            assertArrayEquals(want, in.readNBytes(want.length));
            Ledger l = srv.ledgers().get(0);
            assertEquals(reply.length + want.length, l.total(Direction.SENT), "every byte sent is in the ledger");
            long logged = events.stream().filter(e -> e.contains(": GET /")).count();
            assertEquals(5, logged, "every request is logged: " + events);
        }
    }

    @Test void pipelinedRequestsAnsweredHereInOrderThenABrokenOneGetsItsError() throws Exception {
        try (HttpServer srv = HttpServer.start("quick", new EchoHandler(EchoServerTest.FIXED), HttpServer.Options.loopback(0),
                EchoServerTest.FIXED, null)) {
            String got = EchoServerTest.exchange(srv.port(), "GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\nGET /3 HTTP/1.1\r\nHost h\r\n\r\n");
            assertTrue(got.startsWith(EchoServerTest.reply("/1", true) + EchoServerTest.reply("/2", true) + "HTTP/1.1 400 Bad Request\r\n"), got);
            assertTrue(got.contains("of this request (byte "), got); // the offsets of the third request, and on the connection
        }
    }
}
