package wirepad.repl.http;

import java.util.ArrayList;
import java.util.List;
import wirepad.repl.Cancel;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;
import wirepad.repl.MoreInput;

/**
 * {@code paste [--as-is] [<<END]} and {@code new <<END}: a raw request, pasted or typed line by
 * line, becomes the draft. A request line typed at the prompt ({@code GET /x HTTP/1.1}) runs
 * {@code paste} too (the REPL hands it over), and so does a multi-line paste at a terminal.
 */
final class PasteCommands {
    private PasteCommands() {}

    static void paste(Invocation in) throws CommandException {
        boolean asIs = false;
        String end = null;
        for (String w : in.words()) {
            if (w.equals("--as-is")) asIs = true;
            else if (w.startsWith("<<") && w.length() > 2 && end == null) end = w.substring(2);
            else throw in.usage();
        }
        read(in, asIs, end, "paste");
    }

    /**
     * Reads the request: up to the line {@code end}, or (without one) up to the first empty line
     * and then whatever else arrived in the same paste. Ctrl-C abandons it, leaving the draft as it was.
     */
    static void read(Invocation in, boolean asIs, String end, String what) throws CommandException {
        List<String> lines = new ArrayList<>();
        try {
            String l;
            while ((l = in.readMore()) != null) {
                String text = MoreInput.strip(l);
                if (end != null && text.equals(end)) break;
                if (lines.isEmpty() && text.isBlank() && end == null) {
                    throw new CommandException(what + ": the first line is the request line, and it was empty"
                            + " (type or paste the request, e.g. GET / HTTP/1.1, then its field lines and an empty line)");
                }
                lines.add(l);
                if (end == null && text.isEmpty()) {
                    while (in.morePasted()) lines.add(in.readMore());
                    break;
                }
            }
        } catch (Cancel.Cancelled e) {
            throw new CommandException(what + ": abandoned (Ctrl-C); the draft is unchanged");
        }
        if (lines.isEmpty()) throw new CommandException(what + ": no request came (the input ended)");
        PastedRequest p = PastedRequest.of(lines, asIs);
        HttpState s = DraftCommands.state(in);
        s.draft = p.draft();
        s.target = null;
        s.tls = false;
        in.out().println(what + ": " + lines.size() + (lines.size() == 1 ? " line; " : " lines; ") + p.note(asIs)
                + (p.headEnded() ? "" : "; no empty line ended the head, so an empty line (CRLF) was added"));
        DraftCommands.print(in, s.draft);
        for (String l : DraftView.lint(s.draft)) in.out().println(l);
    }
}
