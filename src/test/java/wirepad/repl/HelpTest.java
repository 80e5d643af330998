package wirepad.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpTest {
    @Test void parsesBlocks() {
        HelpFile f = HelpFile.parse("t", List.of("# comment", "== go FAST", "Go fast.", "example: go 1",
                "more", "example: go 2", "", "== stop", "Stop.", "example: stop", ""));
        Help go = f.get("go");
        assertEquals("go FAST", go.usage());
        assertEquals("Go fast.", go.summary());
        assertEquals(List.of("go 1", "go 2"), go.examples());
        assertEquals(List.of("more"), go.details());
        assertEquals(List.of("go", "stop"), List.copyOf(f.names()));
    }

    @Test void aBlockWithoutExampleOrSummaryIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HelpFile.parse("t", List.of("== go", "Go.", "no example here")));
        assertEquals("t: help without an example: go", e.getMessage());
        assertThrows(IllegalStateException.class, () -> HelpFile.parse("t", List.of("== go", "")));
    }

    @Test void missingBlockIsNamed() {
        HelpFile f = HelpFile.parse("x.txt", List.of());
        assertEquals("x.txt has no '== go' block", assertThrows(IllegalStateException.class, () -> f.get("go")).getMessage());
    }

    @Test void helpCommandShowsExamplesFirstThenUsage() {
        Capture c = new Capture();
        Capture.repl(c).execute("help echo");
        assertTrue(c.out.toString().startsWith("echo — Print TEXT with $variables expanded.\n\n  wirepad> echo $host\n"),
                c.out.toString());
        assertTrue(c.out.toString().contains("\nusage: echo TEXT\n"));
    }

    @Test void helpListsEveryCommandWithItsSummary() {
        Capture c = new Capture();
        Repl r = Capture.repl(c);
        r.execute("help");
        String flat = c.out.toString().replaceAll("\\s+", " ");
        for (Command cmd : r.table().all()) assertTrue(flat.contains(cmd.help().summary()), cmd.name());
        assertTrue(c.out.toString().contains("  quit, exit  "));
    }

    @Test void duplicateNamesAreRejected() {
        CommandSet twice = () -> List.of(Command.of("echo", new Help("echo", "again", List.of("echo"), List.of()), in -> { }));
        assertThrows(IllegalArgumentException.class, () -> Capture.table(twice));
    }
}
