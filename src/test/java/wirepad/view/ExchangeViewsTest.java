package wirepad.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.http.ParserOptions;
import wirepad.net.Connection;
import wirepad.net.Direction;
import wirepad.net.Exchange;
import wirepad.net.ExchangeLog;
import wirepad.server.CannedHandler;
import wirepad.server.EchoHandler;
import wirepad.server.HttpServer;

/** Views of real exchanges with loopback servers this test starts. */
class ExchangeViewsTest {
    static ExchangeLog exchange(HttpServer s, byte[] request, int idleMs) throws Exception {
        try (Connection c = Connection.open("127.0.0.1", s.port(), Connection.Options.DEFAULT.withTimeouts(3000, idleMs))) {
            Exchange.Result r = Exchange.run(c, List.of(request), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            return new ExchangeLog(1, c.target(), List.of(request), c.ledger(), r, c.connectNanos(), 0, 0,
                    (int) c.ledger().total(Direction.SENT));
        }
    }

    @Test void aPipelinedRequestWirepadCannotParseIsStillAnswered() throws Exception {
        byte[] two = Offline.b("GET /q HTTP/1.1\r\nHost: x\r\n\r\nGET /caf\u00c3\u00a9 HTTP/1.1\r\nHost: x\r\n\r\n");
        try (HttpServer s = HttpServer.start("echo", new EchoHandler(Clock.systemUTC()), HttpServer.Options.loopback(0), Clock.systemUTC(), null)) {
            ExchangeLog x = exchange(s, two, 5000);
            Exchange.Result r = x.result();
            assertEquals(2, r.responses().size(), r.stopped());
            assertEquals(400, r.responses().get(1).status());
            assertTrue(r.complete());
            assertEquals(0, r.leftover());
            assertFalse(r.reusable(), "the server said Connection: close");
            String curl = CurlView.render(x);
            assertTrue(curl.contains("* wirepad could not parse request 2 (the last 32 bytes): byte 36: invalid byte \"\\xc3\""), curl);
            assertTrue(curl.contains("\n< HTTP/1.1 400 Bad Request\n"), curl);
            assertTrue(curl.matches("(?s).*\\* Connection clos(ing|ed \\([a-z ]+\\)): Connection: close.*"), curl);
            assertFalse(curl.contains("incomplete") || curl.contains("answer nothing") || curl.contains("left intact"), curl);
            String side = String.join("\n", SideBySide.parsed(x));
            assertTrue(side.contains("response 2\nstatus    HTTP/1.1 400 Bad Request"), side);
            assertTrue(side.contains("sent      wirepad could not parse request 2"), side);
        }
    }

    @Test void anIncompleteResponseShowsItsParsedHead() throws Exception {
        byte[] reply = Offline.b("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort");
        try (HttpServer s = HttpServer.start("canned", new CannedHandler(reply, false), HttpServer.Options.loopback(0), Clock.systemUTC(), null)) {
            ExchangeLog x = exchange(s, Offline.b("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), 300);
            assertEquals("stopped: timed out after 5 of 10 body bytes (idle-timeout 300 ms)", x.result().stopped());
            List<String> side = SideBySide.parsed(x);
            assertTrue(side.contains("response (incomplete)"), side.toString());
            assertTrue(side.contains("status    HTTP/1.1 200 OK"), side.toString());
            assertTrue(side.contains("          1  Content-Length  10"), side.toString());
            assertTrue(side.contains("framing   Content-Length: 10 -> body is the next 10 bytes (RFC 9112 §6.3 rule 6)"), side.toString());
            assertTrue(side.contains("body      5 of 10 bytes so far"), side.toString());
            String curl = CurlView.render(x);
            assertTrue(curl.contains("* 44 bytes of an incomplete response:\n< HTTP/1.1 200 OK\n< Content-Length: 10\n< \nshort\n"), curl);
        }
    }

    @Test void bytesAfterTheLastResponseAreCalledOutOfStepNotIncomplete() throws Exception {
        byte[] reply = Offline.b("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nho");
        try (HttpServer s = HttpServer.start("canned", new CannedHandler(reply, false), HttpServer.Options.loopback(0), Clock.systemUTC(), null)) {
            ExchangeLog x = exchange(s, Offline.b("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), 3000);
            org.junit.jupiter.api.Assumptions.assumeTrue(x.result().leftover() > 0, "the extra answer came in a later read");
            String curl = CurlView.render(x);
            assertTrue(curl.contains("* 40 bytes that answer no request (the connection is out of step):"), curl);
            assertTrue(curl.matches("(?s).*\\* Connection clos(ing|ed \\([a-z ]+\\)): bytes came that answer no request, so the next response could not be told apart\n"), curl);
        }
    }
}
