package wirepad.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptParseTest {
    @Test void stepsCommentsAndSeparators() throws Exception {
        Transcript t = Fixture.parse("""
                # header

                wirepad> echo a
                a

                b


                # between
                wirepad> echo c
                wirepad>
                wirepad> echo d
                d
                """);
        assertEquals(4, t.steps().size());
        Step s = t.steps().get(0);
        assertEquals(3, s.line());
        assertEquals("echo a", s.input());
        assertEquals(List.of("a", "", "b"), s.expected().stream().map(Expect::text).toList());
        assertEquals(7, s.blockEnd(), "block is lines 4..6; the blank lines after it are separators");
        assertEquals(List.of(), t.steps().get(1).expected());
        assertEquals(11, t.steps().get(1).blockEnd());
        assertEquals("", t.steps().get(2).input());
        assertEquals(List.of("d"), t.steps().get(3).expected().stream().map(Expect::text).toList());
    }

    @Test void outputBeforeTheFirstCommandIsAnError() {
        TranscriptException e = assertThrows(TranscriptException.class, () -> Fixture.parse("\nhello\nwirepad> echo"));
        assertEquals("t.t:2: output before the first command ('wirepad> ...')", e.getMessage());
    }

    @Test void outputAfterACommentIsAnError() {
        TranscriptException e = assertThrows(TranscriptException.class,
                () -> Fixture.parse("wirepad> echo a\na\n# note\nstray\nwirepad> echo b"));
        assertEquals("t.t:4: output after a comment; start comment lines with '#' or put a command ('wirepad> ') first",
                e.getMessage());
    }

    @Test void continuationLinesRightAfterTheInputAreItsMoreLines() throws Exception {
        Transcript t = Fixture.parse("wirepad> body <<E\nmore> a\nmore>\nmore> E\nout\nmore> not input\nwirepad> echo");
        Step s = t.steps().get(0);
        assertEquals(List.of("a", "", "E"), s.more());
        assertEquals(5, s.firstBlockLine());
        assertEquals(List.of("out", "more> not input"), s.expected().stream().map(Expect::text).toList());
        assertEquals(List.of(), t.steps().get(1).more());
    }
}
