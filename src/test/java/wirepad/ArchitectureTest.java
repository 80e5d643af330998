package wirepad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Protocol code (bytes, http, dns) never touches a socket: no java.net / javax.net imports. */
class ArchitectureTest {
    private static final Path ROOT = Path.of("src/main/java/wirepad");
    private static final List<String> PROTOCOL_PACKAGES = List.of("bytes", "http", "dns");
    private static final Pattern FORBIDDEN = Pattern.compile("^\\s*import\\s+(static\\s+)?(javax?\\.net)\\b.*$|\\b(javax?\\.net\\.[A-Za-z_]\\w*)");

    /** Each forbidden import or fully qualified java.net/javax.net name in a source text (comments skipped). */
    static List<String> violations(String source) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        boolean inBlock = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (inBlock) {
                int endC = line.indexOf("*/");
                if (endC < 0) continue;
                line = line.substring(endC + 2);
                inBlock = false;
            }
            int block = line.indexOf("/*");
            if (block >= 0) {
                int endC = line.indexOf("*/", block + 2);
                if (endC < 0) { inBlock = true; line = line.substring(0, block); }
                else line = line.substring(0, block) + line.substring(endC + 2);
            }
            int comment = line.indexOf("//");
            if (comment >= 0) line = line.substring(0, comment);
            Matcher m = FORBIDDEN.matcher(line);
            if (m.find()) out.add("line " + (n + 1) + ": " + lines[n].strip());
        }
        return out;
    }

    @Test
    void protocolPackagesDoNotImportNetworking() throws IOException {
        assertTrue(Files.isDirectory(ROOT), "run from the project root: " + ROOT.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        int scanned = 0;
        for (String pkg : PROTOCOL_PACKAGES) {
            Path dir = ROOT.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    scanned++;
                    for (String v : violations(Files.readString(f))) problems.add(ROOT.relativize(f) + " " + v);
                }
            }
        }
        assertTrue(scanned > 0, "no protocol sources found under " + ROOT);
        assertEquals(List.of(), problems, "protocol code must not use java.net or javax.net");
    }

    @Test
    void theCheckCatchesImportsAndQualifiedNames() {
        assertEquals(1, violations("package x;\nimport java.net.Socket;\n").size());
        assertEquals(1, violations("import javax.net.ssl.SSLContext;").size());
        assertEquals(1, violations("import static java.net.InetAddress.getByName;").size());
        assertEquals(1, violations("  java.net.URI u = null;").size());
        assertEquals(List.of("line 2: import java.net.*;"), violations("class A {}\nimport java.net.*;"));
    }

    @Test
    void theCheckIgnoresCommentsAndLookalikes() {
        assertTrue(violations("// never import java.net.Socket here\n/* java.net.URI */\n/**\n * javax.net.ssl\n */\nclass A {}").isEmpty());
        assertTrue(violations("import java.nio.channels.SocketChannel;\nimport myjava.netty.X;").isEmpty());
        assertFalse(violations("import java.net.http.HttpClient;").isEmpty());
    }
}
