package wirepad.repl;

import java.util.List;

/** Renders the command list and one command's help: examples first, then usage and details. */
final class HelpPrinter {
    private HelpPrinter() {}

    static void list(CommandTable table, Out out) {
        List<Command> all = table.all();
        int pad = all.stream().mapToInt(c -> names(c).length()).max().orElse(0);
        out.println("Commands (help NAME shows usage and examples):");
        if (table.find("serve") != null && table.find("send") != null)
            out.println("Start here: serve echo, then new http://$echo/ and send (the README walks through it).");
        for (CommandTable.Group g : table.groups()) {
            if (!g.title().isEmpty()) out.println(out.paint(Style.BOLD, g.title()));
            for (Command c : g.commands()) out.println(String.format("  %-" + pad + "s  %s", names(c), c.help().summary()));
        }
        out.println("Tab completes; $name expands a variable; Ctrl-C cancels a command; Ctrl-D quits.");
    }

    static void command(Command c, Out out) {
        Help h = c.help();
        out.println(out.paint(Style.BOLD, names(c)) + " — " + h.summary());
        out.println();
        for (String e : h.examples()) out.println("  " + Repl.PROMPT + e);
        out.println();
        out.println("usage: " + h.usage());
        for (String d : h.details()) out.println(d);
    }

    private static String names(Command c) {
        return c.aliases().isEmpty() ? c.name() : c.name() + ", " + String.join(", ", c.aliases());
    }
}
