package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirepad.bytes.Pointer;
import wirepad.bytes.Visible;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StreamParse;
import wirepad.json.Json;
import wirepad.view.MessageJson;
import wirepad.view.MessageText;

/** {@code wirepad http parse}: raw bytes in, every message and its framing out; {@code wirepad http} routes its subcommands. */
final class HttpCommand {
    private HttpCommand() {}

    static final String USAGE = """
            usage: wirepad http parse|env|lint|export|run [OPTIONS] ...

            Examples:
              printf 'GET / HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n' | wirepad http parse     # where each message ends, and why
              wirepad http parse --response --json reply.bin
              printf 'GET /?q=1 HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n' | wirepad http env   # the Rack env an app would see
              wirepad http lint smuggle.bin                      # every parser profile's reading; desyncs marked
              wirepad http export curl 127.0.0.1:8080 req.bin    # a curl (or printf | nc) command sending the same bytes
              wirepad http run examples/widgets.http             # send every request of a .http file

            Subcommands:
              parse   parse raw HTTP/1.x bytes and explain the framing
              env     the Rack env (or [status, headers, body]) an application would see
              lint    every parser profile's reading of the bytes; desyncs (request smuggling) marked
              export  a curl or printf|nc command that sends the same bytes
              run     send every request of a .http file, showing the exact bytes
            Run 'wirepad http SUBCOMMAND --help' for the details of one.
            """;

    static final String PARSE_USAGE = """
            usage: wirepad http parse [--request|--response] [--lenient] [--eof] [--method M[,M...]] [--json] [FILE|-]

            Parses raw HTTP/1.x bytes from FILE (or stdin) exactly as received and explains where each
            message ends and why (RFC 9112 §6.3). Pipelined messages are all shown. A request whose
            Host is missing, doubled or invalid is shown whole, then rejected (a server answers 400);
            the bytes after a CONNECT request or an Upgrade request are shown as tunnel data.

            Examples:
              printf 'GET / HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n' | wirepad http parse
              printf 'HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nhi' | wirepad http parse --json
              wirepad http parse --response --eof reply.bin       # body runs until the close
              wirepad http parse --response --method HEAD reply.bin
              wirepad http parse --response --method HEAD,GET two-replies.bin   # pipelined: one method per response
              printf 'GET / HTTP/1.1\\nHost: a\\n\\n' | wirepad http parse --lenient
              printf 'GET / HTTP/1.1\\r\\nHost: a@b\\r\\n\\r\\n' | wirepad http parse   # strict: rejected

            Options:
              --request, --response  which side the bytes come from (default: guessed, "HTTP/" = response)
              --lenient              accept bare LF, obs-fold, bare CR, loose whitespace (each noted)
              --eof                  the input ends where the connection closed (ends a close-delimited body)
              --method M[,M...]      the request method a response answers (HEAD, CONNECT change framing);
                                     for pipelined responses one per response, in order (HEAD,GET); a
                                     response past the list answers GET. Methods are case-sensitive
                                     (RFC 9110 §9.1): head is not HEAD
              --json                 one JSON object: ok, kind, messages, consumed, complete, error, tunnel_at
            In --json, header names and values and the reason are the raw bytes decoded as ISO-8859-1,
            one character per byte (bytes are not text): UTF-8 "café" is "caf\\u00c3\\u00a9" ("cafÃ©").
            The JSON is ASCII in any locale: every character from U+007F up is a \\uXXXX escape.
            Exit status: 0 parsed, 1 protocol error, 2 usage error.
            """;

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        if (args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return 0;
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
            err.println("wirepad http: unknown subcommand '" + args[0] + "'");
            err.print(USAGE);
            return 2;
        }
        Role role = null;
        boolean lenient = false, eof = false, json = false;
        String file = null;
        List<String> methods = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> { out.print(PARSE_USAGE); return 0; }
                case "--request", "--response" -> {
                    Role r = a.equals("--request") ? Role.REQUEST : Role.RESPONSE;
                    if (role != null && role != r) return usage(err, "--request and --response: pick one");
                    role = r;
                }
                case "--lenient" -> lenient = true;
                case "--eof" -> eof = true;
                case "--json" -> json = true;
                case "--method" -> {
                    if (++i >= args.length) return usage(err, "--method needs a value, e.g. --method HEAD (or HEAD,GET for pipelined responses)");
                    methods = List.of(args[i].split(",", -1));
                    for (String m : methods)
                        if (!isToken(m))
                            return usage(err, "--method wants method tokens separated by ',' (RFC 9110 §9.1: letters, digits, !#$%&'*+-.^_`|~), got \""
                                    + args[i] + "\"");
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) return usage(err, "unknown option " + a);
                    if (file != null) return usage(err, "only one FILE, got " + file + " and " + a);
                    file = a;
                }
            }
        }
        if (methods != null && role == Role.REQUEST)
            return usage(err, "--method M names the request a response answers; it does nothing with --request");
        byte[] input;
        try {
            input = Input.fileOrStdin(file, in, "wirepad http parse", "the message", err);
        } catch (IOException e) {
            return usage(err, Input.cannotRead(file, e));
        }
        if (role == null) role = startsWith(input, "HTTP/") ? Role.RESPONSE : Role.REQUEST;
        if (methods != null && role == Role.REQUEST)
            return usage(err, "--method M names the request a response answers, and these bytes are a request"
                    + " (they do not start with \"HTTP/\"); give --response if they are one");
        for (String method : methods == null ? List.<String>of() : methods) {
            String upper = method.toUpperCase(java.util.Locale.ROOT);
            if (!upper.equals(method) && List.of("HEAD", "CONNECT", "GET", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH").contains(upper))
                err.println("note: methods are case-sensitive (RFC 9110 §9.1): '" + method + "' is not " + upper
                        + ", so the response is framed as for any other method");
        }
        ParserOptions o = lenient ? ParserOptions.LENIENT : ParserOptions.STRICT;
        // read in place: a large file is not held twice
        StreamParse r = StreamParse.inPlace(role, o, input, eof, methods == null ? List.of() : methods);
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
        o.put("tunnel_at", r.tunnelAt() < 0 ? null : r.tunnelAt());
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
            HttpMessage last = r.messages().isEmpty() ? null : r.messages().get(r.messages().size() - 1);
            boolean framed = last != null && r.error().equals(last.rejection()); // shown above; this is the verdict
            out.println((framed ? "rejected  a server answers 400: " : "error     ") + r.error().describe());
            for (String l : Pointer.at(input, input.length, r.error().offset()).split("\n")) out.println("  " + l);
        } else if (r.tunnelAt() >= 0) {
            int rest = input.length - r.tunnelAt();
            out.println("tunnel    " + rest + (rest == 1 ? " byte" : " bytes") + " after offset " + r.tunnelAt() + " " + tunnelWhy(r));
            if (rest > 0)
                for (String l : Visible.lines(input, r.tunnelAt(), Math.min(rest, 4096), Visible.Style.GLYPHS)) out.println("  " + l);
            if (rest > 4096) out.println("  … (" + (rest - 4096) + " more bytes)");
        } else if (!r.complete()) {
            out.println("incomplete  input ended at byte " + input.length + " while waiting for "
                    + (r.waiting() == null ? "a " + (role == Role.REQUEST ? "request" : "response") : r.waiting()));
        }
        out.println("consumed  " + r.consumed() + " of " + input.length + " bytes" + (r.complete() ? ", complete" : ""));
    }

    /** Why the bytes after the last message are not HTTP/1.1: a CONNECT request, an Upgrade request, or a switching response. */
    private static String tunnelWhy(StreamParse r) {
        HttpMessage last = r.messages().isEmpty() ? null : r.messages().get(r.messages().size() - 1);
        if (last == null || !last.isRequest())
            return "belong to the next protocol";
        if (last.requestLine().method().equals("CONNECT"))
            return "are tunnel data after the CONNECT request (once the server answers 2xx), not another request (RFC 9110 §9.3.6)";
        return "belong to the protocol the request asks to upgrade to, if the server answers 101 (RFC 9110 §7.8); not read as another request";
    }

    /** token = 1*tchar (RFC 9110 §5.6.2): what a method may be (§9.1). */
    static boolean isToken(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean tchar = c < 0x80 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
            if (!tchar) return false;
        }
        return true;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (b[i] != prefix.charAt(i)) return false;
        return true;
    }

    private static int usage(PrintStream err, String msg) {
        err.println("wirepad http parse: " + msg);
        err.println("usage: wirepad http parse [--request|--response] [--lenient] [--eof] [--method M[,M...]] [--json] [FILE|-]");
        return 2;
    }
}
