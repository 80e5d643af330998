package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole file or stdin, with a size limit (every buffer has one). A file is read as a
 * stream, never by its reported size: /dev/zero, a FIFO or a growing file report 0 or less than
 * they hold, and would be read forever.
 */
final class Input {
    private Input() {}

    static final int MAX = 128 * 1024 * 1024;

    /** More than the limit: the message names it; {@code limit()} says what it was. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        TooLarge(String what, int limit) {
            super(what + " is larger than " + limit + " bytes");
            this.limit = limit;
        }

        int limit() { return limit; }
    }

    static byte[] readAll(InputStream in, int max) throws IOException {
        byte[] b = in.readNBytes(max + 1);
        if (b.length > max) throw new TooLarge("input", max);
        return b;
    }

    static byte[] readFile(Path p, int max) throws IOException {
        if (Files.isRegularFile(p) && Files.size(p) > max) throw new TooLarge("file", max);
        try (InputStream in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) throw new TooLarge("file", max);
            return b;
        }
    }
}
