package wirepad.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import wirepad.repl.Command;
import wirepad.repl.CommandTable;

/** Every registered REPL command is documented, and src/main stays free of JLine. */
class RegistryTest {
    @Test void everyCommandHasSummaryUsageAndAnExampleThatCallsIt() {
        CommandTable table = Repl.table();
        assertTrue(table.all().size() >= 10, "commands: " + table.names());
        for (Command c : table.all()) {
            assertFalse(c.help().summary().isBlank(), c.name());
            assertTrue(c.help().usage().startsWith(c.name()), c.name() + " usage: " + c.help().usage());
            assertFalse(c.help().examples().isEmpty(), c.name());
            for (String e : c.help().examples()) {
                String first = e.split(" ", 2)[0];
                assertTrue(first.equals(c.name()) || c.aliases().contains(first), c.name() + " example: " + e);
            }
        }
    }

    @Test void mainSourcesDoNotReferenceJLine() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> bad = files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return Files.readString(p).contains("org.jline");
                } catch (IOException e) {
                    return true;
                }
            }).toList();
            assertTrue(bad.isEmpty(), "src/main must compile without JLine: " + bad);
        }
    }
}
