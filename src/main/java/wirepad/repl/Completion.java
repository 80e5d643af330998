package wirepad.repl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tab completion over a command table and a session: command names first, then the command's
 * own candidates, and {@code $variables} anywhere. Returns every candidate that starts with the
 * word under the cursor.
 */
public final class Completion {
    private final CommandTable table;
    private final Session session;

    public Completion(CommandTable table, Session session) {
        this.table = table;
        this.session = session;
    }

    /** Candidates for the word that ends at the end of {@code beforeCursor}. */
    public List<String> candidates(String beforeCursor) {
        String[] split = beforeCursor.stripLeading().split("\\s+", -1);
        List<String> words = Arrays.asList(split);
        String current = words.get(words.size() - 1);
        List<String> pool = new ArrayList<>();
        if (current.startsWith("$")) {
            for (String v : session.vars().keySet()) pool.add("$" + v);
        } else if (words.size() == 1) {
            pool.addAll(table.names());
        } else {
            Command c = table.find(words.get(0));
            if (c != null && c.completer() == Completer.COMMAND_NAMES) pool.addAll(table.names());
            else if (c != null) pool.addAll(c.completer().candidates(session, words.subList(1, words.size() - 1)));
        }
        return pool.stream().filter(s -> s.startsWith(current)).distinct().toList();
    }
}
