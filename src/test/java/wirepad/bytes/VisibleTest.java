package wirepad.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendering bytes so that nothing is hidden. */
class VisibleTest {
    private static byte[] b(String latin1) { return latin1.getBytes(StandardCharsets.ISO_8859_1); }

    @Test
    void crLfGlyphsWithALineBreakAfterLf() {
        assertEquals("GET / HTTP/1.1␍␊\nHost: a␍␊\n", Visible.render(b("GET / HTTP/1.1\r\nHost: a\r\n")));
    }

    @Test
    void asciiFallback() {
        assertEquals("a\\r\\n\nb\\tc", Visible.render(b("a\r\nb\tc"), Visible.Style.ASCII));
    }

    @Test
    void tab() {
        assertEquals("a␉b", Visible.render(b("a\tb")));
    }

    @Test
    void controlAndHighBytesAsHex() {
        assertEquals("\\x00\\x01\\x1b\\x7f\\x80\\xa0\\xff", Visible.render(b("\u0000\u0001\u001b\u007f\u0080\u00a0\u00ff")));
        assertEquals("\\x0b", Visible.render(b("\u000b"), Visible.Style.ASCII));
    }

    @Test
    void backslashIsDoubled() {
        assertEquals("a\\\\b", Visible.render(b("a\\b")));
        assertEquals("a\\\\b", Visible.render(b("a\\b"), Visible.Style.ASCII));
    }

    @Test
    void renderRange() {
        assertEquals("b␍", Visible.render(b("ab\rc"), 1, 2, Visible.Style.GLYPHS));
    }

    @Test
    void linesSplitAfterEachLf() {
        assertEquals(List.of("a␍␊", "b␊", "c"), Visible.lines(b("a\r\nb\nc"), 0, 6, Visible.Style.GLYPHS));
        assertEquals(List.of("a\\n"), Visible.lines(b("a\n"), 0, 2, Visible.Style.ASCII));
        assertEquals(List.of(), Visible.lines(b(""), 0, 0, Visible.Style.ASCII));
    }

    @Test
    void quoteIsAsciiAndCut() {
        assertEquals("\"a\\r\\n\\x00\"", Visible.quote(b("a\r\n\u0000")));
        assertEquals("\"abc\"…", Visible.quote(b("abcdef"), 0, 6, 3));
        assertEquals("\"cd\"", Visible.quote(b("abcdef"), 2, 2, 5));
        assertEquals("\"\"", Visible.quote(b("")));
    }
}
