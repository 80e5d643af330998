package wirepad.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileErrorsTest {
    @TempDir Path dir;

    @Test void saysWhyNotJustThePath() throws Exception {
        Path missing = dir.resolve("missing.bin");
        assertEquals("cannot read missing.bin: no such file",
                FileErrors.cannot("read", "missing.bin", missing, new NoSuchFileException(missing.toString())));
        Path deep = dir.resolve("no/dir/x.t");
        assertEquals("the directory " + dir.resolve("no/dir") + " does not exist", FileErrors.why(deep, new NoSuchFileException(deep.toString())));
        Path file = Files.writeString(dir.resolve("f"), "x");
        Path under = file.resolve("x.t");
        assertEquals(file + " is a file, not a directory", FileErrors.why(under, new NoSuchFileException(under.toString())));
        Path deeper = file.resolve("a/b/x.t");
        assertEquals(file + " is a file, not a directory", FileErrors.why(deeper, new NoSuchFileException(deeper.toString())),
                "the file in the path is named, not its missing child");
        assertEquals("it is a directory", FileErrors.why(dir, new IOException("Is a directory")));
        assertEquals("permission denied", FileErrors.why(file, new AccessDeniedException(file.toString())));
        assertEquals("read-only file system", FileErrors.why(file, new FileSystemException(file.toString(), null, "Read-only file system")));
        assertEquals("IOException", FileErrors.why(file, new IOException(file.toString())), "a message that is only the path says nothing");
        assertEquals("input is larger than 5 bytes", FileErrors.why(null, new IOException("input is larger than 5 bytes")));
    }

    @Test void readingAndWritingForReal() {
        Path p = dir.resolve("gone/x");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Files.writeString(p, "x"));
        assertEquals("cannot write gone/x: the directory " + dir.resolve("gone") + " does not exist", FileErrors.cannot("write", "gone/x", p, e));
        e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Files.readAllBytes(dir));
        assertEquals("cannot read d: it is a directory", FileErrors.cannot("read", "d", dir, e));
        Path file = dir.resolve("plain");
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Files.writeString(file, "x"));
        Path under = file.resolve("x");
        e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Files.writeString(under, "x"));
        assertEquals("cannot write p/x: " + file + " is a file, not a directory", FileErrors.cannot("write", "p/x", under, e));
    }
}
