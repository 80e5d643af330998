package wirepad.repl.http;

import java.util.ArrayList;
import java.util.List;
import wirepad.repl.Command;
import wirepad.repl.CommandSet;
import wirepad.repl.Completer;
import wirepad.repl.HelpFile;
import wirepad.repl.Words;

/**
 * The HTTP playground in the REPL: draft a request line by line, send it (or raw bytes), keep a
 * connection open, pipeline, and look at any exchange again in four views.
 */
public final class HttpCommands implements CommandSet {
    @Override public String title() { return "HTTP: draft a request, send it, look at it again"; }

    private final HelpFile help = HelpFile.load(HttpCommands.class, "help.txt");

    static final String CONNECT_TIMEOUT = "connect-timeout", IDLE_TIMEOUT = "idle-timeout", FOLLOW_TIMEOUT = "timeout";
    /** {@code set body-limit N}: the largest file {@code body @FILE} reads, in MiB (default 64). */
    static final String BODY_LIMIT = "body-limit";

    /**
     * {@code set profile strict|lenient}: how responses are parsed (RFC 9112 to the letter, or forgiving with notes);
     * {@code set connect-timeout D} and {@code set idle-timeout D}: each of the two waits, or {@code timeout} to follow that setting.
     */
    @Override public List<wirepad.repl.Setting> settings() {
        return List.of(
                wirepad.repl.Setting.durationOr(FOLLOW_TIMEOUT, CONNECT_TIMEOUT,
                        "HTTP: how long the connect may take (timeout = as the timeout setting)"),
                wirepad.repl.Setting.durationOr(FOLLOW_TIMEOUT, IDLE_TIMEOUT,
                        "HTTP: how long a read waits for the next byte (timeout = as the timeout setting)"),
                wirepad.repl.Setting.number(BODY_LIMIT, "HTTP: the largest file 'body @FILE' reads, in MiB", "64", 1, 4096, false),
                new wirepad.repl.Setting(Views.UTF8, "raw views show valid UTF-8 as text: auto (when the response says charset=utf-8), on, off",
                        "auto", wirepad.view.Utf8Text.MODES, v -> {
                            if (!wirepad.view.Utf8Text.MODES.contains(v)) throw new IllegalArgumentException("want auto, on or off, got '" + v + "'");
                            return v;
                        }),
                new wirepad.repl.Setting(EditCommand.SETTING, "the editor 'edit' runs (auto = $VISUAL, else $EDITOR, else vi)",
                        "auto", List.of("auto", "nano", "vi"), v -> {
                            if (v.isBlank()) throw new IllegalArgumentException("want a program (and its options) or auto");
                            return v;
                        }),
                new wirepad.repl.Setting("profile", "how responses are parsed: strict (RFC 9112) or lenient (notes each leniency)",
                "strict", List.of("strict", "lenient"), v -> switch (v) {
                    case "strict", "lenient" -> v;
                    default -> throw new IllegalArgumentException("want strict or lenient, got '" + v + "'");
                }));
    }

    @Override public List<wirepad.repl.ServerKind> serverKinds() { return HttpServerKinds.all(); }

    /** The names of the draft's field lines, with their colon, for 'header set|del NAME'. */
    private static List<String> draftNames(wirepad.repl.Session s) {
        var d = s.state(HttpState.class, HttpState::new).draft;
        return d == null ? List.of() : d.fields().stream().map(l -> l.name() + ":").distinct().toList();
    }

    @Override public List<Command> commands() {
        List<String> requestStart = new ArrayList<>(Words.HTTP_METHODS);
        requestStart.add("http://");
        List<String> afterMethod = new ArrayList<>(List.of("/", "http://", "HTTP/1.1", "HTTP/1.0"));
        List<String> headerNames = Words.HTTP_HEADERS; // already end in ":"
        List<String> views = List.of("side", "curl", "flow", "hex", "ledger");
        List<String> sendOpts = List.of("--tls", "--insecure", "--view", "--split-at", "--delay", "--curl", "--flow", "--hex", "--ledger");
        return List.of(
                Command.of("new", help.get("new"), DraftCommands::newDraft).withCompleter(Completer.firstThen(requestStart, afterMethod)),
                Command.of("paste", help.get("paste"), PasteCommands::paste)
                        .withCompleter(Completer.words(List.of("--as-is", "<<END"))),
                Command.of("edit", help.get("edit"), EditCommand::edit),
                Command.of("h", help.get("h"), DraftCommands::addLine).withCompleter(Completer.firstThen(headerNames, List.of())),
                Command.of("header", help.get("header"), DraftCommands::header)
                        .withCompleter((s, before) -> before.isEmpty() ? List.of("add", "ins", "set", "del", "mv")
                                : before.get(0).equals("add") && before.size() == 1 ? headerNames
                                : before.size() == 1 && List.of("set", "del").contains(before.get(0)) ? draftNames(s)
                                : before.size() == 2 && List.of("ins", "set").contains(before.get(0)) ? headerNames : List.of()),
                Command.of("line", help.get("line"), DraftCommands::line).withCompleter(Completer.firstThen(Words.HTTP_METHODS, afterMethod)),
                Command.of("body", help.get("body"), DraftCommands::body)
                        .withCompleter(Completer.words(List.of("--clear", "<<EOF", Completer.AT_FILES))),
                Command.of("show", help.get("show"), DraftCommands::show).withCompleter(Completer.words(List.of("--hex"))),
                Command.of("length", help.get("length"), DraftCommands::length),
                Command.of("host", help.get("host"), DraftCommands::host),
                Command.of("save", help.get("save"), DraftCommands::save),
                Command.of("load", help.get("load"), DraftCommands::load)
                        .withCompleter((s, before) -> List.copyOf(s.state(HttpState.class, HttpState::new).saved.keySet())),
                Command.of("drafts", help.get("drafts"), DraftCommands::drafts),
                Command.of("send", help.get("send"), SendCommands::send).withCompleter(Completer.words(sendOpts)),
                Command.of("raw", help.get("raw"), SendCommands::raw),
                Command.of("pipe", help.get("pipe"), SendCommands::pipe)
                        .withCompleter((s, before) -> List.copyOf(s.state(HttpState.class, HttpState::new).saved.keySet())),
                Command.of("open", help.get("open"), SendCommands::open).withCompleter(Completer.words(List.of("--tls", "--insecure"))),
                Command.of("close", help.get("close"), SendCommands::close),
                Command.of("history", help.get("history"), HistoryCommands::history),
                Command.of("view", help.get("view"), HistoryCommands::view).withCompleter(Completer.words(views)),
                Command.of("explain", help.get("explain"), HistoryCommands::explain),
                Command.of("export", help.get("export"), ExportCommands::export)
                        .withCompleter((s, before) -> before.isEmpty() ? List.of("curl", "nc", "pcap", "http")
                                : before.size() == 1 && (before.get(0).equals("pcap") || before.get(0).equals("http"))
                                ? List.of(Completer.FILES) : List.of()),
                Command.of("import", help.get("import"), ExportCommands::importFile)
                        .withCompleter(Completer.words(List.of(Completer.FILES, "--send"))),
                Command.of("received", help.get("received"), ReceivedCommand::received)
                        .withCompleter((s, before) -> before.isEmpty()
                                ? s.state(wirepad.repl.Servers.class, wirepad.repl.Servers::new).all().stream().map(r -> r.name).toList()
                                : List.of("flow", "hex", "ledger")));
    }
}
