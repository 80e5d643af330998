package wirepad.repl;

import java.nio.file.Path;

/**
 * Opens a terminal console. The JLine adapter ({@code wirepad.repl.jline.JLineConsoles}, compiled
 * from src/jline) is the one implementation; {@link Consoles} finds it by name so that src/main
 * compiles with an empty class path.
 */
public interface ConsoleFactory {
    /**
     * @param completion candidates for the Tab key
     * @param history    file that keeps the input history between runs
     * @param dumb       the console to use when the terminal cannot edit lines (TERM=dumb); the
     *                   factory may return it with Ctrl-C caught ({@link PlainConsole#catchingCtrlC})
     */
    Console open(Completion completion, Path history, PlainConsole dumb) throws Exception;
}
