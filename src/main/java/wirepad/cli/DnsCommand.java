package wirepad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import wirepad.bytes.HexText;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Message;
import wirepad.dns.Parser;
import wirepad.dns.view.Annotate;
import wirepad.dns.view.DigText;
import wirepad.dns.view.DnsJson;
import wirepad.repl.FileErrors;

/** {@code wirepad dns decode|query ...}. Exit codes: 0 ok, 1 protocol error, 2 usage error. */
final class DnsCommand {
    private DnsCommand() {}

    static final String USAGE = """
            usage: wirepad dns decode [--json] [--annotate] [--short] [--hex|--binary] [FILE|-]
                   wirepad dns query NAME [TYPE] [@SERVER[:PORT]] [-x] [+tcp] [+short] [+json] [+noedns] [+bufsize=N] ...
                   wirepad dns trace NAME [TYPE] [--root ADDR]... [--port N] [+timeout=T] [+tries=N]

            decode   read one DNS message from FILE or stdin and show it: dig-style text by default,
                     --json for JSON, --annotate for every byte labelled (hexdump with field spans, the
                     flag bits drawn, compression pointers and bytes saved), --short for the answers' data.
                     Input without control bytes is hex text (pairs of digits; blanks, ':' and "0x"
                     allowed), other input raw bytes; --hex or --binary says which. At most 65535 bytes
                     (a DNS message's limit), as hex text at most 524280 characters.
            query    ask a server (see 'wirepad dns query --help').
            trace    resolve iteratively from root hints, explaining each referral (see 'wirepad dns trace --help').

            Exit status: 0 decoded, 1 the bytes break a DNS rule (the message names offset and field),
                         2 usage error, or input that cannot be read (not hex, too large, no such file).

            Examples:
              echo '1234 0100 0001 0000 0000 0000 03777777 076578616d706c65 036c6162 00 0001 0001' | bin/wirepad dns decode
              bin/wirepad dns decode --annotate reply.bin
              bin/wirepad dns decode --json reply.hex
              echo '0001 2800 0001 0000 0001 0000 036c616200 0006 0001 03777777 c00c 00ff 00ff 00000000 0000' | bin/wirepad dns decode
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

    /** A DNS message has at most 65535 bytes: the TCP length prefix is 16 bits (RFC 1035 §4.2.2), and so is a UDP length. */
    static final int MAX_MESSAGE = 65535;
    /** Hex text for the largest message, with room for blanks, ':' and "0x" between the digits. */
    static final int MAX_TEXT = 8 * MAX_MESSAGE;

    static int decode(String[] args, InputStream in, PrintStream out, PrintStream err) {
        boolean json = false, annotate = false, shortForm = false;
        Boolean forceHex = null;
        String file = null;
        for (String a : args) {
            switch (a) {
                case "--json" -> json = true;
                case "--annotate" -> annotate = true;
                case "--short" -> shortForm = true;
                case "--hex" -> forceHex = true;
                case "--binary" -> forceHex = false;
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
        boolean stdin = file == null || file.equals("-");
        byte[] raw;
        try {
            raw = stdin ? Input.readAll(in, MAX_TEXT) : Input.readFile(Path.of(file), MAX_TEXT);
        } catch (Input.TooLarge e) {
            err.println("wirepad dns decode: " + (stdin ? "stdin" : file) + " has more than " + MAX_TEXT + " bytes: a DNS message has at most "
                    + MAX_MESSAGE + " (RFC 1035 §4.2.2), as hex text at most " + MAX_TEXT + " characters");
            return 2;
        } catch (IOException e) {
            err.println("wirepad dns decode: " + FileErrors.cannot("read", stdin ? "stdin" : file, stdin ? null : Path.of(file), e));
            return 2;
        }
        int control = firstControlByte(raw);
        boolean hex = forceHex != null ? forceHex : raw.length > 0 && control < 0;
        byte[] wire = raw;
        if (hex) {
            try {
                wire = HexText.parse(new String(raw, StandardCharsets.UTF_8), MAX_MESSAGE);
            } catch (HexText.Malformed e) {
                err.println("wirepad dns decode: not hex: " + e.getMessage());
                if (forceHex == null) err.println("note: read as hex text because the input has no control bytes; --binary reads it as raw bytes");
                return 2;
            }
        } else if (raw.length > MAX_MESSAGE) {
            err.println("wirepad dns decode: " + raw.length + " bytes of binary input: a DNS message has at most " + MAX_MESSAGE
                    + " (RFC 1035 §4.2.2)");
            return 2;
        }
        // Raw bytes that are nearly all text were probably meant as hex: say how they were read.
        String how = !hex && forceHex == null && control >= 0 && printable(raw) * 10 >= raw.length * 9
                ? String.format("note: read as raw bytes because of the control byte 0x%02x at offset %d; --hex reads it as hex text",
                        raw[control] & 0xff, control) : null;
        if (annotate) {
            String view = Annotate.render(wire);
            out.print(view);
            try {
                Parser.parse(wire);
                return 0;
            } catch (DnsFormatException e) {
                err.println("wirepad dns decode: " + e.getMessage());
                if (how != null) err.println(how);
                return 1;
            }
        }
        Message m;
        try {
            m = Parser.parse(wire);
        } catch (DnsFormatException e) {
            err.println("wirepad dns decode: " + e.getMessage());
            if (how != null) err.println(how);
            return 1;
        }
        if (json) out.println(DnsJson.write(m));
        else if (shortForm) out.print(DigText.shortForm(m));
        else out.print(DigText.format(m, new DigText.Meta(null, null, null, null, wire.length)));
        return 0;
    }

    /**
     * The offset of the first control byte (other than TAB, CR, LF), or -1 if there is none: then
     * the input is text, and read as hex. A DNS message always has one: its header counts and
     * the root label that ends every name are zero bytes.
     */
    static int firstControlByte(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            int v = raw[i] & 0xff;
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' || v == 0x7f) return i;
        }
        return -1;
    }

    private static int printable(byte[] raw) {
        int n = 0;
        for (byte b : raw) if (b >= 0x20 && b < 0x7f || b == '\t' || b == '\n' || b == '\r') n++;
        return n;
    }
}
