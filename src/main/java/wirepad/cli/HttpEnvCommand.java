package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import wirepad.bytes.Pointer;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.http.RackEnv;
import wirepad.http.RackResponse;
import wirepad.http.Role;
import wirepad.http.StreamParse;
import wirepad.net.HostPort;
import wirepad.view.EnvView;

/** {@code wirepad http env}: what the app behind an application server sees (the Rack env), or the [status, headers, body] triple. */
final class HttpEnvCommand {
    private HttpEnvCommand() {}

    static final String USAGE = """
            usage: wirepad http env [--response] [--lenient] [--server HOST:PORT] [FILE|-]

            Parses a request (or with --response, a response) and prints what a Rack application gets:
            the env hash (CGI meta-variables of RFC 3875 §4.1 and rack.input), or the [status, headers, body]
            triple, as Ruby literals — with a note for each field the mapping drops, merges or renames.

            Examples:
              printf 'POST /widgets HTTP/1.1\\r\\nHost: bob.test\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\nContent-Length: 36\\r\\n\\r\\nname=My%%20Widget&color=blue&stock=20' | wirepad http env
              printf 'HTTP/1.1 201 Created\\r\\nLocation: /widgets/42\\r\\nContent-Length: 0\\r\\n\\r\\n' | wirepad http env --response

            Options:
              --response          the bytes are a response: print [status, headers, body]
              --lenient           parse leniently (bare LF, obs-fold…), as some servers do
              --server HOST:PORT  SERVER_NAME/SERVER_PORT when the request has no Host (default localhost:80)
            Exit status: 0 ok, 1 the bytes are not a valid message, 2 usage error.
            """;

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        boolean response = false, lenient = false;
        String file = null, server = "localhost:80";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> { out.print(USAGE); return 0; }
                case "--response" -> response = true;
                case "--request" -> response = false;
                case "--lenient" -> lenient = true;
                case "--server" -> {
                    if (++i >= args.length) return usage(err, "--server needs HOST:PORT");
                    server = args[i];
                }
                default -> {
                    if (args[i].startsWith("--")) return usage(err, "unknown option " + args[i]);
                    if (file != null) return usage(err, "only one FILE");
                    file = args[i];
                }
            }
        }
        HostPort hp;
        byte[] input;
        try {
            hp = HostPort.parse(server, 80);
            input = Input.fileOrStdin(file, in, "wirepad http env", "the message", err);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (IOException e) {
            return usage(err, Input.cannotRead(file, e));
        }
        Role role = response ? Role.RESPONSE : Role.REQUEST;
        StreamParse r = StreamParse.of(role, lenient ? ParserOptions.LENIENT : ParserOptions.STRICT, input, Integer.MAX_VALUE, response, null);
        int n = 0;
        for (HttpMessage m : r.messages()) {
            if (r.messages().size() > 1) out.println("── message " + (++n) + " ──");
            out.print(response ? EnvView.render(RackResponse.of(m)) : EnvView.render(RackEnv.of(m, hp.host(), hp.port(), null)));
        }
        if (r.error() != null) {
            err.println("wirepad http env: " + r.error().describe());
            err.print(Pointer.at(input, input.length, r.error().offset()));
            err.println();
            return 1;
        }
        if (r.messages().isEmpty()) {
            err.println("wirepad http env: no complete " + (response ? "response" : "request") + " in " + input.length + " bytes"
                    + (r.waiting() == null ? "" : " (waiting for " + r.waiting() + ")"));
            return 1;
        }
        return 0;
    }

    private static int usage(PrintStream err, String msg) {
        err.println("wirepad http env: " + msg);
        err.println("usage: wirepad http env [--response] [--lenient] [--server HOST:PORT] [FILE|-]");
        return 2;
    }
}
