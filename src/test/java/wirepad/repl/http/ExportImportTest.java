package wirepad.repl.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export http and import: what a round trip changes is said, saved drafts are never replaced, file errors say why. */
class ExportImportTest extends wirepad.repl.ReplTestBase {
    @TempDir Path dir;

    HttpState http() { return session.state(HttpState.class, HttpState::new); }

    static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    @Test void aRoundTripSaysWhatItLosesAndKeepsTheSavedDraft() {
        Path f = dir.resolve("x.http");
        run("new POST http://127.0.0.1:9/x");
        run("body a\\r\\nb");
        run("length");
        run("save one");
        String export = run("export http " + f);
        assertTrue(export.contains("note: one: the body has 1 CR LF line break; a .http file reads them back as LF, so the body read back is 3 bytes,"
                + " not 4 (Content-Length: 4 will not match)"), export);
        byte[] before = http().saved.get("one").toBytes();
        String imported = run("import " + f);
        assertTrue(imported.contains("note: a saved draft is already named 'one' (kept): this one is saved as 'one-2'"), imported);
        assertTrue(imported.contains("was dropped: a .http file reads CR LF as LF"), imported);
        assertTrue(imported.contains("note: Content-Length: 4 but the body is 3 bytes"), imported);
        assertArrayEquals(before, http().saved.get("one").toBytes(), "the saved draft is not replaced");
        assertArrayEquals(b("POST /x HTTP/1.1\r\nHost: 127.0.0.1:9\r\nContent-Length: 4\r\n\r\na\nb"), http().saved.get("one-2").toBytes());
        String again = run("import " + f);
        assertTrue(again.contains("note: the same bytes as the saved draft 'one-2', which is kept"), again);
    }

    @Test void theSameBytesAreNotSavedTwice() throws Exception {
        Path f = dir.resolve("y.http");
        Files.writeString(f, "### one\nGET http://127.0.0.1:9/ HTTP/1.1\n");
        run("import " + f);
        String again = run("import " + f);
        assertTrue(again.contains("note: the same bytes as the saved draft 'one', which is kept"), again);
        assertTrue(!http().saved.containsKey("one-2"), http().saved.keySet()::toString);
    }

    @Test void fileErrorsSayWhy() throws Exception {
        run("new GET http://127.0.0.1:9/");
        assertTrue(run("export http " + dir.resolve("no/such/x.http")).contains("error: cannot write " + dir.resolve("no/such/x.http")
                + ": the directory " + dir.resolve("no/such") + " does not exist"));
        assertTrue(run("export http " + dir).contains(": it is a directory"));
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertTrue(run("export http " + file.resolve("x.http")).contains(": " + file + " is a file, not a directory"));
        assertTrue(run("import " + dir.resolve("nope.http")).contains("error: cannot read " + dir.resolve("nope.http") + ": no such file"));
    }
}
