package wirepad.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Columns#cut}: long lines go on with "↪", counted in code points so a pair is never split. */
class ColumnsTest {
    @Test
    void shortLinesStayWhole() {
        assertEquals(List.of("abc", ""), Columns.cut(List.of("abc", ""), 3));
    }

    @Test
    void longLinesContinueWithAnArrowThatTakesOneColumn() {
        assertEquals(List.of("abcd", "↪efg", "↪hij"), Columns.cut(List.of("abcdefghij"), 4));
        assertEquals(List.of("abcd", "↪e"), Columns.cut(List.of("abcde"), 4));
    }

    @Test
    void supplementaryCharactersCountAsOneAndAreNeverSplit() {
        String g = "\uD83D\uDE00"; // one code point, two chars
        assertEquals(List.of(g + g + g), Columns.cut(List.of(g + g + g), 3));
        assertEquals(List.of("a" + g + "b", "↪" + g + "c", "↪" + g),
                Columns.cut(List.of("a" + g + "b" + g + "c" + g), 3));
    }
}
