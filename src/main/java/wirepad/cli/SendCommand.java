package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import wirepad.bytes.EscapeException;
import wirepad.bytes.Escapes;
import wirepad.http.ParserOptions;
import wirepad.net.Connection;
import wirepad.net.Direction;
import wirepad.net.Exchange;
import wirepad.net.ExchangeLog;
import wirepad.net.HostPort;
import wirepad.net.NetException;
import wirepad.repl.FileErrors;
import wirepad.view.CurlView;
import wirepad.view.FlowView;
import wirepad.view.HexView;
import wirepad.view.LedgerView;
import wirepad.view.SideBySide;

/** {@code wirepad send}: the file's bytes, exactly, to HOST:PORT; the response read and shown. */
final class SendCommand {
    private SendCommand() {}

    static final String USAGE = """
            usage: wirepad send [--tls] [--insecure] [--cacert PEM] [--view side|curl|flow|hex|ledger|raw] [--escapes] [--crlf]
                                [--split-at N [--delay MS]] [--timeout MS] [--connect-timeout MS] [--idle-timeout MS]
                                [--width N] [--pcap OUT.pcap] HOST:PORT [FILE|-]

            Sends the bytes of FILE (or stdin) exactly as they are, reads the response until its framing
            says it is complete, the peer closes, or the idle timeout passes, and shows it.

            Examples:
              printf 'GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n' | wirepad send 127.0.0.1:8080
              echo 'GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n' | wirepad send --escapes --view curl 127.0.0.1:8080
              wirepad send --crlf --view flow 127.0.0.1:8080 request.txt     # LF -> CRLF, and says so
              wirepad send --tls example.test:443 req.bin                     # certificate verified
              wirepad send --split-at 5 --delay 200 --view ledger 127.0.0.1:8080 req.bin
                                                # each write and read, with its time and offsets
              wirepad send --connect-timeout 500 --idle-timeout 30000 10.0.0.7:80 req.bin   # slow server

            Options:
              --escapes     interpret \\r \\n \\t \\0 \\\\ \\" \\xHH in the input (a final newline is dropped)
              --crlf        turn every bare LF into CRLF (the number changed is reported on stderr)
              --tls         TLS with SNI and certificate verification; --insecure skips verification
              --cacert PEM  trust these certificates instead of the JDK's trust store (verification stays on)
              --split-at N  write N bytes at a time; --delay MS pauses between the pieces
              --timeout MS  both timeouts below (default 5000 each)
              --connect-timeout MS   how long the TCP connect may take
              --idle-timeout MS      how long a read waits for the next byte (also the TLS handshake)
              --view ledger every write (>) and read (<): time since connect, offsets, size, first bytes
              --view raw    print exactly the bytes received (for pipes: ... | wirepad http parse --json)
              --pcap FILE   also write the connection as a pcap capture (synthesized TCP/IP; opens in Wireshark)
            A server that answers and closes while the request is still being written has its answer
            shown, and the point where the write was cut short. Ctrl-C shows what came before it
            ("stopped: cancelled after 5 of 100 body bytes") and exits 130; a timeout says it the same
            way ("timed out after 5 of 100 body bytes"). Over TLS, a close-delimited body ended
            by a TCP close without close_notify is reported as a possible truncation (RFC 9112 §9.8).
            HOST:PORT, not a URL: the bytes go out as they are, so the path and Host line are in them.
            An IPv6 address goes in brackets: [::1]:8080 (::1:8080 is refused, as it could mean either).
            """ + ExitCodes.TABLE;

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        boolean tls = false, insecure = false, escapes = false, crlf = false;
        String view = "side", file = null, target = null, cacert = null, pcap = null;
        Integer splitAt = null, delay = null, timeout = null, connectTimeout = null, idleTimeout = null;
        int width = Widths.terminal();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> { out.print(USAGE); return 0; }
                    case "--tls" -> tls = true;
                    case "--insecure" -> insecure = true;
                    case "--cacert" -> cacert = value(args, ++i, a);
                    case "--escapes" -> escapes = true;
                    case "--crlf" -> crlf = true;
                    case "--view" -> view = value(args, ++i, a);
                    case "--split-at" -> splitAt = number(args, ++i, a);
                    case "--delay" -> delay = number(args, ++i, a);
                    case "--timeout" -> timeout = timeout(args, ++i, a);
                    case "--connect-timeout" -> connectTimeout = timeout(args, ++i, a);
                    case "--idle-timeout" -> idleTimeout = timeout(args, ++i, a);
                    case "--width" -> width = number(args, ++i, a);
                    case "--pcap" -> pcap = value(args, ++i, a);
                    default -> {
                        if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
                        if (target == null) target = a;
                        else if (file == null) file = a;
                        else throw new IllegalArgumentException("unexpected argument " + a);
                    }
                }
            }
            if (target == null) throw new IllegalArgumentException("HOST:PORT is missing");
            if (!List.of("side", "curl", "flow", "hex", "ledger", "raw").contains(view))
                throw new IllegalArgumentException("--view is side, curl, flow, hex, ledger or raw, not " + view);
            if (splitAt != null && splitAt == 0) throw new IllegalArgumentException("--split-at wants 1 or more bytes per write (0 would not split)");
            if (delay != null && splitAt == null)
                throw new IllegalArgumentException("--delay MS pauses between the pieces of --split-at N; give --split-at too");
            if (insecure && !tls) throw new IllegalArgumentException("--insecure skips the TLS certificate check; it needs --tls");
            if (cacert != null && !tls) throw new IllegalArgumentException("--cacert PEM is for checking a TLS certificate; it needs --tls");
            if (pcap != null) {
                Path dir = Path.of(pcap).toAbsolutePath().getParent();
                if (dir != null && !java.nio.file.Files.isDirectory(dir))
                    throw new IllegalArgumentException("--pcap " + pcap + ": the directory " + dir + " does not exist");
            }
        } catch (IllegalArgumentException e) {
            err.println("wirepad send: " + e.getMessage());
            err.println("usage: wirepad send [options] HOST:PORT [FILE|-]   (wirepad send --help)");
            return 2;
        }
        HostPort hp;
        byte[] bytes;
        try {
            hp = HostPort.parse(target, tls ? 443 : 80);
            bytes = Input.fileOrStdin(file, in, "wirepad send", "the request", err);
            if (escapes) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
                bytes = Escapes.parse(text);
            }
        } catch (IllegalArgumentException e) {
            err.println("wirepad send: " + e.getMessage());
            if (target.contains("://")) {
                String to = HostPort.fromUrl(target), host = to.replaceFirst("^--tls ", "");
                err.println("e.g. printf 'GET " + HostPort.path(target) + " HTTP/1.1\\r\\nHost: " + host.replaceFirst(":(80|443)$", "")
                        + "\\r\\n\\r\\n' | wirepad send " + to);
            }
            return 2;
        } catch (EscapeException e) {
            err.println("wirepad send: bad escape in the input at " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("wirepad send: " + Input.cannotRead(file, e));
            return 2;
        }
        int connectMs = connectTimeout != null ? connectTimeout : timeout != null ? timeout : 5000;
        int idleMs = idleTimeout != null ? idleTimeout : timeout != null ? timeout : 5000;
        if (bytes.length == 0)
            err.println("note: " + (file == null || file.equals("-") ? "stdin" : file) + " is empty: nothing to send;"
                    + " showing what the server says on its own within the idle timeout (" + idleMs + " ms)");
        if (crlf) {
            LineEndings.Fixed f = LineEndings.crlf(bytes);
            bytes = f.bytes();
            err.println("note: --crlf turned " + f.changed() + " bare LF into CRLF (" + bytes.length + " bytes to send)");
        }
        int split = splitAt == null ? 0 : splitAt;
        if (split > 0 && split >= bytes.length && bytes.length > 0)
            err.println("note: --split-at " + split + " splits nothing: the request is " + bytes.length + " bytes, so it goes in one write");
        else if (split > 0 && delay == null)
            err.println("note: --split-at " + split + " without --delay: the pieces go back to back and TCP may merge them;"
                    + " --delay MS pauses between them");
        Connection.Options o = Connection.Options.DEFAULT.withTimeouts(connectMs, idleMs).withTls(tls, insecure).withCaFile(cacert);
        CtrlC ctrlC = CtrlC.install();
        try {
            return exchange(hp, o, bytes, split, delay, view, width, pcap, ctrlC, out, err);
        } finally {
            out.flush();
            ctrlC.done();
        }
    }

    /**
     * Ctrl-C (or a TERM) while send runs: the connect, handshake or read under way ends at once and
     * what came is shown, like the REPL's cancel ("stopped: cancelled after 5 of 100 body bytes");
     * the JVM waits for that (at most 5 s), then exits with the signal's status (130 for Ctrl-C).
     */
    static final class CtrlC {
        final Connection.Opening opening = new Connection.Opening();
        volatile Connection live;
        private final java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
        private Thread hook;

        static CtrlC install() {
            CtrlC c = new CtrlC();
            c.hook = new Thread(() -> {
                c.opening.close();
                Connection now = c.live;
                if (now != null) now.abort();
                try {
                    c.shown.await(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "wirepad-send-ctrl-c");
            try {
                Runtime.getRuntime().addShutdownHook(c.hook);
            } catch (IllegalStateException | SecurityException e) {
                c.hook = null; // already stopping: nothing to keep
            }
            return c;
        }

        void done() {
            shown.countDown();
            if (hook == null) return;
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is stopping (Ctrl-C): the hook has waited for what was shown
            }
        }
    }

    private static int exchange(HostPort hp, Connection.Options o, byte[] bytes, int split, Integer delay, String view, int width,
                                String pcap, CtrlC ctrlC, PrintStream out, PrintStream err) {
        wirepad.net.Ledger ledger = null;
        ExchangeLog x = null;
        try (Connection c = Connection.open(hp.host(), hp.port(), o, ctrlC.opening)) {
            ctrlC.live = c;
            if (ctrlC.opening.cancelled()) c.abort();
            ledger = c.ledger();
            Exchange.Result r = Exchange.run(c, List.of(bytes), new Exchange.WritePlan(split, delay == null ? 0 : delay), ParserOptions.STRICT);
            x = new ExchangeLog(1, hp.toString(), List.of(bytes), c.ledger(), r, c.connectNanos(), c.tlsNanos(), 0,
                    (int) c.ledger().total(Direction.SENT));
        } catch (NetException e) {
            err.println("wirepad send: " + e.getMessage());
            if (ledger == null || pcap == null) return ExitCodes.of(e.kind());
            return writePcap(ledger, pcap, err) ? ExitCodes.of(e.kind()) : ExitCodes.FAILED;
        }
        // Shown after the close, so every view tells the same story about the connection (the ledger ends with it).
        Exchange.Result r = x.result();
        if (view.equals("raw")) {
            out.write(x.received(), 0, x.received().length);
            out.flush();
            if (r.writeCut() != null) err.println("wirepad send: " + r.writeCut());
            if (r.error() != null || !r.complete()) err.println("wirepad send: " + r.stopped());
        } else {
            out.print(switch (view) {
                case "curl" -> CurlView.render(x);
                case "flow" -> FlowView.render(x.ledger(), 0, Long.MAX_VALUE, 0, Long.MAX_VALUE) + wirepad.view.Footer.render(x);
                case "hex" -> HexView.render(x) + wirepad.view.Footer.render(x);
                case "ledger" -> LedgerView.render(x) + wirepad.view.Footer.render(x);
                default -> SideBySide.render(x, width);
            });
        }
        int code = ExitCodes.of(r);
        // written after the close, so the capture ends with the FIN exchange
        if (pcap != null && !writePcap(ledger, pcap, err)) return ExitCodes.FAILED;
        return code;
    }

    /** The connection's ledger as a pcap file; false (and a message) if it cannot be written. */
    static boolean writePcap(wirepad.net.Ledger ledger, String file, PrintStream err) {
        try {
            long start = wirepad.net.pcap.PcapWriter.epochMicros(ledger.startNanos(), java.time.Clock.systemUTC());
            java.nio.file.Files.write(Path.of(file), new wirepad.net.pcap.PcapWriter().tcp(ledger, true, start).toBytes());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            err.println("wirepad send: " + (e instanceof IOException io ? FileErrors.cannot("write", file, Path.of(file), io) : e.getMessage()));
            return false;
        }
    }

    private static int timeout(String[] args, int i, String opt) {
        int ms = number(args, i, opt);
        if (ms == 0) throw new IllegalArgumentException(opt + " must be more than 0 ms (0 would wait forever)");
        return ms;
    }

    static String value(String[] args, int i, String opt) {
        if (i >= args.length) throw new IllegalArgumentException(opt + " needs a value");
        return args[i];
    }

    static int number(String[] args, int i, String opt) {
        String v = value(args, i, opt);
        try {
            int n = Integer.parseInt(v);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(opt + " needs a whole number, not \"" + v + "\"");
        }
    }
}
