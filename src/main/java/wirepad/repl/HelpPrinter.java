package wirepad.repl;

import java.util.List;
import wirepad.view.Columns;

/** Renders the command list and one command's help: examples first, then usage and details. */
final class HelpPrinter {
    private HelpPrinter() {}

    static void list(CommandTable table, Out out) {
        List<Command> all = table.all();
        int pad = all.stream().mapToInt(c -> names(c).length()).max().orElse(0);
        out.println("Commands (help NAME shows usage and examples):");
        if (table.find("serve") != null && table.find("send") != null)
            wrapped(out, "Start here: serve echo, then new http://$echo/ and send (the README walks through it).", "");
        for (CommandTable.Group g : table.groups()) {
            if (!g.title().isEmpty()) out.println(out.paint(Style.BOLD, g.title()));
            for (Command c : g.commands())
                wrapped(out, String.format("  %-" + pad + "s  %s", names(c), c.help().summary()), " ".repeat(pad + 4));
        }
        wrapped(out, "Tab completes; $name expands a variable; Ctrl-C cancels a command; Ctrl-D quits.", "");
    }

    /**
     * Prints a line wrapped at spaces to the output's width, continuation lines indented by
     * {@code indent}: a narrow terminal would otherwise break it in the middle of a word.
     */
    private static void wrapped(Out out, String line, String indent) {
        int w = Math.max(20, out.width() - 1);
        for (String l : Columns.wrap(List.of(line), w, indent)) out.println(l);
    }

    /**
     * Details are paragraphs broken for 100 columns. When a line does not fit, each paragraph of
     * prose (lines not starting with a space, up to a blank one) is joined into one line, so that
     * wrapping makes even lines, not a long one and a short one by turns. Indented lines stay apart.
     */
    static List<String> reflow(List<String> details, int width) {
        if (details.stream().allMatch(d -> Columns.len(d) <= width)) return details;
        List<String> out = new java.util.ArrayList<>();
        for (String d : details) {
            int last = out.size() - 1;
            boolean prose = !d.isBlank() && !d.startsWith(" ");
            if (prose && last >= 0 && !out.get(last).isBlank() && !out.get(last).startsWith(" ")) out.set(last, out.get(last) + " " + d);
            else out.add(d);
        }
        return out;
    }

    /** The leading spaces of a line (a details line keeps its indent when wrapped), plus two. */
    private static String hanging(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return " ".repeat(i + 2);
    }

    static void command(Command c, Out out) {
        Help h = c.help();
        String title = names(c) + " — " + h.summary();
        List<String> t = Columns.wrap(List.of(title), Math.max(20, out.width() - 1), "  ");
        out.println(out.paint(Style.BOLD, names(c)) + t.get(0).substring(names(c).length()));
        for (String l : t.subList(1, t.size())) out.println(l);
        out.println();
        for (String e : h.examples()) wrapped(out, "  " + Repl.PROMPT + e, "      ");
        out.println();
        wrapped(out, "usage: " + h.usage(), "       ");
        for (String d : reflow(h.details(), Math.max(20, out.width() - 1))) wrapped(out, d, hanging(d));
    }

    private static String names(Command c) {
        return c.aliases().isEmpty() ? c.name() : c.name() + ", " + String.join(", ", c.aliases());
    }
}
