package wirepad.repl.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wirepad.bytes.Escapes;
import wirepad.http.RequestDraft;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;
import wirepad.repl.MoreInput;

/**
 * {@code edit}: the draft in an editor. The file holds the draft's bytes as typed escapes, one
 * message line per file line with its terminator visible ({@code Host: a\r\n}); reading it back,
 * file line breaks are not bytes, a head line with no {@code \r\n} or {@code \n} at its end gets
 * CRLF (as {@code h} does), and every line that changed is reported.
 */
final class EditCommand {
    static final String SETTING = "editor";

    private EditCommand() {}

    static void edit(Invocation in) throws Exception {
        if (!in.words().isEmpty()) throw in.usage();
        RequestDraft before = DraftCommands.draft(in);
        List<String> editor = editor(in);
        Path file = Files.createTempFile("wirepad-draft", ".http.txt");
        try {
            Files.writeString(file, render(before), StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(editor);
            cmd.add(file.toString());
            Process p;
            try {
                p = new ProcessBuilder(cmd).inheritIO().start();
            } catch (IOException e) {
                throw new CommandException("edit: cannot start the editor '" + String.join(" ", editor) + "' (" + e.getMessage()
                        + "); choose one with 'set editor nano' or the VISUAL / EDITOR variables");
            }
            in.cancel().onCancel(p::destroy);
            int rc = p.waitFor();
            if (rc != 0) throw new CommandException("edit: the editor exited with status " + rc + "; the draft is unchanged");
            RequestDraft after = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
            List<String> was = DraftView.lines(before), now = DraftView.lines(after);
            DraftCommands.set(in, after);
            int changed = 0;
            for (int i = 0; i < Math.max(was.size() - 1, now.size() - 1); i++) {   // the last line is the byte count
                String a = i < was.size() - 1 ? was.get(i) : null, b = i < now.size() - 1 ? now.get(i) : null;
                if (a != null && a.equals(b)) continue;
                changed++;
                if (a == null) in.out().println("added:   " + b.strip());
                else if (b == null) in.out().println("removed: " + a.strip());
                else in.out().println("changed: " + a.strip() + "  ->  " + b.strip());
            }
            if (changed == 0) in.out().println("edit: no change");
            DraftCommands.print(in, after);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** $VISUAL, else $EDITOR, else vi; or the 'editor' setting when it is not auto. Split on spaces. */
    private static List<String> editor(Invocation in) {
        String set = in.session().settings().get(SETTING);
        String e = !set.equals("auto") ? set : firstSet(System.getenv("VISUAL"), System.getenv("EDITOR"), "vi");
        return Arrays.asList(e.strip().split("\\s+"));
    }

    private static String firstSet(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return "vi";
    }

    /** One file line per message line, each with its terminator written as an escape. */
    static String render(RequestDraft d) {
        byte[] all = d.toBytes();
        StringBuilder sb = new StringBuilder();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                sb.append(Escapes.format(all, start, i + 1 - start)).append('\n');
                start = i + 1;
            }
        }
        if (start < all.length) sb.append(Escapes.format(all, start, all.length - start)).append('\n');
        return sb.toString();
    }

    /** The file back as a draft; an escape error names the file line and column. */
    static RequestDraft parse(List<String> fileLines) throws CommandException {
        List<String> head = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        boolean inBody = false;
        for (int n = 0; n < fileLines.size(); n++) {
            String bytes;
            try {
                bytes = new String(Escapes.parse(fileLines.get(n)), StandardCharsets.ISO_8859_1);
            } catch (wirepad.bytes.EscapeException e) {
                throw new CommandException("edit: line " + (n + 1) + ", column " + e.column() + ": " + e.getMessage()
                        + "; the draft is unchanged");
            }
            if (inBody) {
                body.append(bytes);
                continue;
            }
            if (!bytes.endsWith("\n")) bytes += RequestDraft.CRLF;
            head.add(bytes);
            if (MoreInput.strip(bytes).isEmpty()) inBody = true;
        }
        if (head.isEmpty()) throw new CommandException("edit: the file is empty; the draft is unchanged");
        RequestDraft d = PastedRequest.ofBytes(head, true).draft();
        return d.withBody(body.toString().getBytes(StandardCharsets.ISO_8859_1));
    }
}
