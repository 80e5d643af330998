package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import wirepad.net.HostPort;
import wirepad.view.export.CurlExport;
import wirepad.view.export.NcExport;

/** {@code wirepad http export curl|nc HOST:PORT}: a shell command that sends the same request. */
final class HttpExportCommand {
    private HttpExportCommand() {}

    static final String USAGE = """
            usage: wirepad http export curl|nc HOST:PORT [FILE|-]

            Prints a shell command that sends the request in FILE (or stdin) to HOST:PORT.
              nc    printf '...' | nc -N HOST PORT — the exact bytes, every byte escaped for POSIX printf, and
                    the flag that makes the installed nc end when the server closes (-N OpenBSD nc,
                    -q 1 traditional netcat, none for ncat; a '#' note when no nc is found)
              curl  a curl command; what curl cannot reproduce (bare LF, obs-fold, field order or case,
                    hand-made chunking…) is listed first as '# warning:' lines (the output stays a valid script)

            Examples:
              printf 'GET / HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n' | wirepad http export curl 127.0.0.1:8080
              wirepad http export nc 127.0.0.1:8080 request.bin | sh
            Exit status: 0 exported (curl: exactly), 1 curl cannot reproduce the bytes exactly, 2 usage error.
            """;

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (args.length < 2 || args.length > 3 || !(args[0].equals("curl") || args[0].equals("nc"))) {
            err.println("wirepad http export: want curl or nc, then HOST:PORT, then FILE or nothing for stdin");
            err.println("usage: wirepad http export curl|nc HOST:PORT [FILE|-]");
            return 2;
        }
        String file = args.length == 3 ? args[2] : null;
        HostPort hp;
        byte[] input;
        try {
            hp = HostPort.parse(args[1], 80);
            input = Input.fileOrStdin(file, in, "wirepad http export", "the request", err);
        } catch (IllegalArgumentException e) {
            err.println("wirepad http export: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("wirepad http export: " + Input.cannotRead(file, e));
            return 2;
        }
        if (args[0].equals("nc")) {
            out.print(NcExport.render(input, hp.host(), hp.port(), wirepad.view.export.NcFlavor.installed()));
            return 0;
        }
        CurlExport.Result r = CurlExport.render(input, hp.host(), hp.port());
        for (String w : r.warnings()) out.println("# warning: " + w);
        if (!r.command().isEmpty()) out.println(r.command());
        return r.exact() ? 0 : 1;
    }
}
