package wirepad.repl;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import wirepad.repl.http.HttpCommands;
import wirepad.transcript.ScriptConsole;

/** A fresh REPL session per test, printing into a 100-column script console; {@link #run} returns what a command printed. */
public abstract class ReplTestBase {
    protected CommandTable table;
    protected Session session;
    protected ScriptConsole console;
    protected Repl repl;

    /** The command sets of the session; HTTP and servers by default. */
    protected List<CommandSet> sets() { return List.of(new CoreCommands(), new HttpCommands(), new ServerCommands()); }

    /** The folder relative file names start from; the project's by default. */
    protected Path workDir() { return Path.of(""); }

    /** Runs after the session is made and before each test (settings, injected state). */
    protected void ready() {}

    @BeforeEach void freshSession() {
        table = new CommandTable(sets());
        session = table.newSession(workDir().toAbsolutePath());
        console = new ScriptConsole(100);
        repl = new Repl(table, session, console);
        ready();
    }

    @AfterEach void closeSession() { session.close(); }

    /** Runs one command; returns what it printed. */
    protected String run(String line) {
        repl.execute(line);
        return console.take();
    }
}
