package wirepad.transcript;

import java.util.List;

/**
 * One command of a transcript: the input line (at file line {@code line}, 1-based) and the
 * expected output, which occupies file lines {@code [line + 1, blockEnd)} (0 lines when empty).
 */
public record Step(int line, String input, List<Expect> expected, int blockEnd) {
    public Step {
        expected = List.copyOf(expected);
    }
}
