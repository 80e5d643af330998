package wirepad.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Help texts kept in a text file on the class path, one block per command:
 * <pre>
 * == bytes ESCAPED-TEXT                 usage line; its first word is the command name
 * Show typed bytes: visible form and hexdump.           one-line summary
 * example: bytes GET / HTTP/1.1\r\n\r\n                  one or more examples
 * Escapes: \r \n \t \0 \\ \" \xHH                        any further lines: details
 * </pre>
 * Lines starting with {@code #} before the first block are comments.
 */
public final class HelpFile {
    private final String source;
    private final Map<String, Help> byName;

    private HelpFile(String source, Map<String, Help> byName) {
        this.source = source;
        this.byName = byName;
    }

    /** Loads {@code resource} next to {@code owner}'s class file (e.g. "help.txt"). */
    public static HelpFile load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("help file missing from the class path: " + resource
                    + " (next to " + owner.getName() + ")");
            var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(resource, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HelpFile parse(String source, List<String> lines) {
        Map<String, Help> map = new LinkedHashMap<>();
        String usage = null;
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("== ")) {
                if (usage != null) put(map, source, usage, body);
                usage = line.substring(3).strip();
                body = new ArrayList<>();
            } else if (usage != null) {
                body.add(line);
            }
        }
        if (usage != null) put(map, source, usage, body);
        return new HelpFile(source, map);
    }

    private static void put(Map<String, Help> map, String source, String usage, List<String> body) {
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) body.remove(body.size() - 1);
        String summary = body.isEmpty() ? "" : body.get(0);
        List<String> examples = new ArrayList<>(), details = new ArrayList<>();
        for (String l : body.subList(Math.min(1, body.size()), body.size())) {
            if (l.startsWith("example: ")) examples.add(l.substring("example: ".length()));
            else details.add(l);
        }
        String name = usage.split(" ", 2)[0];
        try {
            map.put(name, new Help(usage, summary, examples, details));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": " + e.getMessage(), e);
        }
    }

    /** The help of {@code name}; a missing block is a programming error. */
    public Help get(String name) {
        Help h = byName.get(name);
        if (h == null) throw new IllegalStateException(source + " has no '== " + name + "' block");
        return h;
    }

    public java.util.Set<String> names() { return byName.keySet(); }
}
