package wirepad.repl;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import wirepad.repl.http.HttpCommands;
import wirepad.transcript.ScriptConsole;

/** A fresh REPL session per test, printing into a 100-column script console; {@link #run} returns what a command printed. */
public abstract class ReplTestBase {
    protected Session session;
    protected ScriptConsole console;
    protected Repl repl;

    /** The command sets of the session; HTTP and servers by default. */
    protected List<CommandSet> sets() { return List.of(new CoreCommands(), new HttpCommands(), new ServerCommands()); }

    @BeforeEach void freshSession() {
        CommandTable t = new CommandTable(sets());
        session = t.newSession(Path.of("").toAbsolutePath());
        console = new ScriptConsole(100);
        repl = new Repl(t, session, console);
    }

    @AfterEach void closeSession() { session.close(); }

    /** Runs one command; returns what it printed. */
    protected String run(String line) {
        repl.execute(line);
        return console.take();
    }
}
