package wirepad.transcript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import wirepad.repl.MoreInput;
import wirepad.repl.Repl;

/**
 * A transcript file, cram-style: it reads exactly like the REPL session a person saw.
 * <pre>
 * # A comment: lines starting with '#' (at column 0) are not compared.
 * wirepad&gt; bytes GET\r\n             the prompt marks an input line
 * GET␍␊                               the lines below it: the expected output
 * 5 bytes
 * 00000000  47 45 54 0d 0a [..]       [..] matches any text inside a line
 * ...                                 a line "..." matches any number of lines
 * wirepad&gt; echo $TMP
 * /tmp/.* (re)                        a line ending in " (re)" is a regex
 * wirepad&gt; body &lt;&lt;END
 * more&gt; a line the command reads    right after the input: its continuation lines
 * more&gt; END
 * </pre>
 * A command's expected output runs until the next prompt line or comment; blank lines at its end
 * separate blocks and are not compared (nor are blank lines at the end of the actual output).
 * Text after a comment and before the next prompt is an error, as is text before the first prompt.
 */
public record Transcript(String name, Path file, List<String> lines, List<Step> steps) {
    public static final String PROMPT = Repl.PROMPT;

    public static Transcript read(Path file) throws IOException, TranscriptException {
        return parse(file.toString(), file, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static boolean isInput(String line) {
        return line.startsWith(PROMPT) || line.equals(PROMPT.strip());
    }

    public static boolean isComment(String line) { return line.startsWith("#"); }

    /** A continuation line ({@code more> TEXT}), read by the command above it. */
    public static boolean isMore(String line) {
        return line.startsWith(MoreInput.PROMPT) || line.equals(MoreInput.PROMPT.strip());
    }

    private static String moreText(String line) {
        return line.length() > MoreInput.PROMPT.length() ? line.substring(MoreInput.PROMPT.length()) : "";
    }

    public static Transcript parse(String name, Path file, List<String> lines) throws TranscriptException {
        List<Step> steps = new ArrayList<>();
        int inputLine = -1;           // 1-based line of the current input, -1 before the first
        String input = null;
        List<Expect> block = new ArrayList<>();
        List<String> more = new ArrayList<>();
        int lastText = -1;            // 1-based line of the last non-blank expected line
        boolean afterComment = false;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : null;
            int n = i + 1;
            if (l == null || isInput(l) || isComment(l)) {
                if (input != null) {
                    steps.add(new Step(inputLine, input, more, trim(block), Math.max(lastText, inputLine) + 1));
                    input = null;
                    block = new ArrayList<>();
                    more = new ArrayList<>();
                }
                if (l == null) break;
                afterComment = isComment(l);
                if (isInput(l)) {
                    inputLine = n;
                    input = l.length() > PROMPT.length() ? l.substring(PROMPT.length()) : "";
                    lastText = n;
                }
                continue;
            }
            if (input != null && block.isEmpty() && lastText == n - 1 && isMore(l)) {
                more.add(moreText(l));
                lastText = n;
                continue;
            }
            if (l.isBlank() && input == null) continue;
            if (input == null) {
                throw new TranscriptException(name, n, afterComment
                        ? "output after a comment; start comment lines with '#' or put a command ('" + PROMPT + "') first"
                        : "output before the first command ('" + PROMPT + "...')");
            }
            block.add(Expect.parse(name, n, l));
            if (!l.isBlank()) lastText = n;
        }
        return new Transcript(name, file, List.copyOf(lines), List.copyOf(steps));
    }

    private static List<Expect> trim(List<Expect> block) {
        int end = block.size();
        while (end > 0 && block.get(end - 1).text().isEmpty()) end--;
        return block.subList(0, end);
    }
}
