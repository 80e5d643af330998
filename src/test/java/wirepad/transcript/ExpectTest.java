package wirepad.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectTest {
    private static Expect e(String line) throws TranscriptException { return Expect.parse("t.t", 7, line); }

    @Test void literalIsExactAfterTrailingWhitespace() throws Exception {
        Expect x = e("a.b (c)  ");
        assertInstanceOf(Expect.Literal.class, x);
        assertTrue(x.matches("a.b (c)"));
        assertFalse(x.matches("axb (c)"));
        assertFalse(x.matches(" a.b (c)"));
    }

    @Test void anyTextMatchesAnythingInsideALineAndTheRestLiterally() throws Exception {
        Expect x = e("took [..] ms (*) [..]");
        assertInstanceOf(Expect.Glob.class, x);
        assertTrue(x.matches("took 12 ms (*) done"));
        assertTrue(x.matches("took  ms (*) "));
        assertFalse(x.matches("took 12 ms (x) done"), "( and * are literal outside [..]");
        assertFalse(x.matches("took 12 s (*) done"));
        assertTrue(e("[..]").matches(""));
    }

    @Test void regexMatchesTheWholeLine() throws Exception {
        Expect x = e("\\d+ bytes? (re)");
        assertInstanceOf(Expect.Regex.class, x);
        assertTrue(x.matches("1 byte"));
        assertTrue(x.matches("12 bytes"));
        assertFalse(x.matches("12 bytes!"), "no partial match");
        assertFalse(x.matches("x 12 bytes"));
    }

    @Test void badRegexNamesFileAndLine() {
        TranscriptException ex = assertThrows(TranscriptException.class, () -> e("a(b (re)"));
        assertTrue(ex.getMessage().startsWith("t.t:7: bad regex: "), ex.getMessage());
    }

    @Test void dotsAloneAreAnyLinesButNotInsideText() throws Exception {
        assertInstanceOf(Expect.AnyLines.class, e("..."));
        assertInstanceOf(Expect.Literal.class, e("wait..."));
        assertInstanceOf(Expect.Literal.class, e(" ..."));
    }

    @Test void escapedLinesReadBackAsThemselves() throws Exception {
        for (String line : List.of("# heading", "wirepad> x", "wirepad>", "...", "a [..] b", "ends (re)",
                "\\x00 [..] (re)", "[..] start", "^caret (re)", "é # x (re)", "plain", "$5 (re)")) {
            String written = Lines.escape(line);
            assertFalse(Transcript.isComment(written) || Transcript.isInput(written), written);
            Expect x = e(written);
            assertFalse(x instanceof Expect.AnyLines, written);
            assertTrue(x.matches(line), line + " written as " + written);
            assertFalse(x.matches(line + "x"), written);
        }
        assertEquals("plain", Lines.escape("plain"));
        assertEquals("[#] heading (re)", Lines.escape("# heading"));
    }
}
