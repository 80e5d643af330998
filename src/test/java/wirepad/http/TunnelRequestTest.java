package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A CONNECT request ends the HTTP/1.1 stream (RFC 9110 §9.3.6), and so does a request asking to
 * upgrade (RFC 9110 §7.8): what follows is tunnel data, never parsed as another request.
 */
class TunnelRequestTest {
    private static final String CONNECT = "CONNECT a.test:443 HTTP/1.1\r\nHost: a.test:443\r\n\r\n";

    @Test
    void bytesAfterAConnectRequestAreTunnelDataNotARequest() {
        String in = CONNECT + "GET / HTTP/1.1\r\nHost: a\r\n\r\n\u0016\u0003\u0001";
        StreamParse r = Parse.req(in);
        HttpMessage m = Parse.one(r);
        assertEquals(Framing.Kind.TUNNEL, m.framing().kind());
        assertTrue(m.framing().reason().contains("tunnel data") && m.framing().reason().contains("RFC 9110 §9.3.6"), m.framing().reason());
        assertFalse(m.keepAlive());
        assertEquals(CONNECT.length(), r.tunnelAt());
        assertEquals(CONNECT.length(), r.consumed());
        assertTrue(r.complete());
    }

    @Test
    void aConnectRequestWithContentLengthIgnoresItWithANote() {
        String in = "CONNECT a.test:443 HTTP/1.1\r\nHost: a.test:443\r\nContent-Length: 5\r\n\r\nhello";
        StreamParse r = Parse.req(in);
        HttpMessage m = Parse.one(r);
        assertEquals(0, m.body().length);
        Parse.assertDiag(m, "RFC 9110 §9.3.6", "on a CONNECT request ignored");
        assertEquals(in.length() - 5, r.tunnelAt());
    }

    @Test
    void anUpgradeRequestIsReadWithItsBodyThenTheRestIsTheNewProtocol() {
        String head = "GET /chat HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\nContent-Length: 2\r\n\r\nhi";
        StreamParse r = Parse.req(head + "\u0081\u0005hello");
        HttpMessage m = Parse.one(r);
        assertEquals("hi", Parse.s(m.body()));
        Parse.assertDiag(m, "RFC 9110 §7.8", "Upgrade: websocket -> if the server answers 101");
        assertEquals(head.length(), r.tunnelAt());
        // a pipelined request after it is not parsed either: only the server's answer could tell
        assertEquals(head.length(), Parse.req(head + "GET / HTTP/1.1\r\nHost: a\r\n\r\n").tunnelAt());
    }

    @Test
    void upgradeWithoutTheConnectionOptionOrInHttp10DoesNotSwitch() {
        String noOption = "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n\r\n";
        assertEquals(2, Parse.req(noOption + noOption).messages().size());
        String http10 = "GET / HTTP/1.0\r\nUpgrade: websocket\r\nConnection: upgrade, keep-alive\r\n\r\n";
        StreamParse r = Parse.req(http10 + http10);
        assertEquals(2, r.messages().size(), "a server MUST ignore Upgrade in an HTTP/1.0 request (RFC 9110 §7.8)");
        assertEquals(-1, r.tunnelAt());
    }

    @Test
    void theParserReportsATunnelForEveryCallAfter() {
        MessageParser p = new MessageParser(Role.REQUEST, ParserOptions.STRICT);
        p.feed(Parse.b(CONNECT + "GET / HTTP/1.1\r\n\r\n"));
        assertTrue(p.next() instanceof ParseResult.Done);
        ParseResult t = p.next();
        assertTrue(t instanceof ParseResult.Tunnel tt && tt.offset() == CONNECT.length() && tt.remaining() == 18, t::toString);
        assertNull(t instanceof ParseResult.Failed f ? f.error() : null);
    }
}
