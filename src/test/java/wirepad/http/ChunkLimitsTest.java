package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A chunked body's framing is bounded too: the number of chunks, and the bytes of size lines and extensions. */
class ChunkLimitsTest {
    static final String HEAD = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";

    static ParserOptions with(Limits l) { return ParserOptions.STRICT.withLimits(l); }

    @Test void tooManyChunks() {
        String body = "1\r\nx\r\n".repeat(4) + "0\r\n\r\n";
        StreamParse ok = Parse.both(Role.RESPONSE, with(Limits.DEFAULT.withMaxChunks(5)), HEAD + body, false, null);
        assertNull(ok.error());
        assertEquals(5, Parse.one(ok).chunks().size());
        StreamParse bad = Parse.both(Role.RESPONSE, with(Limits.DEFAULT.withMaxChunks(4)), HEAD + body, false, null);
        assertEquals("limit:chunks", bad.error().rule());
        assertEquals(HEAD.length() + 4 * 6, bad.error().offset(), "at the size line of the chunk past the limit");
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
