package wirepad.server.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.server.lab.LabServerTest.get;
import static wirepad.server.lab.LabServerTest.s;
import static wirepad.server.lab.LabServerTest.send;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.net.Exchange;
import wirepad.server.HttpServer;

/** Each /malformed/* endpoint sends its documented fault; strict and lenient clients see what the index page says. */
class MalformedEndpointsTest {
    HttpServer server;

    @BeforeEach void start() throws Exception { server = LabServerTest.lab(null); }

    @AfterEach void stop() { server.close(); }

    Exchange.Result strict(String path) throws Exception { return send(server, get(path), ParserOptions.STRICT); }

    Exchange.Result lenient(String path) throws Exception { return send(server, get(path), ParserOptions.LENIENT); }

    @Test void bareLf() throws Exception {
        assertEquals("RFC 9112 §2.2", strict("/malformed/bare-lf").error().rule());
        HttpMessage m = LabServerTest.only(lenient("/malformed/bare-lf"));
        assertEquals("bare LF ok!\n", s(m.body()));
    }

    @Test void obsFold() throws Exception {
        assertEquals("RFC 9112 §5.2", strict("/malformed/obs-fold").error().rule());
        assertEquals("first part second part", LabServerTest.only(lenient("/malformed/obs-fold")).header("X-Folded"));
    }

    @Test void duplicateContentLength() throws Exception {
        for (Exchange.Result r : new Exchange.Result[] {strict("/malformed/dup-cl"), lenient("/malformed/dup-cl")})
            assertEquals("RFC 9112 §6.3 rule 5", r.error().rule());
    }

    @Test void shortContentLength() throws Exception {
        Exchange.Result r = strict("/malformed/short-cl");
        assertEquals("hello", s(r.responses().get(0).body()));
        assertTrue(r.receivedTo() - r.receivedFrom() > r.responses().get(0).raw().length, "excess bytes arrived after the response");
    }

    @Test void longContentLength() throws Exception {
        Exchange.Result r = strict("/malformed/long-cl");
        assertNotNull(r.error());
        assertTrue(r.error().message().contains("20 of 100 body bytes"), r.error().message());
        assertFalse(r.complete());
    }

    @Test void badChunk() throws Exception {
        Exchange.Result r = strict("/malformed/bad-chunk");
        assertEquals("RFC 9112 §7.1", r.error().rule());
        assertTrue(r.error().message().contains("is the chunk-size wrong?"));
    }

    @Test void closeSilently() throws Exception {
        Exchange.Result r = strict("/malformed/close-silently");
        assertEquals("stopped: peer closed without sending a response", r.stopped());
        assertEquals(0, r.receivedTo());
    }

    @Test void http09() throws Exception {
        Exchange.Result r = strict("/malformed/http09");
        assertNotNull(r.error(), r.stopped());
        assertTrue(r.responses().isEmpty());
    }
}
