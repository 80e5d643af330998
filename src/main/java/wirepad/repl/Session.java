package wirepad.repl;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The state of one REPL session: variables ({@code $echo} → "127.0.0.1:41234"), settings, each
 * feature's state (drafts, history, servers), and the directory relative file names resolve against. One per REPL;
 * every transcript gets a fresh one.
 */
public final class Session {
    /**
     * A variable. A volatile one holds a value that changes from run to run (a port, a temp dir):
     * transcripts print it as {@code $name} so that they compare equal across runs.
     */
    public record Var(String value, boolean isVolatile) {}

    private final Map<String, Var> vars = new TreeMap<>();
    /** For each variable, the input line that last made or changed it, oldest first. */
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Settings settings;
    private final Map<Class<?>, Object> states = new LinkedHashMap<>();
    private final Path dir;
    private boolean quit;

    public Session(List<Setting> settings, Path dir) {
        this.settings = new Settings(settings);
        this.dir = dir;
    }

    /** A session with the core settings only, resolving files against the working directory. */
    public static Session basic() { return new Session(Settings.CORE, Path.of("").toAbsolutePath()); }

    public Settings settings() { return settings; }

    // --- variables ---

    public void set(String name, String value) { setVar(name, new Var(value, false)); }

    /** For values that differ per run, e.g. a server's port: see {@link Var}. */
    public void setVolatile(String name, String value) { setVar(name, new Var(value, true)); }

    private void setVar(String name, Var v) {
        if (!Expander.isName(name)) throw new IllegalArgumentException("bad variable name: " + name);
        vars.put(name, v);
    }

    public String get(String name) {
        Var v = vars.get(name);
        return v == null ? null : v.value();
    }

    public void remove(String name) {
        vars.remove(name);
        origins.remove(name);
    }

    /** Notes that {@code line} made or changed variable {@code name} ({@code record} writes such lines first). */
    void origin(String name, String line) {
        origins.remove(name);
        if (vars.containsKey(name)) origins.put(name, line);
    }

    /** The input line that made each variable there is now, oldest first (none for those set by the program). */
    public Map<String, String> origins() { return Collections.unmodifiableMap(origins); }

    public Map<String, Var> vars() { return Collections.unmodifiableMap(vars); }

    /** Replaces {@code $name}, {@code ${name}} and {@code $$} (a dollar sign) in {@code text}. */
    public String expand(String text) throws CommandException { return Expander.expand(text, vars); }

    // --- feature state: one object per feature (HTTP drafts and history, DNS queries, servers…) ---

    /**
     * The state object of one feature, made on first use. A feature keeps everything it needs
     * there (its draft, its history, its servers); {@link #close()} closes those that are
     * {@link AutoCloseable}, so servers stop when the session ends.
     */
    public <T> T state(Class<T> type, Supplier<T> make) {
        Object s = states.get(type);
        if (s == null) {
            s = make.get();
            states.put(type, s);
        }
        return type.cast(s);
    }

    /** The commands that make the features' state again ({@link Replayable}), in the order the features started. */
    public List<String> replay() throws CommandException {
        List<String> out = new java.util.ArrayList<>();
        for (Object s : states.values()) if (s instanceof Replayable r) out.addAll(r.replay(this));
        return out;
    }

    /** What the features' state has that {@link #replay()} cannot make again, one phrase each. */
    public List<String> notReplayed() {
        List<String> out = new java.util.ArrayList<>();
        for (Object s : states.values()) if (s instanceof Replayable r) out.addAll(r.notReplayed());
        return out;
    }

    /**
     * Text for a recorded command line: '$' as '$$', then each volatile variable's value (longest
     * first, two characters or more) as ${name}, since a server's address is new on every run.
     */
    public String asVariables(String text) {
        String out = text.replace("$", "$$");
        List<Map.Entry<String, Var>> vs = new java.util.ArrayList<>(vars.entrySet());
        vs.sort(java.util.Comparator.comparingInt((Map.Entry<String, Var> e) -> -e.getValue().value().length()));
        for (var e : vs) {
            if (e.getValue().isVolatile() && e.getValue().value().length() >= 2)
                out = out.replace(e.getValue().value().replace("$", "$$"), "${" + e.getKey() + "}");
        }
        return out;
    }

    /** Ends the session: closes every AutoCloseable feature state (stops servers, closes connections). */
    public void close() {
        for (Object s : states.values()) {
            if (s instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // the session is over; nothing left to report to
                }
            }
        }
        states.clear();
    }

    // --- files, end of session ---

    public Path resolve(String file) { return dir.resolve(file); }

    public Path dir() { return dir; }

    public void requestQuit() { quit = true; }

    public boolean quitRequested() { return quit; }
}
