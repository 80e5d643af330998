package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.assertDiag;
import static wirepad.http.Parse.at;
import static wirepad.http.Parse.error;
import static wirepad.http.Parse.one;
import static wirepad.http.Parse.s;

import org.junit.jupiter.api.Test;
import wirepad.http.Framing.Kind;

/** One test per row of the request-smuggling teaching set (research notes §4), in both profiles. */
class SmugglingTableTest {
    private static final String POST = "POST / HTTP/1.1\r\nHost: h\r\n";

    private static StreamParse strict(String in) { return Parse.both(Role.REQUEST, ParserOptions.STRICT, in, false, null); }

    private static StreamParse lenient(String in) { return Parse.both(Role.REQUEST, ParserOptions.LENIENT, in, false, null); }

    private static StreamParse[] bothProfiles(String in) { return new StreamParse[] {strict(in), lenient(in)}; }

    @Test
    void clTe() {
        String in = POST + "Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG";
        for (StreamParse r : bothProfiles(in)) {
            HttpMessage m = r.messages().get(0);
            assertEquals(Kind.CHUNKED, m.framing().kind());
            assertDiag(m, "RFC 9112 §6.3 rule 3", "possible request smuggling");
            assertFalse(m.keepAlive());
            assertEquals(in.length() - 1, r.consumed(), "the G starts the next request");
            assertEquals("the rest of the request-line", r.waiting());
        }
    }

    @Test
    void teCl() {
        String in = POST + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n8\r\nSMUGGLED\r\n0\r\n\r\n";
        for (StreamParse r : bothProfiles(in)) {
            HttpMessage m = one(r);
            assertEquals("SMUGGLED", s(m.body()));
            assertTrue(m.framing().reason().contains("overrides Content-Length: 3"), m.framing().reason());
            assertFalse(m.keepAlive());
        }
    }

    @Test
    void teTe() {
        String in = POST + "Transfer-Encoding: chunked\r\nTransfer-Encoding: cow\r\n\r\n0\r\n\r\n";
        for (StreamParse r : bothProfiles(in)) error(r, POST.length(), "RFC 9112 §6.3 rule 4");
        HttpMessage m = one(strict(POST + "Transfer-Encoding: cow\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
        assertEquals(Kind.CHUNKED, m.framing().kind());
        assertDiag(m, "RFC 9112 §6.1", "\"cow\"");
    }

    @Test
    void duplicateContentLength() {
        String in = POST + "Content-Length: 5\r\nContent-Length: 10\r\n\r\nhello";
        for (StreamParse r : bothProfiles(in)) error(r, at(in, "10"), "RFC 9112 §6.3 rule 5");
    }

    @Test
    void whitespaceBeforeColon() {
        String in = POST + "Transfer-Encoding : chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n";
        error(strict(in), at(in, " :"), "RFC 9112 §5.1");
        HttpMessage m = one(lenient(in));
        assertEquals(Kind.CHUNKED, m.framing().kind(), "lenient reads the name without the space: TE wins");
        assertDiag(m, "RFC 9112 §5.1", "removed (lenient)");
        assertDiag(m, "RFC 9112 §6.3 rule 3", "possible request smuggling");
    }

    @Test
    void obsFoldHidingTransferEncoding() {
        String in = POST + "X: a\r\n Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc";
        error(strict(in), at(in, " Transfer"), "RFC 9112 §5.2");
        HttpMessage m = one(lenient(in));
        assertEquals("a Transfer-Encoding: chunked", m.header("X"));
        assertEquals(Kind.LENGTH, m.framing().kind());
        assertEquals("abc", s(m.body()));
    }

    @Test
    void obsFoldInsideTransferEncoding() {
        String in = POST + "Transfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n";
        error(strict(in), at(in, " chunked"), "RFC 9112 §5.2");
        assertEquals(Kind.CHUNKED, one(lenient(in)).framing().kind());
    }

    @Test
    void bareLfInChunkLine() {
        String in = POST + "Transfer-Encoding: chunked\r\n\r\n0\n\r\n";
        error(strict(in), at(in, "0\n") + 1, "RFC 9112 §7.1");
        HttpMessage m = one(lenient(in));
        assertDiag(m, "RFC 9112 §2.2", "bare LF after a chunk-size");
    }

    @Test
    void bareCrInChunkLine() {
        String in = POST + "Transfer-Encoding: chunked\r\n\r\n0\rX\r\n\r\n";
        for (StreamParse r : bothProfiles(in)) error(r, at(in, "0\r") + 1, "RFC 9112 §2.2");
    }

    @Test
    void bareCrInAHeaderHidingTransferEncoding() {
        String in = POST + "Foo: bar\rTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc";
        ParseError e = error(strict(in), at(in, "\rT"), "RFC 9112 §2.2");
        assertTrue(e.message().contains("\"Foo: bar\\rT\""), e.message());
        HttpMessage m = one(lenient(in));
        assertNull(m.header("Transfer-Encoding"));
        assertEquals("bar Transfer-Encoding: chunked", m.header("Foo"));
        assertEquals("abc", s(m.body()));
    }

    @Test
    void underscoreLookalike() {
        String in = POST + "Transfer_Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc";
        for (StreamParse r : bothProfiles(in)) {
            HttpMessage m = one(r);
            assertEquals(Kind.LENGTH, m.framing().kind());
            assertDiag(m, "RFC 9110 §5.1", "\"Transfer_Encoding\" is not transfer-encoding");
        }
        HttpMessage cl = one(strict(POST + "Content_Length: 3\r\n\r\nabc"));
        assertEquals(Kind.NONE, cl.framing().kind());
        assertDiag(cl, "RFC 9110 §5.1", "Content_Length");
    }

    @Test
    void chunkedThenIdentity() {
        String in = POST + "Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n";
        for (StreamParse r : bothProfiles(in)) error(r, POST.length(), "RFC 9112 §6.3 rule 4");
        HttpMessage m = one(Parse.respEof("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n"));
        assertEquals(Kind.CLOSE, m.framing().kind());
        assertDiag(m, "RFC 9112 §6.1", "\"identity\" is no longer a transfer-coding");
    }

    @Test
    void quotedChunked() {
        String in = POST + "Transfer-Encoding: \"chunked\"\r\n\r\n0\r\n\r\n";
        for (StreamParse r : bothProfiles(in)) error(r, POST.length(), "RFC 9112 §6.3 rule 4");
        HttpMessage m = one(Parse.respEof("HTTP/1.1 200 OK\r\nTransfer-Encoding: \"chunked\"\r\n\r\n0\r\n\r\n"));
        assertDiag(m, "RFC 9112 §6.1", "is not a token");
    }

    @Test
    void chunkIsNotChunked() {
        String in = POST + "Transfer-Encoding: chunk\r\n\r\n0\r\n\r\n";
        for (StreamParse r : bothProfiles(in)) {
            ParseError e = error(r, POST.length(), "RFC 9112 §6.3 rule 4");
            assertTrue(e.message().contains("Transfer-Encoding: chunk in a request"), e.message());
        }
    }

    @Test
    void verticalTabBeforeChunked() {
        String in = POST + "Transfer-Encoding: \u000bchunked\r\n\r\n0\r\n\r\n";
        for (StreamParse r : bothProfiles(in)) error(r, at(in, "\u000b"), "RFC 9110 §5.5");
    }

    @Test
    void nonBreakingSpaceAfterChunkedIsNamedVisibly() {
        String in = POST + "Transfer-Encoding: chunked\u00a0\r\n\r\n0\r\n\r\n";
        for (StreamParse r : bothProfiles(in)) {
            ParseError e = error(r, POST.length(), "RFC 9112 §6.3 rule 4");
            assertEquals("Transfer-Encoding: chunked\\xa0 in a request: the final coding \"chunked\\xa0\" is not a token"
                    + " (transfer-coding = token, RFC 9110 §10.1.4), so it is not chunked -> the body length cannot be determined"
                    + " (a server answers 400 and closes)", e.message());
        }
    }

    @Test
    void nonBreakingSpaceBeforeChunked() {
        String in = POST + "Transfer-Encoding: \u00a0chunked\r\n\r\n0\r\n\r\n";
        for (StreamParse r : bothProfiles(in)) error(r, POST.length(), "RFC 9112 §6.3 rule 4");
        HttpMessage m = one(Parse.respEof("HTTP/1.1 200 OK\r\nTransfer-Encoding: \u00a0chunked\r\n\r\n0\r\n\r\n"));
        assertEquals(Kind.CLOSE, m.framing().kind(), "\\xa0chunked is not chunked");
        assertDiag(m, "RFC 9112 §6.1", "is not a token");
    }

    @Test
    void hexContentLength() {
        String in = POST + "Content-Length: 0x10\r\n\r\n";
        for (StreamParse r : bothProfiles(in)) {
            ParseError e = error(r, at(in, "0x10"), "RFC 9112 §6.3 rule 5");
            assertTrue(e.message().contains("hex notation"), e.message());
        }
    }

    @Test
    void signedOrUnderscoredChunkSize() {
        String head = POST + "Transfer-Encoding: chunked\r\n\r\n";
        for (StreamParse r : bothProfiles(head + "+2\r\nab\r\n0\r\n\r\n")) error(r, head.length(), "RFC 9112 §7.1");
        for (StreamParse r : bothProfiles(head + "0_2e\r\n")) error(r, head.length() + 1, "RFC 9112 §7.1");
        // the profile that models lax parsers reads "+2" as 2, with a note
        ParserOptions lax = ParserOptions.LENIENT.named("lax", ParserOptions.ContentLengthPolicy.REJECT_DIFFERING, false, true);
        HttpMessage m = one(Parse.both(Role.REQUEST, lax, head + "+2\r\nab\r\n0\r\n\r\n", false, null));
        assertEquals("ab", s(m.body()));
        assertDiag(m, "RFC 9112 §7.1", "read as hex 2");
    }

    @Test
    void hexOrSignedContentLengthInTheLooseReader() {
        ParserOptions cl = ParserOptions.STRICT.withLenientContentLength(true).named("cl-lenient",
                ParserOptions.ContentLengthPolicy.REJECT_DIFFERING, false, false);
        for (String v : new String[] {"0x10", "+16", "020"}) {
            HttpMessage m = one(Parse.both(Role.REQUEST, cl, POST + "Content-Length: " + v + "\r\n\r\n" + "z".repeat(16), false, null));
            assertEquals(16, m.body().length, v);
            assertDiag(m, "RFC 9112 §6.3 rule 5", "\"" + v + "\" read as 16 (profile cl-lenient");
        }
        HttpMessage plain = one(Parse.both(Role.REQUEST, cl, POST + "Content-Length: 16\r\n\r\n" + "z".repeat(16), false, null));
        assertTrue(plain.diagnostics().isEmpty(), "plain decimal needs no note");
        for (String v : new String[] {"-1", "0x", "1_0", "08", "+"})
            error(Parse.both(Role.REQUEST, cl, POST + "Content-Length: " + v + "\r\n\r\n", false, null), POST.length() + 16, "RFC 9112 §6.3 rule 5");
    }

    @Test
    void underscoredChunkSizeInTheLooseReader() {
        String head = POST + "Transfer-Encoding: chunked\r\n\r\n";
        ParserOptions lax = ParserOptions.STRICT.named("chunk-lenient", ParserOptions.ContentLengthPolicy.REJECT_DIFFERING, false, true);
        String data = "d".repeat(0x2e);
        HttpMessage m = one(Parse.both(Role.REQUEST, lax, head + "0_2e\r\n" + data + "\r\n0\r\n\r\n", false, null));
        assertEquals(data, s(m.body()));
        assertDiag(m, "RFC 9112 §7.1", "chunk-size \"0_2e\" read as hex 2e (profile chunk-lenient; strict rejects it)");
        // one '_' between two digits only, as Python's int() takes it
        for (String bad : new String[] {"_2\r\n", "2_\r\n", "2__e\r\n"})
            assertEquals("RFC 9112 §7.1", error(Parse.both(Role.REQUEST, lax, head + bad, false, null)).rule(), bad);
    }

    @Test
    void connectionNamesContentLength() {
        String in = POST + "Connection: Content-Length\r\nContent-Length: 3\r\n\r\nabc";
        for (StreamParse r : bothProfiles(in)) {
            HttpMessage m = one(r);
            assertEquals("Content-Length: 3 -> body is the next 3 bytes (RFC 9112 §6.3 rule 6)", m.framing().reason());
            assertEquals("abc", s(m.body()));
            assertDiag(m, "RFC 9110 §7.6.1", "a proxy that honours it removes Content-Length before forwarding");
            assertDiag(m, "RFC 9110 §7.6.1", "(CL.0)");
            assertEquals(at(in, "Content-Length\r\n"), m.diagnostics().get(0).offset());
        }
        HttpMessage te = one(strict(POST + "Connection: keep-alive, transfer-encoding\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
        assertDiag(te, "RFC 9110 §7.6.1", "(TE.0)");
        HttpMessage plain = one(strict(POST + "Connection: keep-alive\r\nContent-Length: 3\r\n\r\nabc"));
        assertTrue(plain.diagnostics().isEmpty(), plain.diagnostics().toString());
    }

    @Test
    void pipeliningFalsePositive() {
        // Two honest requests on one connection: the second answer comes back on the same socket, and a scanner
        // may call that a desync. The litmus test is to send each on its own connection: nothing changes.
        String first = POST + "Content-Length: 5\r\n\r\nhello", second = "GET /next HTTP/1.1\r\nHost: h\r\n\r\n";
        for (StreamParse reused : bothProfiles(first + second)) {
            assertTrue(reused.complete());
            assertEquals(2, reused.messages().size());
            HttpMessage a = reused.messages().get(0), b = reused.messages().get(1);
            assertEquals(first.length(), a.span().end(), "the first request ends where its Content-Length says");
            assertTrue(a.keepAlive());
            assertTrue(a.diagnostics().isEmpty() && b.diagnostics().isEmpty(), "nothing dubious in either");
            // without connection reuse: each alone reads the same, with nothing left over
            StreamParse alone1 = strict(first), alone2 = strict(second);
            assertTrue(alone1.complete() && alone2.complete());
            assertEquals(s(a.body()), s(one(alone1).body()));
            assertEquals(b.requestLine().target(), one(alone2).requestLine().target());
        }
        // and no parser profile ends the first request elsewhere
        wirepad.http.lint.Lint.Report grid = wirepad.http.lint.Lint.run(Role.REQUEST, Parse.b(first + second), false, null);
        assertFalse(grid.desync());
        assertEquals(java.util.List.of("agree: every profile ends the first message at byte " + first.length()), grid.findings());
        // a real desync does not go away without reuse: CL.TE alone still leaves a byte for a next request
        StreamParse clte = strict(POST + "Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG");
        assertFalse(clte.complete());
        assertEquals("the rest of the request-line", clte.waiting());
    }
}
