package wirepad.repl;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What stdout and stderr are written in. wirepad's views draw with characters most single-byte
 * charsets lack (␍ ␊ for CR LF, § for RFC sections, │ ─ └ for columns); in such a locale
 * (LC_ALL=C, POSIX, ISO-8859-1) Java would print each as '?', losing the very bytes the view is
 * about. So when the platform charset cannot encode them, wirepad writes UTF-8 instead of '?'
 * — what pipes, files and nearly every terminal expect. (JSON needs none of this: it is ASCII.)
 * The JLine terminal follows the same rule.
 */
public final class OutputCharset {
    /** The characters a view may print that are not ASCII. */
    public static final String GLYPHS = "␍␊␉§—…·│─└×→";

    private OutputCharset() {}

    /** The charset to write in: the platform's when it can encode every glyph, else UTF-8. */
    public static Charset of(Charset platform) {
        return platform.newEncoder().canEncode(GLYPHS) ? platform : StandardCharsets.UTF_8;
    }

    /** {@code current} when the platform charset will do, else a UTF-8 stream on {@code fd}. */
    public static PrintStream stream(PrintStream current, FileDescriptor fd) {
        Charset cs = of(Charset.defaultCharset());
        if (cs.equals(Charset.defaultCharset())) return current;
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 8192), true, cs);
    }
}
