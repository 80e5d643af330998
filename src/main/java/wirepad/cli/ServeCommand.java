package wirepad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import wirepad.bytes.EscapeException;
import wirepad.bytes.Escapes;
import wirepad.http.ParserOptions;
import wirepad.net.NetException;
import wirepad.server.CannedHandler;
import wirepad.server.EchoHandler;
import wirepad.server.Handler;
import wirepad.server.HttpServer;
import wirepad.server.lab.LabHandler;

/** {@code wirepad serve echo|canned}: an embedded server in the foreground, logging every request raw. */
final class ServeCommand {
    private ServeCommand() {}

    static final String USAGE = """
            usage: wirepad serve echo   [--port N] [--bind ADDR] [--idle MS] [--head-timeout MS] [--max-connections N]
                                        [--body-time MS] [--body-rate N]
                   wirepad serve dns    --zone FILE [--port N]     (see: wirepad serve dns --help)
                   wirepad serve dns-lab [--port N]
                   wirepad serve lab    [--port N] [--bind ADDR] [--root DIR] [--lenient] [--max-connections N]
                   wirepad serve canned [--port N] [--bind ADDR] (--reply ESCAPED | --reply-file FILE) [--close]
                                        [--max-connections N]

            Runs a server until Ctrl-C, printing each request it receives, tcpflow-style.
            Port 0 (the default) picks a free port, printed on start. Binds 127.0.0.1 unless --bind.
            At most 4096 connections at once (--max-connections N); one more is answered 503 and closed.
            Waiting connections cost no thread. A request's whole head must come within 10 s of its
            first byte (--head-timeout MS; else 408), and no connection may stay silent longer than
            --idle MS (30 s). Bodies: at most 32 MiB each (a larger Content-Length is answered 413
            before the body is read), and a body may take 20 s after its head plus 1 s for every
            500 bytes that came (--body-time MS, --body-rate N bytes a second, 0 = only --idle;
            else 408), as Apache's mod_reqtimeout; nginx bounds only the silence between reads.
            After an early answer (413, 408, 503) the server drops what the client still sends
            until it stops (5 s of silence, 30 s at most), so the client reads the answer, not a reset.
            Expect: 100-continue is answered 100 Continue at once.
            The log shows each request's head and the first 256 bytes of its body.

            Examples:
              wirepad serve echo --port 8080          # the seed's server: "You have requested: /"
              wirepad serve lab --port 8082 --root site   # Bob's widgets, httpbin-style and faulty endpoints (GET / lists them)
              wirepad serve canned --port 8081 --close --reply 'HTTP/1.1 200 OK\\r\\n\\r\\nuntil close'
              wirepad serve canned --reply 'HTTP/1.1 200 OK\\r\\nContent-Length: 10\\r\\n\\r\\nshort'
              wirepad serve echo --max-connections 2  # the third connection at once gets a 503
              wirepad serve echo --head-timeout 3000  # a head still incomplete 3 s after its first byte gets a 408
              wirepad serve echo --body-time 5000 --body-rate 10000   # a body slower than 10 kB/s after 5 s gets a 408
            """;

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String kind = args[0];
        if (kind.equals("dns") || kind.equals("dns-lab")) return DnsServeCommand.run(args, out, err);
        HttpServer.Options defaults = HttpServer.Options.loopback(0);
        int port = 0, idle = 30_000, max = defaults.maxConnections(), head = defaults.headMs();
        int bodyMs = defaults.bodyMs(), bodyRate = defaults.minBodyRate();
        String bind = "127.0.0.1", reply = null, replyFile = null, root = null;
        boolean close = false, lenient = false;
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "-h", "--help" -> { out.print(USAGE); return 0; }
                    case "--port" -> port = SendCommand.number(args, ++i, "--port");
                    case "--bind" -> bind = SendCommand.value(args, ++i, "--bind");
                    case "--idle" -> {
                        idle = SendCommand.number(args, ++i, "--idle");
                        if (idle == 0) throw new IllegalArgumentException("--idle must be more than 0 ms (0 would wait forever)");
                    }
                    case "--head-timeout" -> {
                        head = SendCommand.number(args, ++i, "--head-timeout");
                        if (head == 0) throw new IllegalArgumentException("--head-timeout must be more than 0 ms (0 would wait forever)");
                    }
                    case "--body-time" -> bodyMs = SendCommand.number(args, ++i, "--body-time");
                    case "--body-rate" -> bodyRate = SendCommand.number(args, ++i, "--body-rate");
                    case "--max-connections" -> {
                        max = SendCommand.number(args, ++i, "--max-connections");
                        if (max == 0) throw new IllegalArgumentException("--max-connections must be 1 or more");
                    }
                    case "--reply" -> reply = SendCommand.value(args, ++i, "--reply");
                    case "--reply-file" -> replyFile = SendCommand.value(args, ++i, "--reply-file");
                    case "--close" -> close = true;
                    case "--root" -> root = SendCommand.value(args, ++i, "--root");
                    case "--lenient" -> lenient = true;
                    default -> throw new IllegalArgumentException("unexpected argument " + args[i]);
                }
            }
            if (port > 65535) throw new IllegalArgumentException("--port must be 0-65535");
        } catch (IllegalArgumentException e) {
            err.println("wirepad serve: " + e.getMessage());
            return 2;
        }
        Handler h;
        switch (kind) {
            case "echo" -> h = new EchoHandler(Clock.systemUTC());
            case "lab" -> {
                try {
                    h = new LabHandler(Clock.systemUTC(), root == null ? null : Path.of(root));
                } catch (IOException e) {
                    err.println("wirepad serve lab: --root " + e.getMessage());
                    return 2;
                }
            }
            case "canned" -> {
                try {
                    byte[] b = replyFile != null ? Input.readFile(Path.of(replyFile), Input.MAX)
                            : reply != null ? Escapes.parse(reply) : null;
                    if (b == null) {
                        err.println("wirepad serve canned: give the reply bytes with --reply 'ESCAPED' or --reply-file FILE");
                        return 2;
                    }
                    h = new CannedHandler(b, close);
                } catch (EscapeException e) {
                    err.println("wirepad serve canned: bad escape in --reply at " + e.getMessage());
                    return 2;
                } catch (IOException e) {
                    err.println("wirepad serve canned: " + Input.cannotRead(replyFile, e));
                    return 2;
                }
            }
            default -> {
                err.println("wirepad serve: unknown server '" + kind + "' (echo, canned, lab, dns, dns-lab)");
                return 2;
            }
        }
        LogWriter log = new LogWriter(out, "wirepad-" + kind + "-log");
        HttpServer s;
        try {
            s = HttpServer.start(kind, h, HttpServer.Options.loopback(port).withBind(bind).withIdle(idle).withMaxConnections(max).withHeadTimeout(head)
                    .withBodyDeadline(bodyMs, bodyRate)
                    .withProfile(lenient ? ParserOptions.LENIENT : ParserOptions.STRICT), Clock.systemUTC(), log);
        } catch (NetException e) {
            log.close();
            err.println("wirepad serve: " + e.getMessage());
            return 1;
        }
        log.accept(kind + " server listening on " + s.address() + " (Ctrl-C stops it; at most " + s.maxConnections()
                + " connections at once, --max-connections N)");
        CountDownLatch stop = new CountDownLatch(1);
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                s.close();
                log.close();
                stop.countDown();
            }));
        } catch (IllegalStateException stopping) { // Ctrl-C (or kill) came while the server was starting
            s.close();
            log.close();
            return 0;
        }
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
