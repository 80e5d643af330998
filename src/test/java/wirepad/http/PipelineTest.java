package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.req;
import static wirepad.http.Parse.s;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Several messages in one stream: 1xx interim responses and pipelined requests. */
class PipelineTest {
    @Test
    void continueThenFinalResponse() {
        String in = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        StreamParse r = Parse.resp(in);
        assertEquals(2, r.messages().size());
        HttpMessage interim = r.messages().get(0), fin = r.messages().get(1);
        assertEquals(100, interim.status());
        assertEquals(Framing.Kind.NONE, interim.framing().kind());
        assertEquals(25, interim.span().end());
        assertEquals(200, fin.status());
        assertEquals(25, fin.span().start());
        assertEquals("ok", s(fin.body()));
        assertTrue(r.complete());
        assertEquals(in.length(), r.consumed());
    }

    @Test
    void interimResponsesDoNotUseUpTheHeadMethod() {
        String in = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </s.css>\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n";
        StreamParse r = Parse.both(Role.RESPONSE, ParserOptions.STRICT, in, false, "HEAD");
        assertEquals(3, r.messages().size());
        assertEquals("100 interim response -> no body (RFC 9112 §6.3 rule 1)", r.messages().get(0).framing().reason());
        HttpMessage fin = r.messages().get(2);
        assertEquals(0, fin.body().length);
        assertTrue(fin.framing().reason().startsWith("response to HEAD"), fin.framing().reason());
        assertTrue(r.complete());
    }

    @Test
    void threePipelinedRequests() {
        String a = "GET /1 HTTP/1.1\r\nHost: h\r\n\r\n";
        String b = "POST /2 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc";
        String c = "DELETE /3 HTTP/1.1\r\nHost: h\r\n\r\n";
        StreamParse r = req(a + b + c);
        List<HttpMessage> ms = r.messages();
        assertEquals(3, ms.size());
        assertEquals(List.of("/1", "/2", "/3"), ms.stream().map(m -> m.requestLine().target()).toList());
        assertEquals(0, ms.get(0).span().start());
        assertEquals(a.length(), ms.get(1).span().start());
        assertEquals(a.length() + b.length(), ms.get(2).span().start());
        assertEquals("abc", s(ms.get(1).body()));
        assertEquals((a + b + c).length(), r.consumed());
        assertTrue(r.complete());
        assertNull(r.waiting());
    }

    @Test
    void pipelineWithAnIncompleteLastRequest() {
        String a = "GET /1 HTTP/1.1\r\nHost: h\r\n\r\n";
        StreamParse r = req(a + a + "GET /3 HT");
        assertEquals(2, r.messages().size());
        assertEquals(2 * a.length(), r.consumed());
        assertFalse(r.complete());
        assertEquals("the rest of the request-line", r.waiting());
    }

    @Test
    void errorInTheSecondRequestKeepsTheFirst() {
        String a = "GET /1 HTTP/1.1\r\nHost: h\r\n\r\n";
        StreamParse r = req(a + "GET /2 HTTP/1.1\r\nHost : h\r\n\r\n");
        assertEquals(1, r.messages().size());
        assertEquals(a.length(), r.consumed());
        assertEquals(a.length() + 21, Parse.error(r).offset());
    }

    @Test
    void pipelinedResponsesEachWithTheirFraming() {
        String in = "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nA"
                + "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nB\r\n0\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\n\r\n"
                + "HTTP/1.1 200 OK\r\n\r\nrest";
        StreamParse r = Parse.respEof(in);
        assertEquals(List.of("A", "B", "", "rest"), r.messages().stream().map(m -> s(m.body())).toList());
        assertTrue(r.complete());
    }
}
