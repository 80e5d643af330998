package wirepad.repl;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** Picks the console: JLine on a terminal when its jar is on the class path, plain lines otherwise. */
public final class Consoles {
    static final String JLINE_FACTORY = "wirepad.repl.jline.JLineConsoles";

    /** The note printed when nothing can catch Ctrl-C, with why JLine is not there. */
    static String noCtrlC(Throwable why) {
        String reason = why instanceof ClassNotFoundException || why instanceof LinkageError
                ? "no lib/jline-*.jar on the class path" : "JLine did not start: " + why.getMessage();
        return "note: " + reason + ", so Ctrl-C ends wirepad at once; Ctrl-D or 'quit' ends it cleanly";
    }

    private Consoles() {}

    /** True when the NO_COLOR convention asks for no colours (set and not empty). */
    public static boolean noColorEnv() {
        String v = System.getenv("NO_COLOR");
        return v != null && !v.isEmpty();
    }

    /**
     * The terminal console (history in $WIREPAD_HISTORY, else ~/.wirepad_history), or a plain one with prompts when JLine cannot be loaded or started.
     * This is the only reflective step in wirepad: loading the adapter by name. Without the adapter
     * nothing catches Ctrl-C (Java 17 has no supported signal API), so a note says so up front.
     */
    public static Console terminal(Completion completion, InputStream in, PrintStream out, PrintStream err) {
        String env = System.getenv("WIREPAD_HISTORY");
        Path history = env != null && !env.isEmpty() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".wirepad_history");
        String term = System.getenv("TERM");
        PlainConsole plain = new PlainConsole(in, out, err, true, 80, !noColorEnv() && !"dumb".equals(term));
        try {
            ConsoleFactory f = Class.forName(JLINE_FACTORY).asSubclass(ConsoleFactory.class)
                    .getDeclaredConstructor().newInstance();
            return f.open(completion, history, plain);
        } catch (Exception | LinkageError e) {
            err.println(noCtrlC(e));
            return plain;
        }
    }
}
