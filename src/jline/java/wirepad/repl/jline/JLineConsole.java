package wirepad.repl.jline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import wirepad.repl.Cancel;
import wirepad.repl.Completion;
import wirepad.repl.Console;
import wirepad.repl.Consoles;
import wirepad.repl.OutputCharset;

/**
 * The terminal console: line editing, Tab completion from {@link Completion}, history kept in
 * {@code ~/.wirepad_history}, Ctrl-C cancels the running command (at the prompt it clears the
 * line), Ctrl-D on an empty line ends the session.
 * <p>
 * The line is taken exactly as typed: no quote or backslash processing (backslashes are byte
 * escapes here) and no {@code !} history expansion.
 */
final class JLineConsole implements Console {
    private final Terminal terminal;
    private final LineReader reader;
    private volatile Runnable onInterrupt = () -> {};

    JLineConsole(Terminal terminal, Completion completion, Path history) {
        this.terminal = terminal;
        terminal.handle(Terminal.Signal.INT, s -> onInterrupt.run());
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        parser.setQuoteChars(new char[0]);
        reader = LineReaderBuilder.builder().terminal(terminal).appName("wirepad").parser(parser)
                .completer((r, line, candidates) -> add(completion, line.line().substring(0, line.cursor()), candidates))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.HISTORY_SIZE, 2000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .build();
        reader.getWidgets().put(PASTE_WIDGET, this::bracketedPaste);
        for (String map : List.of(LineReader.EMACS, LineReader.VIINS, LineReader.MAIN)) {
            var km = reader.getKeyMaps().get(map);
            if (km != null) km.bind(new Reference(PASTE_WIDGET), LineReaderImpl.BRACKETED_PASTE_BEGIN);
        }
        keepTypeAheadOnCtrlC(terminal);
    }

    private static final String PASTE_WIDGET = "wirepad-bracketed-paste";

    /** The raw text of a multi-line paste the last readLine ended with, line ends as they came. */
    private String pasted;

    /**
     * A bracketed paste (the terminal wraps it in ESC[200~ … ESC[201~): a paste of one line is
     * inserted for editing; a paste of several lines is shown and taken at once, with its line
     * ends as the terminal sent them (JLine's own widget would turn every CR into LF).
     */
    private boolean bracketedPaste() {
        StringBuilder sb = new StringBuilder();
        String end = LineReaderImpl.BRACKETED_PASTE_END;
        LineReaderImpl impl = (LineReaderImpl) reader;
        while (!endsWith(sb, end)) {
            int c = impl.readCharacter();
            if (c < 0) break;
            sb.appendCodePoint(c);
        }
        if (endsWith(sb, end)) sb.setLength(sb.length() - end.length());
        String text = sb.toString();
        boolean multi = text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        if (!multi) {
            reader.getBuffer().write(text);
            return true;
        }
        pasted = reader.getBuffer().toString() + text;
        reader.getBuffer().write(text.replace("\r\n", "\n").replace('\r', '\n'));
        reader.callWidget(LineReader.ACCEPT_LINE);
        return true;
    }

    private static boolean endsWith(StringBuilder sb, String s) {
        return sb.length() >= s.length() && sb.substring(sb.length() - s.length()).equals(s);
    }

    /**
     * Ctrl-C makes the tty driver throw away input it holds unless NOFLSH is set: lines typed
     * ahead while a command ran would be lost. JLine restores these attributes after each read.
     */
    private static void keepTypeAheadOnCtrlC(Terminal terminal) {
        try {
            Attributes a = terminal.getAttributes();
            a.setLocalFlag(Attributes.LocalFlag.NOFLSH, true);
            terminal.setAttributes(a);
        } catch (RuntimeException ignored) {
            // a terminal without termios attributes: nothing to keep
        }
    }

    /**
     * The JNI provider alone first: every other provider JLine loads costs time before the
     * first prompt (the exec one forks {@code test -t 1}). Then JLine's own choice, for platforms
     * without its native library. A dumb terminal is refused (null): the plain console does better.
     * A terminal that reports 0 columns (a pty nobody sized, e.g. {@code script} run from a pipe)
     * is given 80: at width 0 JLine draws the prompt as {@code >....} and echoes nothing.
     */
    static Terminal openTerminal() throws IOException {
        skipInfocmpWhenBundled(System.getenv("TERM"));
        Terminal t;
        try {
            t = builder().jni(true).ffm(false).jansi(false).jna(false).exec(false).build();
            if (dumb(t)) {
                t.close();
                t = builder().build();
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            t = builder().build();
        }
        if (dumb(t)) {
            t.close();
            return null;
        }
        if (t.getWidth() <= 0) {
            t.setSize(new Size(80, t.getHeight() > 0 ? t.getHeight() : 24));
        }
        return t;
    }

    private static TerminalBuilder builder() {
        return TerminalBuilder.builder().name("wirepad").system(true).nativeSignals(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).dumb(true)
                .encoding(OutputCharset.of(java.nio.charset.Charset.defaultCharset()));
    }

    private static boolean dumb(Terminal t) {
        return Terminal.TYPE_DUMB.equals(t.getType()) || Terminal.TYPE_DUMB_COLOR.equals(t.getType());
    }

    /**
     * JLine asks the infocmp program for the terminal's capabilities (a fork costing 10-40 ms
     * before the first prompt) unless they are already loaded; for the common terminal types it
     * bundles them, so load those. tmux's own types are not bundled; tmux was built to stand in for
     * screen (its FAQ: TERM=screen-256color is the classic setting inside tmux), and the screen
     * entries hold every capability line editing uses, so tmux* takes the bundled screen* entry
     * instead of a fork of infocmp (measured: 47 classes outside the start-up archive, and a process).
     */
    private static void skipInfocmpWhenBundled(String term) {
        if (term == null || term.isEmpty()) return;
        String caps = InfoCmp.getDefaultInfoCmp(term);
        if (caps == null && term.startsWith("tmux")) caps = InfoCmp.getDefaultInfoCmp("screen" + term.substring(4));
        if (caps != null) InfoCmp.setLoadedInfoCmp(term, caps);
    }

    private static void add(Completion completion, String beforeCursor, List<Candidate> out) {
        for (String c : completion.candidates(beforeCursor)) {
            boolean folder = c.endsWith("/");   // a folder: no space after it, the next Tab goes inside
            out.add(new Candidate(c, c, null, null, null, null, !folder));
        }
    }

    @Override public String readLine(String prompt) {
        try {
            return read(prompt);
        } catch (UserInterruptException e) {
            return "";
        } catch (EndOfFileException e) {
            return null;
        }
    }

    /** A line of a heredoc or paste: Ctrl-C abandons the command instead of clearing the line. */
    @Override public String readMore(String prompt) {
        try {
            return read(prompt);
        } catch (UserInterruptException e) {
            throw new Cancel.Cancelled();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    /** The line, or the raw text of a multi-line paste (line ends as they came). */
    private String read(String prompt) {
        pasted = null;
        String line = reader.readLine(prompt);
        String raw = pasted;
        pasted = null;
        return raw != null ? raw : line;
    }

    @Override public void print(String text) {
        terminal.writer().print(text);
        terminal.writer().flush();
    }

    @Override public int width() {
        int w = terminal.getWidth();
        return w > 0 ? w : 80;
    }

    @Override public boolean color() {
        Integer colors = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return !Consoles.noColorEnv() && colors != null && colors >= 8;
    }

    @Override public boolean interactive() { return true; }

    @Override public void onInterrupt(Runnable cancel) { onInterrupt = cancel; }

    @Override public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException ignored) {
            // the session is over; a history that cannot be saved is not worth an error
        }
    }
}
