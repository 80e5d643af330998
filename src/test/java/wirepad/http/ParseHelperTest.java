package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The comparison helper itself: it must see every difference, or the whole-vs-sliced checks prove nothing. */
class ParseHelperTest {
    private static String dumpOf(String input) {
        return Parse.dump(StreamParse.of(Role.REQUEST, ParserOptions.STRICT, Parse.b(input)));
    }

    @Test
    void slicingIncludesByteByByte() {
        assertTrue(Arrays.stream(Parse.SLICES).anyMatch(s -> s == 1));
    }

    @Test
    void dumpSeesBodyBytes() {
        assertNotEquals(dumpOf("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nab"),
                dumpOf("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nac"));
    }

    @Test
    void dumpSeesHeaderCaseAndSpans() {
        assertNotEquals(dumpOf("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), dumpOf("GET / HTTP/1.1\r\nhost: a\r\n\r\n"));
        assertNotEquals(dumpOf("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), dumpOf("GET / HTTP/1.1\r\nHost:  a\r\n\r\n"));
    }

    @Test
    void dumpSeesErrorsAndCompleteness() {
        assertNotEquals(dumpOf("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), dumpOf("GET / HTTP/1.1\r\nHost: a\r\n\r"));
        assertNotEquals(dumpOf("GET / HTTP/1.1\r\nHo st: a\r\n\r\n"), dumpOf("GET / HTTP/1.1\r\nHos t: a\r\n\r\n"));
    }

    @Test
    void sameInputSameDump() {
        String in = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2;x=y\r\nab\r\n0\r\nT: 1\r\n\r\n";
        assertEquals(dumpOf(in), dumpOf(in));
    }

    @Test
    void bothReturnsTheWholeResult() {
        StreamParse r = Parse.req("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals("/a", Parse.one(r).requestLine().target());
        assertEquals(r.consumed(), 28);
    }
}
