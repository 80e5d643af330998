package wirepad.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.http.ParserOptions;
import wirepad.net.Connection;
import wirepad.net.Direction;
import wirepad.net.Exchange;
import wirepad.net.ExchangeLog;
import wirepad.server.CannedHandler;
import wirepad.server.HttpServer;

/** A response longer than a ledger keeps: views say what is gone instead of mislabelling bytes. */
class LongExchangeViewTest {
    @Test void twentyMebibyteResponse() throws Exception {
        int n = 20 * 1024 * 1024;
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Length: " + n + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] reply = Arrays.copyOf(head, head.length + n);
        Arrays.fill(reply, head.length, reply.length, (byte) 'z');
        byte[] get = "GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try (HttpServer s = HttpServer.start("canned", new CannedHandler(reply, false), HttpServer.Options.loopback(0), Clock.systemUTC(), null);
             Connection c = Connection.open("127.0.0.1", s.port(), Connection.Options.DEFAULT)) {
            Exchange.Result r = Exchange.run(c, List.of(get), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals(n, r.responses().get(0).body().length);
            ExchangeLog x = new ExchangeLog(1, "t", List.of(get), c.ledger(), r, 0, 0, 0, (int) c.ledger().total(Direction.SENT));
            assertTrue(x.missing() > 0);
            String curl = CurlView.render(x);
            assertTrue(curl.contains("bytes of this exchange are no longer kept"), curl.substring(0, 300));
            assertTrue(curl.contains("\n< HTTP/1.1 200 OK\n< Content-Length: " + n + "\n"), "the status line comes from the parser, complete");
            assertTrue(HexView.render(x).startsWith("(" + x.missing() + " bytes of this exchange are no longer kept"));
        }
    }
}
