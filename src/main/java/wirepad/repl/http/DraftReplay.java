package wirepad.repl.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Escapes;
import wirepad.http.RequestDraft;
import wirepad.repl.CommandException;
import wirepad.repl.Session;

/**
 * The saved drafts and the current one as the commands that type them again ({@code new},
 * {@code h}, {@code body}, then {@code save NAME} for a saved one), for {@code record}: every byte as an escape where it is not printable ASCII, a server's address
 * as its variable ({@code $echo}, which is new on every run), a literal {@code $} as {@code $$}.
 * A draft those commands cannot make (a head ending that is not CRLF, a line end other than CRLF
 * or LF) is refused with the reason.
 */
final class DraftReplay {
    private DraftReplay() {}

    static List<String> commands(HttpState s, Session session) throws CommandException {
        List<String> out = new ArrayList<>();
        for (var e : s.saved.entrySet()) {
            String name = e.getKey();
            try {
                out.addAll(draft(e.getValue(), s.savedTargets.get(name), false, session));
            } catch (CommandException x) {
                throw new CommandException(x.getMessage().replace("the draft cannot", "the saved draft '" + name + "' cannot"));
            }
            out.add("save " + name.replace("$", "$$"));
        }
        if (s.draft != null) out.addAll(draft(s.draft, s.target, s.tls, session));
        return out;
    }

    /** What the recording cannot make again: the exchanges in history, the open connection. */
    static List<String> notReplayed(HttpState s) {
        List<String> out = new ArrayList<>();
        int n = s.history.size();
        if (n > 0) out.add(n + " exchange" + (n == 1 ? "" : "s") + " in history (a replay starts with none: 'view', 'explain'"
                + " and 'diff' there see only exchanges sent after 'record', numbered from #1)");
        if (s.connection != null) out.add("the open connection (a replay has none: 'open' it again after 'record')");
        return out;
    }

    private static List<String> draft(RequestDraft d, String target, boolean tls, Session session) throws CommandException {
        List<String> out = new ArrayList<>();
        String start = typed(d.startLine() + d.startEol(), session, "the request line");
        String[] words = d.startLine().strip().split("\\s+");
        if (words.length == 2 && Url.looksLike(words[1]) || d.startLine().startsWith("<<"))
            throw refuse("its request line would be read as a URL or a heredoc by 'new'");
        out.add("new " + start);
        for (RequestDraft.Line l : d.fields()) out.add("h " + typed(l.text() + l.eol(), session, "a field line"));
        if (!d.headEnd().equals(RequestDraft.CRLF)) throw refuse("its head ends in " + Escapes.format(latin1(d.headEnd())) + ", not CRLF");
        if (d.body().length > 0) {
            String body = vars(Escapes.format(d.body()), session);
            if (body.startsWith("@") || body.startsWith("<<") || body.startsWith("--")) body = "\\x" + String.format("%02x", (int) body.charAt(0)) + body.substring(1);
            out.add("body " + edges(body));
        }
        if (tls || (target != null && d.indexOf("Host") >= 0 && !target.equals(d.fields().get(d.indexOf("Host")).value().strip())))
            throw refuse("it goes to " + target + (tls ? " with TLS" : "") + ", which its Host line does not say");
        return out;
    }

    private static CommandException refuse(String why) {
        return new CommandException("cannot record from here: the draft cannot be written as commands (" + why
                + "); start the draft again after 'record', or record from the start");
    }

    /** A line as 'new' and 'h' take it: CRLF unsaid, LF as \n at the end, spaces at the edges escaped. */
    private static String typed(String lineWithEol, Session session, String what) throws CommandException {
        String eol = lineWithEol.endsWith("\r\n") ? "\r\n" : lineWithEol.endsWith("\n") ? "\n" : null;
        if (eol == null) throw refuse(what + " has no line end");
        String text = lineWithEol.substring(0, lineWithEol.length() - eol.length());
        if (text.endsWith("\r") || text.endsWith("\n") || text.isEmpty()) throw refuse(what + " is empty or ends in a stray CR or LF");
        return edges(vars(Escapes.format(latin1(text)), session)) + (eol.equals("\n") ? "\\n" : "");
    }

    /** Leading and trailing spaces as \x20: commands strip the one, editors the other. */
    private static String edges(String s) {
        int a = 0, b = s.length();
        while (a < b && s.charAt(a) == ' ') a++;
        while (b > a && s.charAt(b - 1) == ' ') b--;
        return "\\x20".repeat(a) + s.substring(a, b) + "\\x20".repeat(s.length() - b);
    }

    private static String vars(String escaped, Session session) { return session.asVariables(escaped); }

    private static byte[] latin1(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }
}
