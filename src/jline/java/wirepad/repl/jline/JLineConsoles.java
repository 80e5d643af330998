package wirepad.repl.jline;

import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.utils.Signals;
import wirepad.repl.Completion;
import wirepad.repl.Console;
import wirepad.repl.ConsoleFactory;
import wirepad.repl.PlainConsole;

/** Found by name from {@code wirepad.repl.Consoles}; fails (and the REPL falls back) without JLine. */
public final class JLineConsoles implements ConsoleFactory {
    public JLineConsoles() {}

    /**
     * The line-editing console; on a dumb terminal the plain one, with Ctrl-C caught through
     * JLine's signal registration (otherwise SIGINT would end the JVM and the session with it).
     */
    @Override public Console open(Completion completion, Path history, PlainConsole dumb) throws Exception {
        Terminal t = JLineConsole.openTerminal();
        if (t == null) return dumb.catchingCtrlC(task -> Signals.register("INT", task));
        return new JLineConsole(t, completion, history);
    }
}
