package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A chunked body's framing is bounded too: the chunks recorded in the trace, and the bytes of size lines and extensions. */
class ChunkLimitsTest {
    static final String HEAD = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";

    static ParserOptions with(Limits l) { return ParserOptions.STRICT.withLimits(l); }

    @Test void chunksPastTheCapAreDecodedButNotRecorded() {
        String body = "1\r\nx\r\n".repeat(4) + "0\r\n\r\n";
        HttpMessage all = Parse.one(Parse.both(Role.RESPONSE, with(Limits.DEFAULT.withMaxChunks(4)), HEAD + body, false, null));
        assertEquals(5, all.chunks().size(), "4 data chunks and the last-chunk");
        assertTrue(all.diagnostics().isEmpty(), all.diagnostics().toString());
        HttpMessage cut = Parse.one(Parse.both(Role.RESPONSE, with(Limits.DEFAULT.withMaxChunks(2)), HEAD + body, false, null));
        assertEquals("xxxx", Parse.s(cut.body()), "every chunk's data is in the body");
        assertEquals(List.of(1L, 1L, 0L), cut.chunks().stream().map(Chunk::size).toList(), "2 recorded, then the last-chunk");
        Parse.assertDiag(cut, "limit:chunks", "2 chunks after the first 2 not recorded in the chunk trace");
        assertEquals(HEAD.length() + 2 * 6, cut.diagnostics().get(0).offset(), "at the first chunk left out");
    }

    @Test void manySmallChunksAreValidWithTheDefaultLimits() {
        int n = Limits.DEFAULT.maxChunks() + 5;
        byte[] in = Parse.b(HEAD + "1\r\nx\r\n".repeat(n) + "0\r\n\r\n");
        StreamParse whole = StreamParse.of(Role.RESPONSE, ParserOptions.STRICT, in, Integer.MAX_VALUE, false, null);
        StreamParse bytes = StreamParse.of(Role.RESPONSE, ParserOptions.STRICT, in, 1, false, null);
        for (StreamParse r : List.of(whole, bytes)) {
            HttpMessage m = Parse.one(r);
            assertEquals(n, m.body().length);
            assertEquals(Limits.DEFAULT.maxChunks() + 1, m.chunks().size());
            assertEquals(List.of("5 chunks after the first 100000 not recorded in the chunk trace (their data is in the body)"),
                    m.diagnostics().stream().map(Diagnostic::message).toList());
        }
    }

    @Test void extensionsCountAgainstTheBodyLimit() {
        String ext = ";" + "e".repeat(200);
        String body = ("1" + ext + "\r\nx\r\n").repeat(5) + "0\r\n\r\n";
        StreamParse bad = Parse.both(Role.RESPONSE, with(Limits.DEFAULT.withMaxBody(600)), HEAD + body, false, null);
        assertEquals("limit:body", bad.error().rule());
        assertTrue(bad.error().message().contains("the chunked framing (size lines and extensions) takes more than 600 bytes"),
                bad.error().message());
        assertNull(Parse.both(Role.RESPONSE, with(Limits.DEFAULT.withMaxBody(2000)), HEAD + body, false, null).error());
    }
}
