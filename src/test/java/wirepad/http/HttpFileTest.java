package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** .http files: separators, variables, comments, CRLF on the wire, what is added, errors by line, writing back. */
class HttpFileTest {
    static final String FILE = """
            # a comment
            @host = 127.0.0.1:8082
            @path = /widgets

            ### List
            GET http://{{host}}{{path}} HTTP/1.1
            Accept: text/html

            ### Create
            // another comment
            POST {{path}} HTTP/1.1
            Host: {{host}}
            Content-Type: application/x-www-form-urlencoded

            name=My%20Widget&color=blue&stock=20


            ###
            https://example.test/x
            """;

    @Test void parsesRequestsWithCrlfOnTheWire() {
        List<HttpFile.Request> rs = HttpFile.parse(FILE);
        assertEquals(3, rs.size());
        HttpFile.Request list = rs.get(0);
        assertEquals("List", list.name());
        assertEquals(6, list.line());
        assertEquals("127.0.0.1:8082", list.target());
        assertEquals("GET /widgets HTTP/1.1\r\nHost: 127.0.0.1:8082\r\nAccept: text/html\r\n\r\n", Parse.s(list.draft().toBytes()));
        assertTrue(list.notes().get(0).startsWith("added line 1: Host: 127.0.0.1:8082"));
        HttpFile.Request create = rs.get(1);
        assertEquals("127.0.0.1:8082", create.target(), "target from the Host field");
        assertEquals("POST /widgets HTTP/1.1\r\nHost: 127.0.0.1:8082\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 36\r\n\r\nname=My%20Widget&color=blue&stock=20", Parse.s(create.draft().toBytes()));
        assertTrue(create.notes().stream().anyMatch(n -> n.contains("Content-Length: 36")));
        HttpFile.Request third = rs.get(2);
        assertEquals("request 3", third.name());
        assertEquals("example.test:443", third.target());
        assertEquals("GET /x HTTP/1.1\r\nHost: example.test\r\n\r\n", Parse.s(third.draft().toBytes()));
        assertTrue(third.notes().stream().anyMatch(n -> n.startsWith("https URL")));
        // what is sent parses strictly, whole and byte by byte
        for (HttpFile.Request r : rs) Parse.one(Parse.req(Parse.s(r.draft().toBytes())));
    }

    @Test void bodyLinesStayLf() {
        HttpFile.Request r = HttpFile.parse("POST http://h/ HTTP/1.1\n\nline one\nline two\n\n").get(0);
        assertTrue(Parse.s(r.draft().toBytes()).endsWith("Content-Length: 17\r\n\r\nline one\nline two"));
        assertTrue(r.notes().contains("the body's line breaks are sent as LF, as written"));
    }

    @Test void errorsNameTheLine() {
        assertEquals("line 2: no variable {{nope}} (define it with @nope = value)",
                assertThrows(IllegalArgumentException.class, () -> HttpFile.parse("###\nGET http://{{nope}}/\n")).getMessage());
        assertEquals("line 2: a field line needs \"Name: value\", got \"Broken\"",
                assertThrows(IllegalArgumentException.class, () -> HttpFile.parse("GET /\nBroken\n")).getMessage());
        assertEquals("line 1: want METHOD URL [HTTP/1.1], got \"A B C D\"",
                assertThrows(IllegalArgumentException.class, () -> HttpFile.parse("A B C D\n")).getMessage());
        assertNull(HttpFile.parse("GET /x\n").get(0).target(), "no URL host and no Host field: no target");
    }

    @Test void aCrLfInTheBodyIsReadAsLfAndSaidSo() {
        Map<String, RequestDraft> drafts = new LinkedHashMap<>();
        drafts.put("one", RequestDraft.of("POST /x HTTP/1.1").add(RequestDraft.Line.of("Host", "h")).add(RequestDraft.Line.of("Content-Length", "4"))
                .withBody(Parse.b("a\r\nb")));
        List<String> problems = new ArrayList<>();
        String text = HttpFile.write(drafts, problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("read back is 3 bytes, not 4 (Content-Length: 4 will not match)")), problems::toString);
        HttpFile.Request back = HttpFile.parse(text).get(0);
        assertTrue(Parse.s(back.draft().toBytes()).endsWith("Content-Length: 4\r\n\r\na\nb"), "kept as written, not fixed behind the user's back");
        assertTrue(back.notes().stream().anyMatch(n -> n.startsWith("the body's CR before the line break on line 8 was dropped")), back.notes()::toString);
        assertTrue(back.notes().stream().anyMatch(n -> n.startsWith("Content-Length: 4 but the body is 3 bytes")), back.notes()::toString);
        // Header lines written with CRLF (a file saved on Windows) lose nothing: no note.
        HttpFile.Request win = HttpFile.parse("GET http://h/ HTTP/1.1\r\nAccept: x\r\n\r\n").get(0);
        assertEquals("GET / HTTP/1.1\r\nHost: h\r\nAccept: x\r\n\r\n", Parse.s(win.draft().toBytes()));
        assertTrue(win.notes().stream().noneMatch(n -> n.contains("CR")), win.notes()::toString);
    }

    @Test void dynamicVariablesAreAnErrorNotSentLiterally() {
        String msg = assertThrows(IllegalArgumentException.class, () -> HttpFile.parse("GET http://h/\nX-Id: {{$uuid}}\n")).getMessage();
        assertEquals("line 2: {{$uuid}}: dynamic variables like {{$uuid}} are not supported: wirepad sends only bytes you wrote"
                + " (define @name = value and use {{name}})", msg);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HttpFile.parse("POST http://h/\n\nid={{ $random.int 1 9 }}\n"))
                .getMessage().startsWith("line 3: {{$random.int 1 9}}"));
    }

    @Test void aWhitespaceOnlyLineEndsTheHeaders() {
        HttpFile.Request r = HttpFile.parse("POST http://h/ HTTP/1.1\nContent-Type: text/plain\n  \nhello\n").get(0);
        assertEquals("POST / HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello", Parse.s(r.draft().toBytes()));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("line 3 holds only whitespace: read as the empty line")), r.notes()::toString);
    }

    @Test void draftsWriteToAFileThatReadsBack() {
        Map<String, RequestDraft> drafts = new LinkedHashMap<>();
        drafts.put("one", RequestDraft.of("GET /a HTTP/1.1").add(RequestDraft.Line.of("Host", "h")));
        drafts.put("two", RequestDraft.of("POST /b HTTP/1.1").add(RequestDraft.Line.of("Host", "h"))
                .add(RequestDraft.Line.of("Content-Length", "5")).withBody("caf\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<String> problems = new ArrayList<>();
        String text = HttpFile.write(drafts, problems);
        assertEquals(List.of(), problems);
        List<HttpFile.Request> back = HttpFile.parse(text);
        assertEquals(List.of("one", "two"), back.stream().map(HttpFile.Request::name).toList());
        for (HttpFile.Request r : back) assertEquals(drafts.get(r.name()), r.draft());
        drafts.put("lf", new RequestDraft("GET / HTTP/1.1", "\n", List.of(), "\n", new byte[0]));
        HttpFile.write(drafts, problems);
        assertTrue(problems.get(0).startsWith("lf: line endings other than CRLF"));
    }

    @Test void writeNamesWhatTheFormatCannotKeep() {
        RequestDraft d = RequestDraft.of("GET  /a  HTTP/1.1").add(RequestDraft.Line.of("X", "{{x}}"))
                .withBody("line\n### not a request".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.util.List<String> problems = new java.util.ArrayList<>();
        HttpFile.write(java.util.Map.of("odd", d), problems);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                "odd: the request line's spacing is not kept (the format reads it word by word)",
                "odd: \"{{\" is read back as a variable, and fails if none has that name",
                "odd: a body line starting with ### is read back as the start of another request",
                "odd: no Content-Length: reading the file back adds one (the format always frames the body)"), problems);
    }
}
