package wirepad.repl;

import java.util.List;

/**
 * The help of one command: {@code usage} is the command line shape ({@code bytes ESCAPED-TEXT}),
 * {@code summary} one line, {@code examples} complete command lines, {@code details} free text.
 */
public record Help(String usage, String summary, List<String> examples, List<String> details) {
    public Help {
        if (usage == null || usage.isBlank()) throw new IllegalArgumentException("help without usage");
        if (summary == null || summary.isBlank()) throw new IllegalArgumentException("help without summary: " + usage);
        if (examples.isEmpty()) throw new IllegalArgumentException("help without an example: " + usage);
        examples = List.copyOf(examples);
        details = List.copyOf(details);
    }
}
