package wirepad.repl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The servers started in this session (HTTP echo/canned/lab, DNS…), by name. Each name is also a
 * variable ({@code $echo} → its host:port). Their events (requests received) wait in a log until
 * a command shows them, so output never interleaves with the prompt.
 */
public final class Servers implements AutoCloseable {
    /** A running server: where it listens, how to stop it, what it has logged. */
    public static final class Running {
        public final String name, kind, address;
        private final AutoCloseable stopper;
        private final List<String> log = Collections.synchronizedList(new ArrayList<>());
        private int shown;
        private volatile Details details;

        Running(String name, String kind, String address, AutoCloseable stopper) {
            this.name = name;
            this.kind = kind;
            this.address = address;
            this.stopper = stopper;
        }

        /** Adds one event (keeps the newest 1000). */
        public void log(String event) {
            synchronized (log) {
                log.add(event);
                if (log.size() > 1000) { log.remove(0); shown = Math.max(0, shown - 1); }
            }
        }

        public List<String> log() { synchronized (log) { return List.copyOf(log); } }

        /** Lets {@code log NAME N} show event N in full (a DNS server: the bytes of query N and its reply). */
        public void details(Details d) { details = d; }

        /** How to show event N in full, or null when this server keeps only its log lines. */
        public Details details() { return details; }

        /** What runs (e.g. an HttpServer, whose ledgers hold every connection it served). */
        public AutoCloseable handle() { return stopper; }

        /** Events not shown yet; marks them shown. */
        public List<String> unseen() {
            synchronized (log) {
                List<String> out = List.copyOf(log.subList(shown, log.size()));
                shown = log.size();
                return out;
            }
        }
    }

    /** Event N of a server in full, for {@code log NAME N}; a CommandException says which numbers exist. */
    @FunctionalInterface
    public interface Details {
        String show(int n) throws CommandException;
    }

    private final Map<String, Running> byName = new LinkedHashMap<>();

    /** A free name: {@code echo}, then {@code echo2}, {@code echo3}… */
    public String freeName(String base) {
        if (!byName.containsKey(base)) return base;
        for (int i = 2; ; i++) if (!byName.containsKey(base + i)) return base + i;
    }

    /** Registers a started server and sets {@code $name} to its address. */
    public Running add(Session session, String name, String kind, String address, AutoCloseable stopper) {
        Running r = new Running(name, kind, address, stopper);
        byName.put(name, r);
        session.setVolatile(name, address);
        return r;
    }

    public Running get(String name) { return byName.get(name); }

    public List<Running> all() { return List.copyOf(byName.values()); }

    public boolean stop(Session session, String name) {
        Running r = byName.remove(name);
        if (r == null) return false;
        session.remove(name);
        closeQuietly(r.stopper);
        return true;
    }

    @Override public void close() {
        for (Running r : byName.values()) closeQuietly(r.stopper);
        byName.clear();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // stopping: nothing to report
        }
    }
}
