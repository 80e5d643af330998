package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link MessageParser#partial()}: the head of a message whose body did not all come, for views to show. */
class PartialMessageTest {
    /** Feeds {@code in} in slices of {@code slice} bytes (then EOF if asked), reads to the end, and describes partial(). */
    static String partial(String in, int slice, boolean eof) {
        byte[] b = in.getBytes(StandardCharsets.ISO_8859_1);
        MessageParser p = new MessageParser(Role.RESPONSE, ParserOptions.STRICT);
        int fed = 0;
        while (true) {
            ParseResult r = p.next();
            if (r instanceof ParseResult.Done) continue;
            if (r instanceof ParseResult.NeedMore && fed < b.length) {
                int k = Math.min(slice, b.length - fed);
                p.feed(b, fed, k);
                fed += k;
                continue;
            }
            if (r instanceof ParseResult.NeedMore && eof && !p.eof()) {
                p.feedEof();
                continue;
            }
            break;
        }
        HttpMessage m = p.partial();
        if (m == null) return null;
        return m.status() + " " + m.statusLine().reason() + " " + m.headers().size() + " fields " + m.framing().kind() + " span " + m.span()
                + " body " + m.bodySpan() + " \"" + new String(m.body(), StandardCharsets.ISO_8859_1) + "\" chunks " + m.chunks().size();
    }

    /** Whole and in every slicing the same (the house rule for parsers). */
    static String both(String in, boolean eof) {
        String whole = partial(in, Integer.MAX_VALUE, eof);
        for (int s : Parse.SLICES) assertEquals(whole, partial(in, s, eof), "fed in slices of " + s);
        return whole;
    }

    @Test void aShortContentLengthBodyKeepsItsHead() {
        String in = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort";
        assertEquals("200 OK 1 fields LENGTH span 0..44 body 39..44 \"short\" chunks 0", both(in, false));
        assertEquals("200 OK 1 fields LENGTH span 0..44 body 39..44 \"short\" chunks 0", both(in, true), "closed mid-body: the head is still known");
    }

    @Test void aChunkedBodyCutShortKeepsItsChunksSoFar() {
        String in = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n5\r\nde";
        assertEquals("200 OK 1 fields CHUNKED span 0..60 body 47..60 \"abc\" chunks 1", both(in, false));
    }

    @Test void aBrokenChunkKeepsTheHead() {
        String in = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n";
        assertEquals("200 OK 1 fields CHUNKED span 0..47 body 47..47 \"\" chunks 0", both(in, false), "up to the broken byte");
    }

    @Test void noHeadNoPartial() {
        assertNull(both("HTTP/1.1 200 OK\r\nContent-Len", false), "the head is not complete");
        assertNull(both("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi", false), "complete: nothing pending");
        assertNull(both("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", false), "failed in the head");
        assertNull(both("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1 2", false), "a next head, not yet complete");
    }
}
