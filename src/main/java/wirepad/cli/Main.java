package wirepad.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * Entry point of {@code bin/wirepad}: no arguments opens the REPL, otherwise a one-shot command.
 * Exit codes: 0 ok, 1 protocol error or failed check, 2 usage error, 3 internal error (a bug:
 * one line naming it, never a stack trace); {@code send} uses curl's numbers for network failures
 * ({@link ExitCodes}).
 */
public final class Main {
    private Main() {}

    /** The version {@code --version} prints. */
    static final String VERSION = "0.1.0";

    static final String USAGE = """
            wirepad — a raw-socket protocol playground (HTTP/1.x and DNS)

            Examples:
              bin/wirepad                                   open the REPL (type 'help' there)
              printf 'GET / HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n' | bin/wirepad http parse
              bin/wirepad http parse --response --json reply.bin
              bin/wirepad serve echo --port 8080 &
              printf 'GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n' | bin/wirepad send --view curl 127.0.0.1:8080
              bin/wirepad run transcripts/*.t               check REPL transcripts (--update rewrites them)

            Commands:
              http parse [--request|--response] [--lenient] [--eof] [--method M] [--json] [FILE|-]
                        parse raw HTTP/1.x bytes and explain the framing
              http env [--response] [FILE|-]   the Rack env (or [status, headers, body]) an app would see
              http lint [--request|--response] [FILE|-]   every parser profile's reading; desyncs marked
              http export curl|nc HOST:PORT [FILE|-]      a curl or printf|nc command sending the same bytes
              http run [--host H:P] FILE.http            send every request of a .http file, showing the exact bytes
              send [--tls] [--view side|curl|flow|hex|ledger] HOST:PORT [FILE|-]
                        send bytes exactly as given, read and show the response
              serve echo|canned|lab|dns|dns-lab [--port N]
                        run an embedded server in the foreground
              run [--update] FILE.t...
                        run REPL transcripts; a diff for each difference
              dns decode|query|trace ...  decode a DNS message, query a server, trace a delegation
            Run 'bin/wirepad COMMAND --help' for the details of one command; 'bin/wirepad --version' for the version.
            Exit status: 0 ok, 1 protocol error or failed check, 2 usage error, 3 internal error (a bug:
            one line, never a stack trace); send uses curl's numbers for network failures (6 resolve,
            7 connect, 28 timeout, 35/60 TLS, 52 empty reply, 56 receive; the table: bin/wirepad send --help).
            """;

    public static void main(String[] args) {
        PrintStream out = wirepad.repl.OutputCharset.stream(System.out, java.io.FileDescriptor.out);
        PrintStream err = wirepad.repl.OutputCharset.stream(System.err, java.io.FileDescriptor.err);
        // A thread that dies of a bug (a server loop, a timer) says so in one line, not a stack trace.
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            synchronized (err) {
                err.println(internalError(e) + " (thread " + t.getName() + ")");
                err.flush();
            }
        });
        int code = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** "wirepad 0.1.0 (Java 17.0.15)": the version and the Java it runs on. */
    static String versionLine() { return "wirepad " + VERSION + " (Java " + Runtime.version() + ")"; }

    /** Runs one command; a bug in it is one line on {@code err} and exit status 3, never a stack trace. */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, in, out, err);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            out.flush();
            err.println(internalError(e));
            return 3;
        }
    }

    /** "wirepad: internal error: IllegalStateException: ... (at wirepad.dns.Builder.finish:98)". */
    static String internalError(Throwable e) {
        String m = e.getMessage();
        StackTraceElement[] st = e.getStackTrace();
        String where = st.length == 0 ? "" : " (at " + st[0].getClassName() + "." + st[0].getMethodName() + ":" + st[0].getLineNumber() + ")";
        return "wirepad: internal error: " + e.getClass().getSimpleName() + (m == null || m.isEmpty() ? "" : ": " + m.replace('\n', ' ')) + where
                + "; please report it";
    }

    private static int dispatch(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) return Repl.start(in, out, err);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "-h", "--help", "help" -> { out.print(USAGE); return 0; }
            case "-V", "--version", "version" -> { out.println(versionLine()); return 0; }
            case "http" -> { return HttpCommand.run(rest, in, out, err); }
            case "send" -> { return SendCommand.run(rest, in, out, err); }
            case "serve" -> { return ServeCommand.run(rest, out, err); }
            case "run" -> { return wirepad.transcript.RunCommand.run(Arrays.asList(rest), Repl.table(), out, err); }
            case "dns" -> { return DnsCommand.run(rest, in, out, err); }
            default -> {
                err.println("wirepad: unknown command '" + args[0] + "'");
                err.print(USAGE);
                return 2;
            }
        }
    }
}
