package wirepad.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import wirepad.repl.BytesCommands;
import wirepad.repl.CommandSet;
import wirepad.repl.CommandTable;
import wirepad.repl.Completion;
import wirepad.repl.Console;
import wirepad.repl.Consoles;
import wirepad.repl.CoreCommands;
import wirepad.repl.PlainConsole;
import wirepad.repl.ServerCommands;
import wirepad.repl.Session;
import wirepad.repl.http.HttpCommands;
import wirepad.transcript.TranscriptCommands;

/**
 * {@code bin/wirepad} with no arguments: the REPL. At a terminal it uses JLine (completion,
 * history, Ctrl-C) when the jar is there; with stdin from a file or pipe it reads plain lines and
 * prints only what the commands print (no prompt, no banner), errors to stderr, exit 1 if any failed.
 */
final class Repl {
    private Repl() {}

    /** Every command set of the REPL — the one place to register a new feature's commands. */
    static List<CommandSet> commandSets() {
        return List.of(new HttpCommands(), new ServerCommands(), new wirepad.repl.lab.LabCommands(), new wirepad.repl.lookup.DnsCommands(),
                new BytesCommands(), new CoreCommands(), new TranscriptCommands());
    }

    static CommandTable table() { return new CommandTable(commandSets()); }

    static int start(InputStream in, PrintStream out, PrintStream err) {
        CommandTable table = table();
        Session session = table.newSession(Path.of("").toAbsolutePath());
        boolean terminal = in == System.in && System.console() != null;
        Console console = terminal
                ? Consoles.terminal(new Completion(table, session), in, out, err)
                : PlainConsole.script(in, out, err);
        try (console) {
            int failures = new wirepad.repl.Repl(table, session, console).run();
            return terminal || failures == 0 ? 0 : 1;
        } finally {
            session.close();
        }
    }
}
