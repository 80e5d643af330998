package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole file or stdin, with a size limit (every buffer has one). */
final class Input {
    private Input() {}

    static final int MAX = 128 * 1024 * 1024;

    static byte[] readAll(InputStream in, int max) throws IOException {
        byte[] b = in.readNBytes(max + 1);
        if (b.length > max) throw new IOException("input is larger than " + max + " bytes");
        return b;
    }

    static byte[] readFile(Path p, int max) throws IOException {
        if (Files.size(p) > max) throw new IOException("file is larger than " + max + " bytes");
        return Files.readAllBytes(p);
    }
}
