package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** chunk-ext = *( BWS ";" BWS token [ BWS "=" BWS ( token / quoted-string ) ] ), RFC 9112 §7.1.1. */
class ChunkExtensionTest {
    static String msg(String sizeLine) {
        return "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + sizeLine + "\r\nhello\r\n0\r\n\r\n";
    }

    @Test void wellFormedExtensionsAreKept() {
        for (String ext : new String[] {";a", ";name=value", " ; a = b ; c", ";q=\"quoted \\\" string\"", ";a;b=1"}) {
            StreamParse r = Parse.resp(msg("5" + ext));
            assertNull(r.error(), ext + ": " + r.error());
            assertEquals(ext.strip(), Parse.one(r).chunks().get(0).extensions());
        }
    }

    @Test void strictRejectsWithTheOffset() {
        int base = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5".length();
        String[][] cases = {{";", "1", "needs a name"}, {";a b", "3", "unexpected bytes"}, {";=", "1", "needs a name"},
            {";a=", "3", "needs a value"}, {";a=\"open", "8", "unterminated quoted-string"}};
        for (String[] c : cases) {
            StreamParse r = Parse.resp(msg("5" + c[0]));
            assertEquals("RFC 9112 §7.1.1", r.error().rule(), c[0]);
            assertEquals(base + Integer.parseInt(c[1]), r.error().offset(), c[0]);
            assertTrue(r.error().message().contains(c[2]), r.error().message());
        }
    }

    @Test void lenientAcceptsWithANote() {
        StreamParse r = Parse.lenientResp(msg("5;a b"));
        assertNull(r.error());
        assertTrue(Parse.one(r).diagnostics().stream().anyMatch(d -> d.rule().equals("RFC 9112 §7.1.1")));
    }
}
