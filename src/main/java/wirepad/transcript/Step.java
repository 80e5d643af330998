package wirepad.transcript;

import java.util.List;

/**
 * One command of a transcript: the input line (at file line {@code line}, 1-based), the
 * continuation lines right after it that the command reads ({@code more> ...}: a heredoc, a pasted
 * request), and the expected output, which occupies file lines {@code [firstBlockLine(), blockEnd)}.
 */
public record Step(int line, String input, List<String> more, List<Expect> expected, int blockEnd) {
    public Step {
        more = List.copyOf(more);
        expected = List.copyOf(expected);
    }

    public Step(int line, String input, List<Expect> expected, int blockEnd) { this(line, input, List.of(), expected, blockEnd); }

    /** The 1-based file line of the first expected line (after the input and its continuation lines). */
    public int firstBlockLine() { return line + more.size() + 1; }
}
