package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirepad.bytes.Pointer;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StreamParse;
import wirepad.json.Json;
import wirepad.view.MessageJson;
import wirepad.view.MessageText;

/** {@code wirepad http parse}: raw bytes in, every message and its framing out. */
final class HttpCommand {
    private HttpCommand() {}

    static final String PARSE_USAGE = """
            usage: wirepad http parse [--request|--response] [--lenient] [--eof] [--method M] [--json] [FILE|-]

            Parses raw HTTP/1.x bytes from FILE (or stdin) exactly as received and explains where each
            message ends and why (RFC 9112 §6.3). Pipelined messages are all shown.

            Examples:
              printf 'GET / HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n' | wirepad http parse
              printf 'HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nhi' | wirepad http parse --json
              wirepad http parse --response --eof reply.bin       # body runs until the close
              wirepad http parse --response --method HEAD reply.bin
              printf 'GET / HTTP/1.1\\nHost: a\\n\\n' | wirepad http parse --lenient

            Options:
              --request, --response  which side the bytes come from (default: guessed, "HTTP/" = response)
              --lenient              accept bare LF, obs-fold, bare CR, loose whitespace (each noted)
              --eof                  the input ends where the connection closed (ends a close-delimited body)
              --method M             the request method a response answers (HEAD, CONNECT change framing)
              --json                 one JSON object: ok, kind, messages, consumed, complete, error
            Exit status: 0 parsed, 1 protocol error, 2 usage error.
            """;

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(PARSE_USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "env" -> { return HttpEnvCommand.run(rest, in, out, err); }
            case "lint" -> { return HttpLintCommand.run(rest, in, out, err); }
            case "export" -> { return HttpExportCommand.run(rest, in, out, err); }
            case "run" -> { return HttpRunCommand.run(rest, out, err); }
            default -> { }
        }
        if (!args[0].equals("parse")) {
            err.println("wirepad http: unknown subcommand '" + args[0] + "' (try: wirepad http parse --help)");
            return 2;
        }
        Role role = null;
        boolean lenient = false, eof = false, json = false;
        String method = null, file = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> { out.print(PARSE_USAGE); return 0; }
                case "--request" -> role = Role.REQUEST;
                case "--response" -> role = Role.RESPONSE;
                case "--lenient" -> lenient = true;
                case "--eof" -> eof = true;
                case "--json" -> json = true;
                case "--method" -> {
                    if (++i >= args.length) return usage(err, "--method needs a value, e.g. --method HEAD");
                    method = args[i];
                }
                default -> {
                    if (a.startsWith("--")) return usage(err, "unknown option " + a);
                    if (file != null) return usage(err, "only one FILE, got " + file + " and " + a);
                    file = a;
                }
            }
        }
        byte[] input;
        try {
            input = file == null || file.equals("-") ? Input.readAll(in, Input.MAX) : Input.readFile(Path.of(file), Input.MAX);
        } catch (NoSuchFileException e) {
            return usage(err, "no such file: " + file);
        } catch (IOException e) {
            return usage(err, "cannot read " + (file == null ? "stdin" : file) + ": " + e.getMessage());
        }
        if (role == null) role = startsWith(input, "HTTP/") ? Role.RESPONSE : Role.REQUEST;
        ParserOptions o = lenient ? ParserOptions.LENIENT : ParserOptions.STRICT;
        StreamParse r = StreamParse.of(role, o, input, Integer.MAX_VALUE, eof, method);
        if (json) out.println(Json.write(json(role, r)));
        else human(role, input, r, out);
        return r.ok() ? 0 : 1;
    }

    private static Map<String, Object> json(Role role, StreamParse r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("ok", r.ok());
        o.put("kind", role == Role.REQUEST ? "request" : "response");
        List<Object> ms = new ArrayList<>();
        for (HttpMessage m : r.messages()) ms.add(MessageJson.message(m));
        o.put("messages", ms);
        o.put("consumed", r.consumed());
        o.put("complete", r.complete());
        o.put("error", r.error() == null ? null : MessageJson.error(r.error()));
        return o;
    }

    private static void human(Role role, byte[] input, StreamParse r, PrintStream out) {
        int n = 0;
        for (HttpMessage m : r.messages()) {
            if (r.messages().size() > 1) out.println("── message " + (++n) + " ──");
            for (String l : MessageText.lines(m, true)) out.println(l);
            out.println();
        }
        if (r.error() != null) {
            out.println("error     " + r.error().describe());
            for (String l : Pointer.at(input, input.length, r.error().offset()).split("\n")) out.println("  " + l);
        } else if (r.tunnelAt() >= 0) {
            out.println("tunnel    " + (input.length - r.tunnelAt()) + " bytes after offset " + r.tunnelAt() + " belong to the next protocol");
        } else if (!r.complete()) {
            out.println("incomplete  input ended at byte " + input.length + " while waiting for "
                    + (r.waiting() == null ? "a " + (role == Role.REQUEST ? "request" : "response") : r.waiting()));
        }
        out.println("consumed  " + r.consumed() + " of " + input.length + " bytes" + (r.complete() ? ", complete" : ""));
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (b[i] != prefix.charAt(i)) return false;
        return true;
    }

    private static int usage(PrintStream err, String msg) {
        err.println("wirepad http parse: " + msg);
        err.println("usage: wirepad http parse [--request|--response] [--lenient] [--eof] [--method M] [--json] [FILE|-]");
        return 2;
    }
}
