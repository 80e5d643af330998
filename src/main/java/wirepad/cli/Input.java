package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole file or stdin, with a size limit (every buffer has one). A file is read as a
 * stream, never by its reported size: /dev/zero, a FIFO or a growing file report 0 or less than
 * they hold, and would be read forever.
 */
final class Input {
    private Input() {}

    static final int MAX = 128 * 1024 * 1024;

    /** More than the limit: the message names it; {@code limit()} says what it was. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        TooLarge(String what, int limit) {
            super(what + " is larger than " + limit + " bytes");
            this.limit = limit;
        }

        int limit() { return limit; }
    }

    /** True when {@code in} is this process's stdin and a person is typing at it. */
    static boolean terminal(InputStream in) { return in == System.in && System.console() != null; }

    /**
     * At a terminal, reading stdin looks like a hang: say what is awaited and how to end it
     * ({@code what}: "the request", "the message").
     */
    static void hintAtTerminal(InputStream in, String who, String what, java.io.PrintStream err) {
        if (terminal(in)) err.println(stdinHint(who, what));
    }

    static String stdinHint(String who, String what) {
        return who + ": reading " + what + " from standard input; end it with Ctrl-D (or give a FILE)";
    }

    /**
     * FILE, or stdin when FILE is null or "-" (with the hint at a terminal); up to {@link #MAX} bytes.
     * @param who  the command, for the hint ("wirepad http lint")
     * @param what what is read, for the hint ("the request", "the message")
     */
    static byte[] fileOrStdin(String file, InputStream in, String who, String what, java.io.PrintStream err) throws IOException {
        if (file != null && !file.equals("-")) return readFile(Path.of(file), MAX);
        hintAtTerminal(in, who, what, err);
        return readAll(in, MAX);
    }

    static byte[] readAll(InputStream in, int max) throws IOException {
        byte[] b = in.readNBytes(max + 1);
        if (b.length > max) throw new TooLarge("input", max);
        return b;
    }

    /** "cannot read FILE: why" (FILE null or "-" is stdin), for any command's read error. */
    static String cannotRead(String file, IOException e) {
        boolean stdin = file == null || file.equals("-");
        return wirepad.repl.FileErrors.cannot("read", stdin ? "stdin" : file, stdin ? null : Path.of(file), e);
    }

    static byte[] readFile(Path p, int max) throws IOException {
        if (Files.isRegularFile(p) && Files.size(p) > max) throw new TooLarge("file", max);
        try (InputStream in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) throw new TooLarge("file", max);
            return b;
        }
    }
}
