package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import wirepad.bytes.Hex;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Message;
import wirepad.dns.Parser;
import wirepad.dns.view.Annotate;
import wirepad.dns.view.DigText;
import wirepad.dns.view.DnsJson;

/** {@code wirepad dns decode|query ...}. Exit codes: 0 ok, 1 protocol error, 2 usage error. */
final class DnsCommand {
    private DnsCommand() {}

    static final String USAGE = """
            usage: wirepad dns decode [--json] [--annotate] [--short] [FILE|-]
                   wirepad dns query NAME [TYPE] [@SERVER[:PORT]] [-x] [+tcp] [+short] [+json] [+noedns] [+bufsize=N] ...
                   wirepad dns trace NAME [TYPE] [--root ADDR]... [--port N]

            decode   read one DNS message (hex text or raw bytes, detected) from FILE or stdin and show it:
                     dig-style text by default, --json for JSON, --annotate for every byte labelled
                     (hexdump with field spans, the flag bits drawn, compression pointers and bytes saved),
                     --short for the answers' data only.
            query    ask a server (see 'wirepad dns query --help').
            trace    resolve iteratively from root hints, explaining each referral (see 'wirepad dns trace --help').

            Exit status: 0 decoded, 1 the bytes break a DNS rule (the message names offset and field),
                         2 usage error.

            Examples:
              echo '1234 0100 0001 0000 0000 0000 03777777 076578616d706c65 036c6162 00 0001 0001' | bin/wirepad dns decode
              bin/wirepad dns decode --annotate reply.bin
              bin/wirepad dns decode --json reply.hex
            """;

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "decode" -> decode(rest, in, out, err);
            case "query" -> DnsQueryCommand.run(rest, out, err);
            case "trace" -> DnsTraceCommand.run(rest, out, err);
            default -> {
                err.println("wirepad dns: unknown subcommand '" + args[0] + "'");
                err.print(USAGE);
                yield 2;
            }
        };
    }

    static int decode(String[] args, InputStream in, PrintStream out, PrintStream err) {
        boolean json = false, annotate = false, shortForm = false;
        String file = null;
        for (String a : args) {
            switch (a) {
                case "--json" -> json = true;
                case "--annotate" -> annotate = true;
                case "--short" -> shortForm = true;
                case "--help", "-h" -> { out.print(USAGE); return 0; }
                default -> {
                    if (a.startsWith("--") || file != null) {
                        err.println("wirepad dns decode: unexpected argument '" + a + "'");
                        err.print(USAGE);
                        return 2;
                    }
                    file = a;
                }
            }
        }
        byte[] raw;
        try {
            raw = file == null || file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            err.println("wirepad dns decode: no such file: " + file);
            return 2;
        } catch (IOException e) {
            err.println("wirepad dns decode: cannot read " + (file == null ? "stdin" : file) + ": " + e.getMessage());
            return 2;
        }
        byte[] wire = bytesOf(raw);
        if (annotate) {
            String view = Annotate.render(wire);
            out.print(view);
            try {
                Parser.parse(wire);
                return 0;
            } catch (DnsFormatException e) {
                err.println("wirepad dns decode: " + e.getMessage());
                return 1;
            }
        }
        Message m;
        try {
            m = Parser.parse(wire);
        } catch (DnsFormatException e) {
            err.println("wirepad dns decode: " + e.getMessage());
            return 1;
        }
        if (json) out.println(DnsJson.write(m));
        else if (shortForm) out.print(DigText.shortForm(m));
        else out.print(DigText.format(m, new DigText.Meta(null, null, null, null, wire.length)));
        return 0;
    }

    /** Hex text if the input is only hex digits, blanks, ':' and "0x"; otherwise the raw bytes. */
    static byte[] bytesOf(byte[] raw) {
        boolean texty = raw.length > 0;
        for (byte b : raw) {
            int v = b & 0xff;
            if (!(Character.digit(v, 16) >= 0 || v == ' ' || v == '\n' || v == '\r' || v == '\t' || v == ':' || v == 'x' || v == 'X')) {
                texty = false;
                break;
            }
        }
        if (texty) {
            byte[] parsed = Hex.parse(new String(raw, java.nio.charset.StandardCharsets.US_ASCII));
            if (parsed != null) return parsed;
        }
        return raw;
    }
}
