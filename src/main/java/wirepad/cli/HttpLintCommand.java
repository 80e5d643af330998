package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import wirepad.bytes.EscapeException;
import wirepad.bytes.Escapes;
import wirepad.http.Role;
import wirepad.http.lint.Lint;
import wirepad.http.lint.LintGrid;

/** {@code wirepad http lint}: one message through every parser profile, disagreements shown. */
final class HttpLintCommand {
    private HttpLintCommand() {}

    static final String USAGE = """
            usage: wirepad http lint [--request|--response] [--eof] [--method M] [--escapes] [FILE|-]

            Parses the bytes with each parser profile (strict RFC 9112, lenient, first-/last-Content-Length-wins,
            Transfer-Encoding-ignored, Content-Length-lenient, chunk-size-lenient, '_'-as-'-') and prints a grid:
            verdict, where the first message ends, body length, framing. Profiles that accept but end the message
            at different bytes are a desync (request smuggling); each rule involved is listed with its RFC section
            and level.

            Examples:
              printf 'POST / HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: 6\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\n\\r\\nG' | wirepad http lint
              echo 'POST / HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: 5\\r\\nContent-Length: 10\\r\\n\\r\\nhello' | wirepad http lint --escapes

            Options:
              --escapes   the input is typed escapes (\\r \\n \\xHH…); a final newline is dropped
              --eof       the input ends where the connection closed
            Exit status: 0 the profiles agree, 1 they disagree (desync or accept/reject split), 2 usage error.
            """;

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Role role = null;
        boolean eof = false, escapes = false;
        String file = null, method = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> { out.print(USAGE); return 0; }
                case "--request" -> role = Role.REQUEST;
                case "--response" -> role = Role.RESPONSE;
                case "--eof" -> eof = true;
                case "--escapes" -> escapes = true;
                case "--method" -> {
                    if (++i >= args.length) return usage(err, "--method needs a value");
                    method = args[i];
                }
                default -> {
                    if (args[i].startsWith("--")) return usage(err, "unknown option " + args[i]);
                    if (file != null) return usage(err, "only one FILE");
                    file = args[i];
                }
            }
        }
        byte[] input;
        try {
            input = Input.fileOrStdin(file, in, "wirepad http lint", "the message", err);
            if (escapes) {
                String t = new String(input, StandardCharsets.UTF_8);
                input = Escapes.parse(t.endsWith("\n") ? t.substring(0, t.length() - 1) : t);
            }
        } catch (EscapeException e) {
            return usage(err, "bad escape at " + e.getMessage());
        } catch (IOException e) {
            return usage(err, Input.cannotRead(file, e));
        }
        if (role == null) role = input.length >= 5 && new String(input, 0, 5, StandardCharsets.ISO_8859_1).equals("HTTP/") ? Role.RESPONSE : Role.REQUEST;
        Lint.Report r = Lint.run(role, input, eof, method);
        out.print(LintGrid.render(r));
        return r.findings().stream().anyMatch(f -> f.startsWith("DESYNC") || f.startsWith("DISAGREE") || f.startsWith("DIFFER")) ? 1 : 0;
    }

    private static int usage(PrintStream err, String msg) {
        err.println("wirepad http lint: " + msg);
        err.println("usage: wirepad http lint [--request|--response] [--eof] [--method M] [--escapes] [FILE|-]");
        return 2;
    }
}
