package wirepad.transcript;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One expected-output line of a transcript:
 * <ul>
 * <li>{@code ...} alone: any number of lines (also none);</li>
 * <li>a line ending in {@code " (re)"}: the rest is a Java regex for the whole line;</li>
 * <li>a line with {@code [..]}: each {@code [..]} matches any text (also none);</li>
 * <li>anything else: the line itself.</li>
 * </ul>
 * Trailing whitespace is not compared (it is removed from both sides).
 */
public sealed interface Expect {
    String RE_SUFFIX = " (re)";
    String ANY_TEXT = "[..]";
    String ANY_LINES = "...";

    /** The line as written in the transcript. */
    String text();

    int line();

    /** Whether this single line matches; {@link AnyLines} never matches a single line on its own. */
    boolean matches(String actual);

    record Literal(String text, int line) implements Expect {
        @Override public boolean matches(String actual) { return text.equals(actual); }
    }

    record Glob(String text, int line, Pattern pattern) implements Expect {
        @Override public boolean matches(String actual) { return pattern.matcher(actual).matches(); }
    }

    record Regex(String text, int line, Pattern pattern) implements Expect {
        @Override public boolean matches(String actual) { return pattern.matcher(actual).matches(); }
    }

    record AnyLines(String text, int line) implements Expect {
        @Override public boolean matches(String actual) { return false; }
    }

    static Expect parse(String where, int line, String raw) throws TranscriptException {
        String text = raw.stripTrailing();
        if (text.equals(ANY_LINES)) return new AnyLines(text, line);
        if (text.endsWith(RE_SUFFIX)) {
            String re = text.substring(0, text.length() - RE_SUFFIX.length());
            try {
                return new Regex(text, line, Pattern.compile(re));
            } catch (PatternSyntaxException e) {
                throw new TranscriptException(where, line, "bad regex: " + e.getDescription() + " near index " + e.getIndex());
            }
        }
        if (text.contains(ANY_TEXT)) {
            StringBuilder re = new StringBuilder();
            int from = 0, at;
            while ((at = text.indexOf(ANY_TEXT, from)) >= 0) {
                re.append(Pattern.quote(text.substring(from, at))).append(".*");
                from = at + ANY_TEXT.length();
            }
            re.append(Pattern.quote(text.substring(from)));
            return new Glob(text, line, Pattern.compile(re.toString(), Pattern.DOTALL));
        }
        return new Literal(text, line);
    }
}
