package wirepad.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {
    private static boolean match(List<String> expected, List<String> actual) throws Exception {
        return Alignment.of(Fixture.expect(expected.toArray(String[]::new)), actual).matches();
    }

    @Test void dotsMatchZeroOneOrManyLines() throws Exception {
        assertTrue(match(List.of("a", "...", "z"), List.of("a", "z")));
        assertTrue(match(List.of("a", "...", "z"), List.of("a", "b", "z")));
        assertTrue(match(List.of("a", "...", "z"), List.of("a", "b", "c", "z", "y", "z")));
        assertTrue(match(List.of("..."), List.of()));
        assertTrue(match(List.of("...", "..."), List.of("x")));
        assertFalse(match(List.of("a", "...", "z"), List.of("a", "b")));
        assertFalse(match(List.of("a", "...", "z"), List.of("b", "z")));
    }

    @Test void linesMustAllBeThere() throws Exception {
        assertTrue(match(List.of(), List.of()));
        assertFalse(match(List.of(), List.of("x")));
        assertFalse(match(List.of("x"), List.of()));
        assertFalse(match(List.of("a", "b"), List.of("b", "a")));
        assertTrue(match(List.of("[..] 1", "\\d (re)"), List.of("x 1", "7")));
    }

    @Test void opsPairLinesAndNameTheUnmatched() throws Exception {
        Alignment a = Alignment.of(Fixture.expect("a", "b", "...", "d"), List.of("a", "c", "x", "y", "d"));
        assertEquals(List.of(
                new Alignment.Op(Alignment.Kind.SAME, 0, 0, 1),
                new Alignment.Op(Alignment.Kind.MISSING, 1, -1, 1),
                new Alignment.Op(Alignment.Kind.ANY, 2, 1, 3),
                new Alignment.Op(Alignment.Kind.SAME, 3, 4, 1)), a.ops());
        assertFalse(a.matches());
    }

    @Test void aChangedLineIsMissingThenExtra() throws Exception {
        Alignment a = Alignment.of(Fixture.expect("a", "b", "c"), List.of("a", "B", "c"));
        assertEquals(List.of(Alignment.Kind.SAME, Alignment.Kind.MISSING, Alignment.Kind.EXTRA, Alignment.Kind.SAME),
                a.ops().stream().map(Alignment.Op::kind).toList());
    }
}
