package wirepad.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.repl.http.HttpCommands;
import wirepad.repl.lab.LabCommands;
import wirepad.repl.lookup.DnsCommands;
import wirepad.transcript.ScriptConsole;
import wirepad.transcript.TranscriptCommands;

/** Completion of server kinds, file paths and header names in any case; help that wraps at spaces. */
class CompletionMoreTest {
    @TempDir Path dir;

    private CommandTable table() {
        return new CommandTable(List.of(new CoreCommands(), new HttpCommands(), new ServerCommands(), new LabCommands(),
                new DnsCommands(), new TranscriptCommands()));
    }

    @Test void serveCompletesTheKinds() {
        CommandTable t = table();
        Completion c = new Completion(t, t.newSession(dir));
        List<String> kinds = t.serverKinds().stream().map(ServerKind::name).toList();
        assertTrue(kinds.containsAll(List.of("echo", "canned", "lab", "dns")), kinds.toString());
        assertEquals(kinds, c.candidates("serve "));
        assertEquals(List.of("canned"), c.candidates("serve ca"));
        assertEquals(List.of(), c.candidates("serve echo x"));
        assertEquals(List.of("--wait"), c.candidates("serve echo --"));
    }

    @Test void serveCompletesZoneFilesAndFoldersAfterTheKind() throws Exception {
        Files.writeString(dir.resolve("example.lab.zone"), "");
        Files.createDirectories(dir.resolve("site"));
        CommandTable t = table();
        Completion c = new Completion(t, t.newSession(dir));
        assertEquals(List.of("example.lab.zone"), c.candidates("serve dns 5353 ex"));
        assertEquals(List.of("site/"), c.candidates("serve lab 0 s"));
        assertEquals(List.of("--wait", "example.lab.zone", "site/"), c.candidates("serve dns "));
    }

    @Test void filePathsForRecordImportBodyAndExport() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.http"), "");
        Files.writeString(dir.resolve("notes.t"), "");
        Files.writeString(dir.resolve(".hidden"), "");
        CommandTable t = table();
        Completion c = new Completion(t, t.newSession(dir));
        assertEquals(List.of("--send", "notes.t", "sub/"), c.candidates("import "));
        assertEquals(List.of("sub/a.http"), c.candidates("import sub/"));
        assertEquals(List.of("stop", "sub/"), c.candidates("record s"));
        assertEquals(List.of("@notes.t"), c.candidates("body @n"));
        assertEquals(List.of("--clear"), c.candidates("body --c"), "files only after '@'");
        assertEquals(List.of("sub/"), c.candidates("export pcap s"));
        assertEquals(List.of(), c.candidates("export curl s"));
        assertEquals(List.of(".hidden"), c.candidates("import .h"));
        assertEquals(List.of(), c.candidates("import nothing/here"));
    }

    @Test void headerNamesCompleteInAnyCase() throws Exception {
        CommandTable t = table();
        Session s = t.newSession(dir);
        Completion c = new Completion(t, s);
        assertEquals(List.of("Content-Length:", "Content-Type:"), c.candidates("h content-"));
        assertEquals(List.of("Host:"), c.candidates("h HOST"));
        Repl r = new Repl(t, s, new ScriptConsole(100));
        r.execute("new GET / HTTP/1.1");
        r.execute("h x-Trace: 1");
        assertEquals(List.of("x-Trace:"), c.candidates("header del X"));
        assertEquals(List.of("x-Trace:"), c.candidates("header set x"));
    }

    /** Every help text at 60 columns: no line longer than the width unless it is one word, and no word cut. */
    @Test void helpWrapsAtSpacesAt60Columns() throws Exception {
        CommandTable t = table();
        for (String name : names(t)) {
            String wide = help(t, name, 1000), narrow = help(t, name, 60);
            for (String l : narrow.split("\n")) assertTrue(l.length() <= 59 || !l.strip().contains(" "), name + ": " + l);
            assertEquals(words(wide), words(narrow), "help " + name + " has the same words at 60 columns");
        }
    }

    private static List<String> names(CommandTable t) {
        List<String> out = new ArrayList<>(List.of(""));
        for (Command c : t.all()) out.add(c.name());
        return out;
    }

    private String help(CommandTable t, String name, int width) throws Exception {
        Session s = t.newSession(dir);
        s.settings().set("width", Integer.toString(width));
        ScriptConsole console = new ScriptConsole(width);
        new Repl(t, s, console).execute(("help " + name).strip());
        return console.take();
    }

    private static List<String> words(String text) { return Arrays.asList(text.strip().split("\\s+")); }
}
