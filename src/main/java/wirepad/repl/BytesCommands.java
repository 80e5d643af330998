package wirepad.repl;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.EscapeException;
import wirepad.bytes.Escapes;
import wirepad.bytes.Hex;
import wirepad.bytes.Hexdump;
import wirepad.bytes.Visible;

/** bytes (typed escapes → bytes) and hex (hex digits → bytes): both show visible form and hexdump. */
public final class BytesCommands implements CommandSet {
    @Override public String title() { return "Bytes"; }

    private final HelpFile help = HelpFile.load(BytesCommands.class, "help.txt");

    @Override public List<Command> commands() {
        List<String> firstWords = new ArrayList<>(Words.HTTP_METHODS);
        List<String> later = new ArrayList<>(Words.HTTP_HEADERS);
        later.addAll(Words.HTTP_VERSIONS);
        return List.of(
                Command.of("bytes", help.get("bytes"), BytesCommands::bytes)
                        .withCompleter(Completer.firstThen(firstWords, later)),
                Command.of("hex", help.get("hex"), BytesCommands::hex));
    }

    private static void bytes(Invocation in) throws CommandException {
        String text = in.text();
        if (text.isEmpty()) throw in.usage();
        byte[] b;
        try {
            b = Escapes.parse(text);
        } catch (EscapeException e) {
            throw CommandException.at(e.getMessage(), text, e.column());
        }
        show(b, in.out());
    }

    private static void hex(Invocation in) throws CommandException {
        String text = in.text().strip();
        if (text.isEmpty()) throw in.usage();
        byte[] b = Hex.parse(text);
        if (b == null) throw new CommandException(hexProblem(text));
        in.out().println("escaped: " + Escapes.format(b));
        show(b, in.out());
    }

    /** Why {@code text} is not hex: the first bad character, or an odd digit count. */
    static String hexProblem(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean prefix = c == '0' && i + 1 < text.length() && (text.charAt(i + 1) | 0x20) == 'x'
                    && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ':');
            if (prefix) { i++; continue; }
            if (Character.digit(c, 16) >= 0) digits++;
            else if (c != ' ' && c != ':' && c != '\t')
                return "column " + (i + 1) + ": '" + c + "' is not a hex digit (want pairs like 0d 0a or 0d0a)";
        }
        return "odd number of hex digits (" + digits + "); every byte is two digits";
    }

    /** Visible form (one line per input line), the byte count, then the hexdump. */
    static void show(byte[] b, Out out) {
        for (String line : Visible.lines(b, 0, b.length, Visible.Style.GLYPHS)) out.println(line);
        out.println(out.paint(Style.DIM, b.length + (b.length == 1 ? " byte" : " bytes")));
        out.print(Hexdump.dump(b));
    }
}
