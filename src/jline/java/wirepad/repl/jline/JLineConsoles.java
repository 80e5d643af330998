package wirepad.repl.jline;

import java.nio.file.Path;
import wirepad.repl.Completion;
import wirepad.repl.Console;
import wirepad.repl.ConsoleFactory;

/** Found by name from {@code wirepad.repl.Consoles}; fails (and the REPL falls back) without JLine. */
public final class JLineConsoles implements ConsoleFactory {
    public JLineConsoles() {}

    @Override public Console open(Completion completion, Path history) throws Exception {
        return new JLineConsole(completion, history);
    }
}
