package wirepad.repl.http;

import java.nio.charset.StandardCharsets;
import wirepad.bytes.EscapeException;
import wirepad.bytes.Escapes;
import wirepad.repl.CommandException;

/** Typed text with escapes → bytes (as an ISO-8859-1 string), and a line's own terminator. */
final class Typed {
    private Typed() {}

    static byte[] bytes(String text) throws CommandException {
        try {
            return Escapes.parse(text);
        } catch (EscapeException e) {
            throw CommandException.at(e.getMessage(), text, e.column());
        }
    }

    static String latin1(String text) throws CommandException { return new String(bytes(text), StandardCharsets.ISO_8859_1); }

    /**
     * A line as typed: if it ends in {@code \r\n} or {@code \n} (typed as escapes), that is its
     * terminator; otherwise CRLF. Returns {text, eol}.
     */
    static String[] line(String text) throws CommandException {
        String s = latin1(text);
        if (s.endsWith("\r\n")) return new String[] {s.substring(0, s.length() - 2), "\r\n"};
        if (s.endsWith("\n")) return new String[] {s.substring(0, s.length() - 1), "\n"};
        return new String[] {s, "\r\n"};
    }
}
