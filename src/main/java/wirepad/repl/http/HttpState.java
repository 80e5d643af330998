package wirepad.repl.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirepad.http.RequestDraft;
import wirepad.net.Connection;
import wirepad.net.ExchangeLog;

/**
 * The HTTP side of a REPL session: the request being drafted (and where it goes by default),
 * saved drafts, the history of exchanges, and an open connection for keep-alive.
 * Get it with {@code session.state(HttpState.class, HttpState::new)}.
 */
public final class HttpState implements AutoCloseable, wirepad.repl.Replayable {
    /** The current draft, or null before {@code new}. */
    public RequestDraft draft;
    /** Where {@code send} goes when given no HOST:PORT (set by a URL draft), or null. */
    public String target;
    public boolean tls;
    public final Map<String, RequestDraft> saved = new LinkedHashMap<>();
    /** Where each saved draft goes by default (its URL's host:port), when it came with one. */
    public final Map<String, String> savedTargets = new LinkedHashMap<>();
    public final List<ExchangeLog> history = new ArrayList<>();
    /** A connection kept open by {@code open} for keep-alive and pipelining, or null. */
    public Connection connection;

    /** Exchange number n (1-based), or the last one for n = 0; null if there is none. */
    public ExchangeLog exchange(int n) {
        if (history.isEmpty()) return null;
        if (n == 0) return history.get(history.size() - 1);
        return n >= 1 && n <= history.size() ? history.get(n - 1) : null;
    }

    /** The saved drafts and the draft as the commands that make them again, for 'record' (see DraftReplay). */
    @Override public List<String> replay(wirepad.repl.Session session) throws wirepad.repl.CommandException {
        return DraftReplay.commands(this, session);
    }

    @Override public List<String> notReplayed() { return DraftReplay.notReplayed(this); }

    @Override public void close() {
        if (connection != null) connection.close();
        connection = null;
    }
}
