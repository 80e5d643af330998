package wirepad.dns.view;

import java.util.List;
import wirepad.bytes.Hexdump;
import wirepad.bytes.Label;
import wirepad.dns.Builder;
import wirepad.dns.DnsFormatException;
import wirepad.dns.DnsWarning;
import wirepad.dns.Message;
import wirepad.dns.Parser;

/**
 * The annotated view of a message: every field as a labelled span under its hexdump row, the
 * flag word as a bit diagram, and each compression pointer with the bytes it saved. When the
 * bytes do not decode, the fields decoded so far are still shown, followed by the error; bytes that
 * decode with warnings (a misplaced OPT record) are followed by one {@code warning:} line each.
 */
public final class Annotate {
    private Annotate() {}

    public static String render(byte[] wire) {
        Parser p = new Parser(wire, true);
        Message m = null;
        DnsFormatException error = null;
        try {
            m = p.message();
        } catch (DnsFormatException e) {
            error = e;
        }
        List<Label> labels = new java.util.ArrayList<>(p.labels());
        if (error != null && error.offset() < wire.length)
            labels.add(new Label(error.offset(), error.offset() + 1, "!! error in " + error.field(), error.problem()));
        StringBuilder sb = new StringBuilder();
        sb.append(wire.length).append(" bytes\n");
        sb.append(Hexdump.dump(wire, labels));
        if (wire.length >= 4) sb.append('\n').append(FlagsDiagram.render((wire[2] & 0xff) << 8 | (wire[3] & 0xff)));
        sb.append('\n').append(compression(labels, m, wire.length));
        if (m != null && !m.warnings().isEmpty()) {
            sb.append('\n');
            for (DnsWarning w : m.warnings()) sb.append("warning: ").append(w).append('\n');
        }
        if (error != null) sb.append("\nerror: ").append(error.getMessage()).append('\n');
        return sb.toString();
    }

    /** The pointers found, and the size with compression switched off. */
    static String compression(List<Label> labels, Message m, int size) {
        StringBuilder sb = new StringBuilder("compression:\n");
        int saved = 0, n = 0;
        for (Label l : labels) {
            if (!l.name().endsWith(".pointer")) continue;
            n++;
            sb.append(String.format("  %04x %s %s%n", l.span().start(), l.name(), l.note()));
            int i = l.note().lastIndexOf("saves ");
            if (i >= 0) saved += Integer.parseInt(l.note().substring(i + 6, l.note().indexOf(' ', i + 6)));
        }
        if (n == 0) sb.append("  no pointers\n");
        if (m != null) {
            String plain;
            try {
                plain = Builder.encode(m, false).length + "";
            } catch (IllegalStateException tooBig) {
                // a few pointers can stand for a huge message: 300 questions pointing at one 255-byte name
                plain = "more than " + Builder.MAX_MESSAGE + " (more than a DNS message may hold, RFC 1035 §4.2.2)";
            }
            sb.append(String.format("  %d pointer%s saved %d bytes: %d bytes as sent, %s without compression%n",
                    n, n == 1 ? "" : "s", saved, size, plain));
        }
        return sb.toString();
    }
}
