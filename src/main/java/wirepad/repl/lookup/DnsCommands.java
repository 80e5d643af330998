package wirepad.repl.lookup;

import java.util.ArrayList;
import java.util.List;
import wirepad.repl.Command;
import wirepad.repl.CommandSet;
import wirepad.repl.Completer;
import wirepad.repl.HelpFile;
import wirepad.repl.ServerKind;
import wirepad.repl.Session;
import wirepad.repl.Words;

/**
 * The DNS workbench of the REPL: draft a query, edit its bytes, send it, read the reply field by
 * field; look names up through a TTL cache; decode offline; trace from the roots; and the
 * {@code serve dns} / {@code serve dns-lab} server kinds. State: {@link DnsState}. Help: help.txt here.
 */
public final class DnsCommands implements CommandSet {
    @Override public String title() { return "DNS"; }

    private final HelpFile help = HelpFile.load(DnsCommands.class, "help.txt");

    @Override public List<Command> commands() {
        Completer query = DnsCommands::completeQuery;
        return List.of(
                Command.of("dig", help.get("dig"), DraftCommands::dig).withCompleter(query),
                Command.of("query", help.get("query"), DraftCommands::query).withCompleter(query),
                Command.of("qedit", help.get("qedit"), DraftCommands::qedit)
                        .withCompleter(Completer.firstThen(concat(WireEdit.FIELDS, List.of("reset")), List.of())),
                Command.of("qsend", help.get("qsend"), DraftCommands::qsend)
                        .withCompleter(Completer.words(List.of("+tcp", "+ignore", "+hex"))),
                Command.of("lookup", help.get("lookup"), LookupCommands::lookup).withCompleter(query),
                Command.of("cache", help.get("cache"), LookupCommands::cache).withCompleter(Completer.words(List.of("clear"))),
                Command.of("decode", help.get("decode"), LookupCommands::decode).withCompleter(Completer.words(List.of("+hex"))),
                Command.of("trace", help.get("trace"), LookupCommands::trace).withCompleter(query));
    }

    @Override public List<ServerKind> serverKinds() { return DnsServe.kinds(); }

    /** After the name: record types, classes and +options. */
    private static List<String> completeQuery(Session s, List<String> before) {
        if (before.isEmpty()) return List.of("www.example.lab", "example.lab", "-x");
        List<String> out = concat(Words.DNS_TYPES, List.of("IN", "CH"));
        out.addAll(QueryArgs.OPTIONS);
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
