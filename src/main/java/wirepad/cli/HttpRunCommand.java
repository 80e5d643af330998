package wirepad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import wirepad.bytes.Visible;
import wirepad.http.HttpFile;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.net.Connection;
import wirepad.net.Exchange;
import wirepad.net.HostPort;
import wirepad.net.NetException;
import wirepad.view.MessageText;

/** {@code wirepad http run FILE.http}: every request of a JetBrains/VS Code .http file, shown as the exact bytes sent. */
final class HttpRunCommand {
    private HttpRunCommand() {}

    static final String USAGE = """
            usage: wirepad http run [--host HOST:PORT] [--dry-run] [--timeout MS] FILE.http

            Reads a .http file (JetBrains HTTP Client / VS Code REST Client: ### separators, @var = value,
            {{var}}, request line, fields, empty line, body) and sends each request on its own connection.
            The file uses LF; as those tools do, the request-line and field lines are sent with CRLF (the
            body as written). Each request is shown as the exact bytes sent, with what was added (Host from
            an absolute URL, Content-Length for a body), then the response and why reading stopped.

            Examples:
              wirepad http run examples/widgets.http
              wirepad http run --host 127.0.0.1:8082 api.http     # every request to this server
              wirepad http run --dry-run api.http                   # only show the bytes
            Exit status: 0 every request got a complete response, 1 otherwise, 2 usage or file error.
            """;

    static int run(String[] args, PrintStream out, PrintStream err) {
        String host = null, file = null;
        boolean dry = false;
        int timeout = 5000;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "-h", "--help" -> { out.print(USAGE); return 0; }
                    case "--host" -> host = SendCommand.value(args, ++i, "--host");
                    case "--dry-run" -> dry = true;
                    case "--timeout" -> {
                        timeout = SendCommand.number(args, ++i, "--timeout");
                        if (timeout == 0) throw new IllegalArgumentException("--timeout must be more than 0 ms (0 would wait forever)");
                    }
                    default -> {
                        if (args[i].startsWith("--") || file != null) throw new IllegalArgumentException("unexpected argument " + args[i]);
                        file = args[i];
                    }
                }
            }
            if (file == null) throw new IllegalArgumentException("FILE.http is missing");
        } catch (IllegalArgumentException e) {
            err.println("wirepad http run: " + e.getMessage());
            err.println("usage: wirepad http run [--host HOST:PORT] [--dry-run] [--timeout MS] FILE.http");
            return 2;
        }
        List<HttpFile.Request> reqs;
        try {
            reqs = HttpFile.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("wirepad http run: " + Input.cannotRead(file, e));
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("wirepad http run: " + file + ": " + e.getMessage());
            return 2;
        }
        if (reqs.isEmpty()) {
            err.println("wirepad http run: " + file + " holds no request");
            return 2;
        }
        int failed = 0;
        for (HttpFile.Request r : reqs) {
            byte[] bytes = r.draft().toBytes();
            String to = host != null ? host : r.target();
            out.println("### " + r.name() + " (line " + r.line() + ")" + (to == null ? "" : " -> " + to));
            for (String n : r.notes()) out.println("note: " + n);
            for (String l : Visible.lines(bytes, 0, bytes.length, Visible.Style.GLYPHS)) out.println("> " + l);
            out.println("(" + bytes.length + " bytes)");
            if (dry) { out.println(); continue; }
            if (to == null) {
                out.println("error: no target: give the request an absolute URL, a Host field, or use --host");
                failed++;
                continue;
            }
            try {
                HostPort hp = HostPort.parse(to, 80);
                try (Connection c = Connection.open(hp.host(), hp.port(), Connection.Options.DEFAULT.withTimeouts(timeout, timeout))) {
                    Exchange.Result x = Exchange.run(c, List.of(bytes), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
                    for (HttpMessage m : x.responses()) for (String l : MessageText.lines(m, true)) out.println("< " + l);
                    if (x.error() != null) out.println("error: " + x.error().describe());
                    out.println(x.stopped());
                    if (!x.complete() || x.error() != null) failed++;
                }
            } catch (IllegalArgumentException | NetException e) {
                out.println("error: " + e.getMessage());
                failed++;
            }
            out.println();
        }
        if (!dry) out.println(reqs.size() - failed + " of " + reqs.size() + " requests got a complete response");
        return failed == 0 ? 0 : 1;
    }
}
