package wirepad.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Protocol code (bytes, http, dns) does no I/O: no java.net or javax.net imports (see STYLE.md). */
class DnsArchitectureTest {
    static final List<String> PROTOCOL_PACKAGES = List.of("bytes", "http", "dns");

    static List<String> offenders(Path root) throws IOException {
        List<String> bad = new ArrayList<>();
        for (String pkg : PROTOCOL_PACKAGES) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String l = lines.get(i).trim();
                        if (l.startsWith("import java.net") || l.startsWith("import javax.net")
                                || l.startsWith("import static java.net") || l.contains("java.net.") && !l.startsWith("*") && !l.startsWith("//"))
                            bad.add(f + ":" + (i + 1) + ": " + l);
                    }
                }
            }
        }
        return bad;
    }

    @Test void protocolPackagesDoNotTouchTheNetwork() throws IOException {
        Path root = Path.of("src/main/java/wirepad");
        assertTrue(Files.isDirectory(root.resolve("dns")), "run from the project root; " + root.toAbsolutePath() + " has no dns/");
        assertEquals(List.of(), offenders(root));
    }

    @Test void theCheckCatchesAnImport(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path dns = Files.createDirectories(tmp.resolve("dns"));
        Files.writeString(dns.resolve("Bad.java"), "package wirepad.dns;\nimport java.net.Socket;\nclass Bad {}\n");
        Files.writeString(dns.resolve("AlsoBad.java"), "package wirepad.dns;\nimport javax.net.ssl.SSLSocket;\nclass AlsoBad {}\n");
        assertEquals(2, offenders(tmp).size());
    }
}
