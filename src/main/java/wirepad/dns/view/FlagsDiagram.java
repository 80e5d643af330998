package wirepad.dns.view;

import wirepad.dns.Header;
import wirepad.dns.Opcode;
import wirepad.dns.Rcode;

/** The 16 flag bits of the header drawn as in RFC 1035 §4.1.1, with this message's values. */
public final class FlagsDiagram {
    private FlagsDiagram() {}

    private static final String RULE = "  +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+\n";

    public static String render(int flags) {
        Header h = Header.fromFlags(0, flags);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("  header.flags = 0x%04x%n", flags));
        sb.append("    0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15   (bit 0 = most significant)\n");
        sb.append(RULE);
        sb.append("  |QR|  Opcode   |AA|TC|RD|RA| Z|AD|CD|   RCODE   |\n");
        sb.append(RULE);
        sb.append("  |");
        for (int bit = 15; bit >= 0; bit--) {
            sb.append(String.format("%2d", flags >> bit & 1));
            boolean groupContinues = bit >= 12 && bit <= 14 || bit >= 1 && bit <= 3;
            sb.append(groupContinues ? ' ' : '|');
        }
        sb.append('\n').append(RULE);
        sb.append("  QR=").append(h.qr() ? "1 response" : "0 query");
        sb.append(", opcode=").append(h.opcode()).append(' ').append(Opcode.name(h.opcode()));
        for (String[] f : new String[][] {{"AA", "authoritative"}, {"TC", "truncated"}, {"RD", "recursion desired"},
                {"RA", "recursion available"}, {"Z", "reserved, must be 0"}, {"AD", "authentic data"}, {"CD", "checking disabled"}}) {
            if (isSet(h, f[0])) sb.append(", ").append(f[0]).append("=1 ").append(f[1]);
        }
        sb.append(", rcode=").append(h.rcode()).append(' ').append(Rcode.name(h.rcode())).append('\n');
        return sb.toString();
    }

    private static boolean isSet(Header h, String flag) {
        return switch (flag) {
            case "AA" -> h.aa();
            case "TC" -> h.tc();
            case "RD" -> h.rd();
            case "RA" -> h.ra();
            case "Z" -> h.z();
            case "AD" -> h.ad();
            default -> h.cd();
        };
    }
}
