package wirepad.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
            else if (c != null && c.completer() == Completer.SERVER_KINDS) {
                if (words.size() == 2) for (ServerKind k : table.serverKinds()) pool.add(k.name());
                else pool.addAll(List.of("--wait", Completer.FILES));     // a zone file (dns), a site folder (lab)
            } else if (c != null) pool.addAll(c.completer().candidates(session, words.subList(1, words.size() - 1)));
        }
        if (pool.remove(Completer.FILES)) pool.addAll(files(current, ""));
        if (pool.remove(Completer.AT_FILES) && current.startsWith("@")) pool.addAll(files(current.substring(1), "@"));
        // case-insensitive: 'content-t' completes to Content-Type: as a header name is case-insensitive (RFC 9110 §5.1)
        return pool.stream().filter(s -> s.regionMatches(true, 0, current, 0, current.length())).distinct().toList();
    }

    /**
     * File and folder names that start with {@code word} (a path relative to the session's folder,
     * or absolute), folders ending in '/'; hidden ones only when the word's last part starts with '.'.
     */
    List<String> files(String word, String prefix) {
        int slash = word.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : word.substring(0, slash + 1);
        String namePart = word.substring(slash + 1);
        Path dir = dirPart.isEmpty() ? session.dir() : session.resolve(dirPart);
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!name.startsWith(namePart) || (name.startsWith(".") && !namePart.startsWith("."))) continue;
                out.add(prefix + dirPart + name + (Files.isDirectory(p) ? "/" : ""));
            }
        } catch (IOException | RuntimeException e) {
            return List.of();   // no such folder, or not readable: nothing to offer
        }
        out.sort(null);
        return out;
    }
}
