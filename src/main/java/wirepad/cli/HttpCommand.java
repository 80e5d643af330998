package wirepad.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** {@code wirepad http ...} (placeholder until the codec lands). */
final class HttpCommand {
    private HttpCommand() {}

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        err.println("wirepad http: not built yet");
        return 2;
    }
}
