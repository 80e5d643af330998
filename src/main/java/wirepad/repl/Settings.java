package wirepad.repl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings of a session: definitions (from the command sets) and current values. */
public final class Settings {
    /** Settings every session has. */
    public static final List<Setting> CORE = List.of(
            Setting.number("width", "columns for output (auto = the terminal's)", "auto", 20, 1000, true),
            Setting.onOffAuto("color", "ANSI colours (auto = on at a terminal unless NO_COLOR is set)", "auto"),
            Setting.duration("timeout", "how long network commands wait for the peer", "5s"));

    private final Map<String, Setting> defs = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    public Settings(List<Setting> settings) {
        for (Setting s : settings) {
            if (defs.putIfAbsent(s.name(), s) != null) throw new IllegalArgumentException("setting defined twice: " + s.name());
            values.put(s.name(), s.initial());
        }
    }

    public List<Setting> all() { return List.copyOf(defs.values()); }

    public Setting def(String name) throws CommandException {
        Setting s = defs.get(name);
        if (s == null) throw new CommandException("no setting '" + name + "' (known: " + String.join(", ", defs.keySet()) + ")");
        return s;
    }

    public String get(String name) {
        String v = values.get(name);
        if (v == null) throw new IllegalArgumentException("no setting " + name);
        return v;
    }

    public void set(String name, String value) throws CommandException {
        Setting s = def(name);
        try {
            values.put(name, s.check().apply(value));
        } catch (IllegalArgumentException e) {
            throw new CommandException(name + ": " + e.getMessage());
        }
    }
}
