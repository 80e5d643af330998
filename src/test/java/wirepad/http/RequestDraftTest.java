package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.http.RequestDraft.Line;

class RequestDraftTest {
    static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    @Test void writesExactlyWhatWasTyped() {
        RequestDraft d = RequestDraft.of("GET / HTTP/1.1").add(new Line("hOsT : a", "\n")).add(Line.of("X-B", "2"))
                .withBody(b("\u00ffz"));
        assertArrayEquals(b("GET / HTTP/1.1\r\nhOsT : a\nX-B: 2\r\n\r\n\u00ffz"), d.toBytes());
    }

    @Test void roundTripsThroughTheParser() {
        RequestDraft d = RequestDraft.of("POST /widgets HTTP/1.1").add(Line.of("Host", "lab"))
                .add(Line.of("Content-Type", "application/x-www-form-urlencoded"))
                .withBody(b("name=My%20Widget&color=blue&stock=20"));
        d = d.withContentLength().draft();
        StreamParse r = StreamParse.of(Role.REQUEST, ParserOptions.STRICT, d.toBytes());
        assertTrue(r.ok(), String.valueOf(r.error()));
        HttpMessage m = r.messages().get(0);
        assertEquals("36", m.header("Content-Length"));
        assertEquals(3, m.headers().size());
        assertEquals("Content-Length", m.headers().get(2).name());
        assertArrayEquals(d.body(), m.body());
        assertArrayEquals(d.toBytes(), m.raw());
    }

    @Test void contentLengthHelperReportsEachCase() {
        RequestDraft d = RequestDraft.of("POST / HTTP/1.1").withBody(b("hello"));
        RequestDraft.Edit added = d.withContentLength();
        assertEquals("added line 1: Content-Length: 5", added.change());
        RequestDraft.Edit same = added.draft().withContentLength();
        assertSame(added.draft(), same.draft());
        assertTrue(same.change().startsWith("nothing changed"), same.change());
        RequestDraft wrong = d.add(new Line("content-length: 99", "\r\n"));
        RequestDraft.Edit fixed = wrong.withContentLength();
        assertEquals("changed line 1: content-length: 99 -> content-length: 5", fixed.change());
        assertEquals("content-length: 5", fixed.draft().fields().get(0).text());
    }

    @Test void contentLengthHelperSetsEveryLineAndNamesEach() {
        RequestDraft d = RequestDraft.of("POST / HTTP/1.1").add(Line.of("Host", "h")).add(Line.of("Content-Length", "9"))
                .add(Line.of("Content-Length", "5")).add(new Line("Content-length: 7", "\n")).withBody(b("hello"));
        RequestDraft.Edit e = d.withContentLength();
        assertEquals("changed line 2: Content-Length: 9 -> Content-Length: 5\n"
                + "changed line 4: Content-length: 7 -> Content-length: 5\n"
                + "left line 3 already says Content-Length: 5", e.change());
        assertEquals(List.of("Host: h", "Content-Length: 5", "Content-Length: 5", "Content-length: 5"),
                e.draft().fields().stream().map(Line::text).toList());
        assertEquals("\n", e.draft().fields().get(3).eol(), "each line keeps its own line end");
        RequestDraft.Edit again = e.draft().withContentLength();
        assertSame(e.draft(), again.draft());
        assertEquals("nothing changed: line 2 already says Content-Length: 5\nleft line 3 already says Content-Length: 5\n"
                + "left line 4 already says Content-length: 5", again.change());
    }

    @Test void contentLengthHelperWarnsAboutTransferEncoding() {
        RequestDraft d = RequestDraft.of("POST / HTTP/1.1").add(Line.of("Host", "h")).add(Line.of("Transfer-Encoding", "chunked"))
                .withBody(b("0\r\n\r\n"));
        RequestDraft.Edit e = d.withContentLength();
        assertEquals("added line 3: Content-Length: 5\n"
                + "warning: line 2 says Transfer-Encoding: chunked: with both, Transfer-Encoding frames the body and Content-Length"
                + " is ignored, or the request is refused as smuggling (RFC 9112 §6.1, §6.3 rule 3)", e.change());
        assertEquals(3, e.draft().fields().size());
    }

    @Test void contentLengthHelperShowsOddBytesEscaped() {
        RequestDraft d = RequestDraft.of("POST / HTTP/1.1").add(new Line("Content-Length: 1\u00a0", "\r\n")).withBody(b("ab"));
        assertEquals("changed line 1: Content-Length: 1\\xa0 -> Content-Length: 2", d.withContentLength().change());
    }

    @Test void hostHelperAddsFirstOrLeavesAlone() {
        RequestDraft d = RequestDraft.of("GET / HTTP/1.1").add(Line.of("Accept", "*/*"));
        RequestDraft.Edit e = d.withHost("127.0.0.1:8080");
        assertEquals("added line 1: Host: 127.0.0.1:8080", e.change());
        assertEquals("Host: 127.0.0.1:8080", e.draft().fields().get(0).text());
        assertTrue(e.draft().withHost("x").change().startsWith("nothing changed"));
    }

    @Test void editsByPosition() {
        RequestDraft d = RequestDraft.of("GET / HTTP/1.1").add(Line.of("A", "1")).add(Line.of("B", "2")).add(Line.of("C", "3"));
        assertEquals("C", d.move(2, 0).fields().get(0).name());
        assertEquals(2, d.remove(1).fields().size());
        assertEquals("X", d.insert(1, Line.of("X", "9")).fields().get(1).name());
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> d.remove(5));
        assertEquals("line 6 does not exist (there are lines 1..3)", e.getMessage());
    }

    @Test void lineNameAndValue() {
        Line l = new Line("Host :  a b  ", "\r\n");
        assertEquals("Host ", l.name());
        assertEquals("a b", l.value());
        assertEquals("no colon", new Line("no colon", "\r\n").name());
    }
}
