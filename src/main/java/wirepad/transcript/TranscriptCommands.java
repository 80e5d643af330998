package wirepad.transcript;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import wirepad.repl.Command;
import wirepad.repl.CommandException;
import wirepad.repl.CommandSet;
import wirepad.repl.FileErrors;
import wirepad.repl.Completer;
import wirepad.repl.HelpFile;
import wirepad.repl.Invocation;
import wirepad.repl.Tap;

/** {@code record FILE} / {@code record stop} and {@code replay FILE}. Help: help.txt next to this class. */
public final class TranscriptCommands implements CommandSet {
    @Override public String title() { return "Transcripts"; }

    private final HelpFile help = HelpFile.load(TranscriptCommands.class, "help.txt");

    @Override public List<Command> commands() {
        return List.of(
                Command.of("record", help.get("record"), TranscriptCommands::record)
                        .withCompleter(Completer.words(List.of("stop", Completer.FILES))),
                Command.of("replay", help.get("replay"), TranscriptCommands::replay).withCompleter(Completer.words(List.of(Completer.FILES))));
    }

    static String plural(int n) { return n + (n == 1 ? " command" : " commands"); }

    private static Recorder active(Invocation in) {
        for (Tap t : in.out().taps()) if (t instanceof Recorder r) return r;
        return null;
    }

    private static void record(Invocation in) throws CommandException {
        List<String> w = in.words();
        Recorder now = active(in);
        if (w.isEmpty()) {
            in.out().println(now == null ? "not recording (record FILE starts)"
                    : "recording to " + now.shownAs() + " (" + plural(now.steps()) + " so far; record stop ends)");
            return;
        }
        if (w.size() != 1) throw in.usage();
        if (w.get(0).equals("stop")) {
            if (now == null) throw new CommandException("not recording");
            now.stop();
            in.out().untap(now);
            in.out().println("recorded " + plural(now.steps()) + " to " + now.shownAs() + "; check it with: bin/wirepad run "
                    + Recorder.realPath(now.file()));
            return;
        }
        if (now != null) throw new CommandException("already recording to " + now.shownAs() + " (record stop first)");
        Path file = in.session().resolve(w.get(0));
        List<String> names = new java.util.ArrayList<>();
        List<String> made = madeBefore(in, names);
        try {
            Recorder r = new Recorder(file, w.get(0), in.session());
            r.preamble(made, names);
            in.out().tap(r);
        } catch (FileAlreadyExistsException e) {
            throw new CommandException(w.get(0) + " exists; pick another name or remove it first");
        } catch (IOException e) {
            throw new CommandException(FileErrors.cannot("write", w.get(0), file, e));
        }
        in.out().println("recording to " + w.get(0) + "; 'record stop' ends it");
        if (!made.isEmpty()) in.out().println("written first, to make them again: " + String.join(", ", names));
        for (String n : in.session().notReplayed()) in.out().println("note: not written, so a replay will not have " + n);
        int width = in.out().width();
        if (width != TranscriptRunner.WIDTH)
            in.out().println("note: output here is " + width + " columns wide and transcripts run at " + TranscriptRunner.WIDTH
                    + ", so views that wrap will not match; 'set width " + TranscriptRunner.WIDTH + "' records at that width");
    }

    /** Commands that make variables and that a transcript can run again before the recording. */
    private static final java.util.Set<String> REPLAYABLE = java.util.Set.of("set", "serve");

    /**
     * The input lines that made the session's variables (each once, oldest first), with the
     * variables' names added to {@code names}; refuses when one of them cannot be run again.
     * Volatile variables no command made are the program's own ($TMP in a transcript run).
     */
    private static List<String> madeBefore(Invocation in, List<String> names) throws CommandException {
        java.util.Map<String, String> origins = in.session().origins();
        List<String> lines = new java.util.ArrayList<>();
        for (var v : in.session().vars().entrySet()) {
            String name = v.getKey(), line = origins.get(name);
            if (line == null && v.getValue().isVolatile()) continue;   // the program's own, as $TMP in a transcript run
            if (line == null)
                throw new CommandException("cannot record from here: $" + name + " was not made by a command, so the transcript"
                        + " could not make it again; 'set $" + name + " VALUE' first, or record from the start");
            if (!REPLAYABLE.contains(line.split("\\s+", 2)[0]))
                throw new CommandException("cannot record from here: $" + name + " was made by '" + line + "', which a transcript"
                        + " cannot run again before the recording; make it with 'set' or 'serve', or record from the start");
        }
        for (var e : origins.entrySet()) {
            names.add("$" + e.getKey());
            if (!lines.contains(e.getValue())) lines.add(e.getValue());
        }
        // settings changed before (width and colour are the runner's: 100 columns, no colour)
        wirepad.repl.Settings settings = in.session().settings();
        for (wirepad.repl.Setting st : settings.all()) {
            if (List.of("width", "color").contains(st.name()) || settings.get(st.name()).equals(st.initial())) continue;
            names.add(st.name());
            lines.add("set " + st.name() + " " + settings.get(st.name()));
        }
        List<String> state = in.session().replay();   // saved drafts, the draft, the DNS query
        if (state.stream().anyMatch(l -> l.startsWith("save "))) names.add("the saved drafts");
        int afterSaves = 0;
        for (int i = 0; i < state.size(); i++) if (state.get(i).startsWith("save ")) afterSaves = i + 1;
        if (state.subList(afterSaves, state.size()).stream().anyMatch(l -> l.startsWith("new "))) names.add("the draft");
        if (state.stream().anyMatch(l -> l.startsWith("query "))) names.add("the DNS query");
        lines.addAll(state);
        return lines;
    }

    /** A transcript read on its own thread: Ctrl-C ends the wait on a file that never ends (a FIFO). */
    private static Transcript read(Invocation in, Path path) throws IOException, TranscriptException {
        try {
            return in.cancel().call("read", () -> Transcript.read(path));
        } catch (IOException | TranscriptException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void replay(Invocation in) throws CommandException {
        List<String> w = in.words();
        if (w.size() != 1) throw in.usage();
        String name = w.get(0);
        Transcript t;
        Path path = in.session().resolve(name);
        try {
            t = read(in, path);
            t = new Transcript(name, t.file(), t.lines(), t.steps());
        } catch (IOException e) {
            throw new CommandException(FileErrors.cannot("read", name, path, e));
        } catch (TranscriptException e) {
            throw new CommandException(e.getMessage());
        }
        Transcript shown = t;
        List<StepResult> results = new TranscriptRunner(in.commands()).run(t, r -> {
            in.out().println("replay " + shown.name() + ":" + r.step().line() + "  " + r.step().input());
            if (r.ok()) {
                for (String l : r.actual()) in.out().println("  " + l);
            } else {
                Diff.of(shown.name(), r).forEach(in.out()::println);
            }
            return r.ok() && !in.cancel().isCancelled();
        });
        in.cancel().check();
        StepResult last = results.isEmpty() ? null : results.get(results.size() - 1);
        if (last != null && !last.ok())
            throw new CommandException("replay stopped at " + name + ":" + last.step().line() + ": output differs (diff above)");
        in.out().println("replay: " + plural(results.size()) + ", all matched");
    }
}
