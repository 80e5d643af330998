package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.at;
import static wirepad.http.Parse.error;
import static wirepad.http.Parse.one;
import static wirepad.http.Parse.req;
import static wirepad.http.Parse.s;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chunked transfer coding (RFC 9112 §7.1). */
class ChunkedTest {
    private static final String HEAD = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";

    private static HttpMessage ok(String body) { return one(req(HEAD + body)); }

    private static ParseError bad(String body, String atText, int plus, String rule) {
        return error(req(HEAD + body), HEAD.length() + at(body, atText) + plus, rule);
    }

    @Test
    void chunksAreJoinedAndRecorded() {
        String body = "5\r\nhello\r\n1;a=b\r\n \r\n000\r\n\r\n";
        HttpMessage m = ok(body);
        assertEquals("hello ", s(m.body()));
        List<Chunk> c = m.chunks();
        assertEquals(3, c.size());
        int base = HEAD.length();
        assertEquals(base, c.get(0).sizeLine().start());
        assertEquals(5, c.get(0).size());
        assertEquals(base + 3, c.get(0).data().start());
        assertEquals(base + at(body, "1;"), c.get(1).sizeLine().start());
        assertEquals("1", c.get(1).sizeText());
        assertEquals(";a=b", c.get(1).extensions());
        assertEquals("000", c.get(2).sizeText());
        assertTrue(c.get(2).last());
        assertEquals(base + body.length(), m.span().end());
        assertEquals(-1, m.framing().length());
    }

    @Test
    void hexSizesUpperAndLower() {
        String a = "x".repeat(0xab), b = "y".repeat(0x1F);
        HttpMessage m = ok("aB\r\n" + a + "\r\n1F\r\n" + b + "\r\n0\r\n\r\n");
        assertEquals(0xab + 0x1f, m.body().length);
        assertEquals(0xab, m.chunks().get(0).size());
        assertEquals("aB", m.chunks().get(0).sizeText());
    }

    @Test
    void extensionsAreKept() {
        HttpMessage m = ok("2 ; name=\"quoted value\"; x\r\nab\r\n0;last\r\n\r\n");
        assertEquals("; name=\"quoted value\"; x", m.chunks().get(0).extensions());
        assertEquals(";last", m.chunks().get(1).extensions());
    }

    @Test
    void trailers() {
        HttpMessage m = ok("1\r\nz\r\n0\r\nChecksum: abc\r\nX-Later: 1\r\n\r\n");
        assertEquals(2, m.trailers().size());
        assertEquals("Checksum", m.trailers().get(0).name());
        assertEquals("abc", m.trailers().get(0).value());
        assertTrue(m.headers().stream().noneMatch(f -> f.is("Checksum")));
    }

    @Test
    void badTrailerIsAnError() {
        bad("0\r\nBad Name: x\r\n\r\n", "Bad Name", 3, "RFC 9110 §5.1");
        bad("0\r\nX: a\r\n b\r\n\r\n", " b", 0, "RFC 9112 §5.2");
    }

    @Test
    void wrongSizeIsCaughtAtTheCrlfAfterData() {
        ParseError e = bad("3\r\nabcd\r\n0\r\n\r\n", "d\r\n", 0, "RFC 9112 §7.1");
        assertTrue(e.message().contains("\"3\"") && e.message().contains("\"d\""), e.message());
        bad("5\r\nabc\r\n0\r\n\r\n", "0\r\n", 0, "RFC 9112 §7.1");
        bad("3\r\nabc\rX", "\rX", 0, "RFC 9112 §7.1");
    }

    @Test
    void sizeLineSyntax() {
        bad("\r\n", "\r\n", 0, "RFC 9112 §7.1");
        bad("g\r\n", "g", 0, "RFC 9112 §7.1");
        bad("+2\r\nab\r\n0\r\n\r\n", "+", 0, "RFC 9112 §7.1");
        bad("0x2\r\nab\r\n0\r\n\r\n", "x", 0, "RFC 9112 §7.1");
        bad(" 2\r\nab\r\n0\r\n\r\n", " ", 0, "RFC 9112 §7.1");
        ParseError e = bad("2 \r\nab\r\n0\r\n\r\n", " \r", 0, "RFC 9112 §7.1");
        assertTrue(e.message().contains("whitespace after chunk-size"), e.message());
        bad("2\u0000\r\nab\r\n0\r\n\r\n", "\u0000", 0, "RFC 9112 §7.1.1");
    }

    @Test
    void bareLineEndsInChunks() {
        bad("0\n\r\n", "\n", 0, "RFC 9112 §7.1");
        bad("1\r\na\n0\r\n\r\n", "\n0", 0, "RFC 9112 §7.1");
        bad("1\ra\r\n", "\ra", 0, "RFC 9112 §2.2");
        HttpMessage m = one(Parse.lenientReq(HEAD + "1\na\n0\n\n"));
        assertEquals("a", s(m.body()));
        assertTrue(m.diagnostics().stream().filter(d -> d.message().contains("bare LF")).count() >= 3, m.diagnostics().toString());
    }

    @Test
    void chunkSizeOverflowAndLimit() {
        ParseError e = bad("ffffffffffffffffffff1\r\n", "f", 7, "limit:chunk-size");
        assertTrue(e.message().contains("\"ffffffff\""), e.message());
        ParserOptions tiny = ParserOptions.STRICT.withLimits(Limits.DEFAULT.withMaxChunkSize(0x10));
        ParseError t = error(Parse.both(Role.REQUEST, tiny, HEAD + "11\r\n", false, null), HEAD.length() + 1, "limit:chunk-size");
        assertTrue(t.message().contains("16 bytes"), t.message());
        assertEquals(16, one(Parse.both(Role.REQUEST, tiny, HEAD + "10\r\n" + "z".repeat(16) + "\r\n0\r\n\r\n", false, null)).body().length);
    }

    @Test
    void hugeChunkSizeLimitStillGuardsOverflow() {
        ParserOptions huge = ParserOptions.STRICT.withLimits(Limits.DEFAULT.withMaxChunkSize(Long.MAX_VALUE));
        ParseError e = error(Parse.both(Role.REQUEST, huge, HEAD + "80000000000000000\r\n", false, null));
        assertEquals("limit:chunk-size", e.rule(), e.toString());
        assertEquals(HEAD.length() + 15, e.offset()); // the 16th digit would pass 2^63
    }

    @Test
    void leadingZeros() {
        HttpMessage m = ok("0000000000000000000000000002\r\nab\r\n0\r\n\r\n");
        assertEquals("ab", s(m.body()));
    }

    @Test
    void pipelinedAfterAChunkedBody() {
        StreamParse r = req(HEAD + "1\r\na\r\n0\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n");
        assertEquals(2, r.messages().size());
        assertEquals("/2", r.messages().get(1).requestLine().target());
    }

    @Test
    void aBareCrInTheSizeLineQuotesTheSameBytesWholeAndByteByByte() {
        // Parse.both compares the whole parse with byte-by-byte ones, error message included
        ParseError e = Parse.error(Parse.resp("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7\r\r\n"), 48, "RFC 9112 §2.2");
        assertEquals("bare CR (a CR not followed by LF) in a chunk-size line \"7\\r\\r\"", e.message());
    }
}
