package wirepad.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StreamParse;

/** The parsed side for humans never prints a byte ≥ 0x80 raw: it is \xHH, like everywhere else. */
class MessageTextTest {
    static HttpMessage parse(String latin1) {
        StreamParse p = StreamParse.of(Role.RESPONSE, ParserOptions.LENIENT, latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(1, p.messages().size(), () -> String.valueOf(p.error()));
        return p.messages().get(0);
    }

    /** No character U+0080..U+00FF in the text except the prose's own §. */
    static void noRawHighBytes(String text) {
        for (char c : text.toCharArray()) assertTrue(c < 0x80 || c > 0xff || c == '§', () -> "raw U+" + Integer.toHexString(c) + " in " + text);
    }

    @Test void reasonAndChunkExtensionAreEscaped() {
        HttpMessage m = parse("HTTP/1.1 200 a\u0080b\r\nTransfer-Encoding: chunked\r\n\r\n1;a=\"\u00ff\"\r\nx\r\n0\r\n\r\n");
        List<String> lines = MessageText.lines(m, true);
        String all = String.join("\n", lines);
        assertTrue(lines.contains("status    HTTP/1.1 200 a\\x80b"), all);
        assertTrue(all.contains("ext ;a=\"\\xff\""), all);
        noRawHighBytes(all);
        String hex = String.join("\n", HexView.labels(List.of(m)).stream().map(l -> l.note()).toList());
        assertTrue(hex.contains("ext ;a=\"\\xff\""), hex);
        noRawHighBytes(hex);
    }

    @Test void proseKeepsItsOwnCharactersAndEscapesWireBytes() {
        assertEquals("Transfer-Encoding: gzip\\xff -> body (RFC 9112 §6.3 rule 4) → done",
                MessageText.prose("Transfer-Encoding: gzip\u00ff -> body (RFC 9112 §6.3 rule 4) → done"));
        assertEquals("a\\x80b\\r\\n\\x01 \\ stays", MessageText.prose("a\u0080b\r\n\u0001 \\ stays"), "a backslash already there stays one");
        assertEquals("plain", MessageText.prose("plain"));
    }
}
