package wirepad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Placeholder REPL entry (plain lines); the real REPL lives in wirepad.repl. */
final class Repl {
    private Repl() {}

    static int start(InputStream in, PrintStream out, PrintStream err) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals("quit") || line.equals("exit")) break;
                if (line.equals("help")) out.print(Main.USAGE);
            }
        } catch (IOException e) {
            err.println("wirepad: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
