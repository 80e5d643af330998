package wirepad.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** curl and flow views: a head line ending in a bare LF is marked ␊; CRLF and body text stay as curl and tcpflow print them. */
class LineEndsTest {
    static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nab\ncd\n";

    @Test void textLinesMarkOnlyWhereTold() {
        byte[] b = Offline.b("a\r\nb\nc\rd\n");
        assertEquals(List.of("a", "b␊", "c␍d␊"), TextLines.of(b, 0, b.length, TextLines.FRAMING));
        assertEquals(List.of("a", "b", "c␍d"), TextLines.of(b, 0, b.length, TextLines.FREE));
        assertEquals(List.of("a", "b␊", "c␍d"), TextLines.of(b, 0, b.length, i -> i < 5), "only the LF at index 4 is framing");
    }

    @Test void flowMarksABareLfInARequestHeadButNotInABody() {
        String flow = FlowView.render(Offline.ledger("GET /lf HTTP/1.1\nHost: x\r\n\r\n", OK), 0, Long.MAX_VALUE, 0, Long.MAX_VALUE);
        assertEquals("""
                127.0.0.1.40138-127.0.0.1.08080: GET /lf HTTP/1.1␊
                Host: x


                127.0.0.1.08080-127.0.0.1.40138: HTTP/1.1 200 OK
                Content-Length: 6

                ab
                cd
                """, flow);
    }

    @Test void flowOfCrlfOnlyIsUnmarked() {
        String flow = FlowView.render(Offline.ledger("GET / HTTP/1.1\r\nHost: x\r\n\r\n", OK), 0, Long.MAX_VALUE, 0, Long.MAX_VALUE);
        assertTrue(!flow.contains("␊") && !flow.contains("␍"), flow);
    }

    @Test void flowMarksChunkSizeLinesAndTheHeadOfAResponse() {
        String got = "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\r\n\r\n3\nab\n\r\n0\r\n\r\n";
        String flow = FlowView.render(Offline.ledger("GET / HTTP/1.1\r\nHost: x\r\n\r\n", got), 0, Long.MAX_VALUE, 0, Long.MAX_VALUE);
        assertTrue(flow.contains(": HTTP/1.1 200 OK␊\nTransfer-Encoding: chunked\n\n3␊\nab\n\n0\n"), flow);
    }

    @Test void aResponseToHeadHasNoBodySoTheNextHeadIsStillAHead() {
        String sent = "HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n";
        String got = "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n" + "HTTP/1.1 200 OK\nContent-Length: 6\r\n\r\nab\ncd\n";
        String flow = FlowView.render(Offline.ledger(sent, got), 0, Long.MAX_VALUE, 0, Long.MAX_VALUE);
        assertTrue(flow.contains("\nHTTP/1.1 200 OK␊\nContent-Length: 6\n\nab\ncd\n"), flow);
    }

    @Test void curlMarksABareLfInTheRequestAndResponseHeads() {
        String curl = CurlView.render(Offline.exchange("GET /c HTTP/1.1\nHost: x\r\n\r\n", "HTTP/1.1 200 OK\nContent-Length: 6\r\n\r\nab\ncd\n"));
        assertTrue(curl.contains("\n> GET /c HTTP/1.1␊\n> Host: x\n> \n"), curl);
        assertTrue(curl.contains("\n< HTTP/1.1 200 OK␊\n< Content-Length: 6\n< \nab\ncd\n"), curl);
        String clean = CurlView.render(Offline.exchange("GET /c HTTP/1.1\r\nHost: x\r\n\r\n", OK));
        assertTrue(!clean.contains("␊"), clean);
    }
}
