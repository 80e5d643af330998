package wirepad.cli;

import java.io.PrintStream;

/** {@code wirepad dns query ...} (the client lands in wirepad.net.dns). */
final class DnsQueryCommand {
    private DnsQueryCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("wirepad dns query: not built yet");
        return 2;
    }
}
