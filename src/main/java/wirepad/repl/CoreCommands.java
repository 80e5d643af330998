package wirepad.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** help, quit/exit, set, vars, echo. Help texts: help.txt next to this class. */
public final class CoreCommands implements CommandSet {
    @Override public String title() { return "The session"; }

    private final HelpFile help = HelpFile.load(CoreCommands.class, "help.txt");

    @Override public List<Command> commands() {
        return List.of(
                Command.of("help", help.get("help"), CoreCommands::help)
                        .withCompleter(Completer.COMMAND_NAMES),
                Command.of("quit", help.get("quit"), in -> in.session().requestQuit()).withAliases("exit"),
                Command.of("set", help.get("set"), CoreCommands::set).withCompleter(CoreCommands::completeSet),
                Command.of("vars", help.get("vars"), CoreCommands::vars),
                Command.of("echo", help.get("echo"), in -> in.out().println(in.text())),
                Command.of("sleep", help.get("sleep"), CoreCommands::sleep)
                        .withCompleter(Completer.words(List.of("100ms", "1s", "5s"))));
    }

    private static void help(Invocation in) throws CommandException {
        List<String> w = in.words();
        if (w.size() > 1) throw in.usage();
        if (w.isEmpty()) {
            HelpPrinter.list(in.commands(), in.out());
            return;
        }
        Command c = in.commands().find(w.get(0));
        if (c == null) throw new CommandException("no command '" + w.get(0) + "'; type 'help' for the list");
        HelpPrinter.command(c, in.out());
    }

    private static void set(Invocation in) throws CommandException {
        String raw = in.raw().strip();
        Settings settings = in.session().settings();
        if (raw.isEmpty()) {
            int pad = settings.all().stream().mapToInt(s -> s.name().length()).max().orElse(0);
            int vpad = settings.all().stream().mapToInt(s -> settings.get(s.name()).length()).max().orElse(0);
            for (Setting s : settings.all()) {
                String v = settings.get(s.name());
                in.out().println(String.format("%-" + pad + "s  %-" + vpad + "s  %s", s.name(), v, s.summary()));
            }
            return;
        }
        int sp = raw.indexOf(' ');
        String name = sp < 0 ? raw : raw.substring(0, sp);
        String value = sp < 0 ? null : raw.substring(sp + 1).strip();
        if (name.startsWith("$")) {
            String var = name.substring(1);
            if (!Expander.isName(var)) throw new CommandException("bad variable name '" + name + "' (letters, digits, _)");
            if (value == null) {
                String v = in.session().get(var);
                if (v == null) throw new CommandException("no variable " + name + " (see 'vars')");
                in.out().println(name + " = " + v);
            } else {
                in.session().set(var, in.session().expand(value));
            }
            return;
        }
        if (value == null) {
            settings.def(name);
            in.out().println(name + " = " + settings.get(name));
        } else {
            settings.set(name, value);
        }
    }

    private static List<String> completeSet(Session s, List<String> before) {
        List<String> out = new ArrayList<>();
        if (before.isEmpty()) {
            for (Setting st : s.settings().all()) out.add(st.name());
        } else if (before.size() == 1) {
            for (Setting st : s.settings().all()) if (st.name().equals(before.get(0))) out.addAll(st.values());
        }
        return out;
    }

    private static void sleep(Invocation in) throws CommandException {
        List<String> w = in.words();
        if (w.size() != 1) throw in.usage();
        try {
            in.cancel().sleep(Durations.parse(w.get(0)));
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    private static void vars(Invocation in) throws CommandException {
        if (!in.words().isEmpty()) throw in.usage();
        Map<String, Session.Var> vars = in.session().vars();
        if (vars.isEmpty()) {
            in.out().println("no variables (set one: set $host example.com)");
            return;
        }
        vars.forEach((name, v) -> in.out().println("$" + name + " = " + v.value()));
    }
}
