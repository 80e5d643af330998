package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Feeding one byte at a time is linear: an incomplete line is not re-scanned from its start on
 * every feed. Not a speed target (make bench has those): a 1 MB line costs well under a second
 * fed byte by byte when linear, and hours when every feed re-scans the line (5·10^11 byte looks),
 * so the generous bound only catches that regression, even on a loaded machine.
 */
class LinearFeedTest {
    private static final int N = 1 << 20;
    private static final ParserOptions BIG = ParserOptions.STRICT.withLimits(Limits.DEFAULT.withMaxStartLine(2 * N)
            .withMaxFieldLine(2 * N).withMaxHead(4 * N));

    private static void byteByByte(String in, ParserOptions o) {
        byte[] b = Parse.b(in);
        StreamParse r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> StreamParse.of(Role.REQUEST, o, b, 1, false, null));
        assertEquals(null, r.error());
        assertEquals(1, r.messages().size());
        assertEquals(b.length, r.consumed());
    }

    @Test
    void aLongRequestTarget() { byteByByte("GET /" + "a".repeat(N) + " HTTP/1.1\r\nHost: h\r\n\r\n", BIG); }

    @Test
    void aLongFieldValue() { byteByByte("GET / HTTP/1.1\r\nHost: h\r\nX: " + "v ".repeat(N / 2) + "\r\n\r\n", BIG); }

    @Test
    void aLongFieldValueWithBareCrsLenient() {
        byteByByte("GET / HTTP/1.1\r\nHost: h\r\nX: " + "v\r".repeat(N / 2) + "v\r\n\r\n",
                ParserOptions.LENIENT.withLimits(BIG.limits()));
    }

    @Test
    void aLongChunkExtension() {
        byteByByte("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1;a=" + "b".repeat(N / 8) + "\r\nx\r\n0\r\n\r\n",
                BIG.withLimits(BIG.limits()));
    }
}
