package wirepad.server.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import wirepad.http.PercentCodec;
import wirepad.server.Handler.Reply;

/**
 * The web server in front of the app (the seed's Nginx): for GET and HEAD, a file under the root
 * answers — {@code /widgets} finds {@code widgets.html}, a directory finds its {@code index.html}.
 * Nothing found means {@code null}: the request goes on to the app. Paths that leave the root
 * (after decoding and resolving {@code ..} and symbolic links) are never served.
 */
final class StaticFiles {
    static final long MAX_FILE = 16L * 1024 * 1024;

    private final Path root;
    private final Clock clock;

    /** @throws IOException when {@code root} is no readable directory; its message starts with the path and says why */
    StaticFiles(Path root, Clock clock) throws IOException {
        this.root = directory(root);
        this.clock = clock;
    }

    /** The real path of a root directory, or an exception saying why it is not one (a file, missing, unreadable). */
    static Path directory(Path root) throws IOException {
        if (!Files.exists(root)) throw new IOException(root + ": no such directory");
        if (!Files.isDirectory(root)) throw new IOException(root + " is a file, not a directory (give the directory whose files are served)");
        if (!Files.isReadable(root) || !Files.isExecutable(root)) throw new IOException(root + ": permission denied");
        return root.toRealPath();
    }

    Path root() { return root; }

    Reply handle(LabRequest r) {
        if (!(r.is("GET") || r.is("HEAD"))) return null;
        Path file = find(r.path());
        if (file == null) return null;
        try {
            byte[] b = Files.readAllBytes(file);
            String rel = "/" + root.relativize(file).toString().replace('\\', '/');
            return Res.of(clock, r, 200, type(file), b, "X-Served-By", "web server (static file " + rel + ")");
        } catch (IOException e) {
            return null; // unreadable: let the app answer
        }
    }

    /** The file a path names, or null. */
    Path find(String urlPath) {
        String decoded;
        try {
            decoded = new String(PercentCodec.decode(urlPath, false), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.indexOf('\0') >= 0 || !decoded.startsWith("/")) return null;
        Path p = root.resolve(decoded.substring(1)).normalize();
        if (!p.startsWith(root)) return null;
        for (Path c : new Path[] {p, p.resolve("index.html"), p.resolveSibling(p.getFileName() + ".html")}) {
            if (c.getFileName() == null) continue;
            try {
                if (!Files.isRegularFile(c)) continue;
                Path real = c.toRealPath();
                if (real.startsWith(root) && Files.size(real) <= MAX_FILE) return real;
            } catch (IOException e) {
                // not servable: try the next candidate
            }
        }
        return null;
    }

    static String type(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = n.lastIndexOf('.') < 0 ? "" : n.substring(n.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html", "htm" -> "text/html; charset=UTF-8";
            case "txt", "md" -> "text/plain; charset=UTF-8";
            case "css" -> "text/css";
            case "js" -> "text/javascript";
            case "json" -> "application/json";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "svg" -> "image/svg+xml";
            default -> "application/octet-stream";
        };
    }
}
