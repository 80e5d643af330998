package wirepad.bytes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Classic hexdump (offset, 16 bytes of hex, ASCII column) that can carry labelled spans:
 * after each row, every label starting in it is listed with its range and name.
 * <pre>
 * 00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|
 *           └ 0000..0003 method "GET"
 * </pre>
 */
public final class Hexdump {
    private Hexdump() {}

    public static String dump(byte[] b) { return dump(b, 0, b.length, 0, List.of()); }

    public static String dump(byte[] b, List<Label> labels) { return dump(b, 0, b.length, 0, labels); }

    /**
     * @param base   the offset printed for {@code b[off]} (e.g. the position in a connection's stream)
     * @param labels spans relative to {@code base}; labels outside the dumped range are ignored
     */
    public static String dump(byte[] b, int off, int len, int base, List<Label> labels) {
        List<Label> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingInt((Label l) -> l.span().start()).thenComparingInt(l -> -l.span().end()));
        StringBuilder sb = new StringBuilder(len * 4 + 80);
        int li = 0;
        for (int row = 0; row < len; row += 16) {
            int n = Math.min(16, len - row);
            sb.append(String.format("%08x ", base + row));
            for (int i = 0; i < 16; i++) {
                if (i == 8) sb.append(' ');
                sb.append(i < n ? " " + Hex.byteHex(b[off + row + i] & 0xff) : "   ");
            }
            sb.append("  |");
            for (int i = 0; i < n; i++) {
                int v = b[off + row + i] & 0xff;
                sb.append(v >= 0x20 && v < 0x7f ? (char) v : '.');
            }
            sb.append("|\n");
            int rowEnd = base + row + n;
            while (li < sorted.size() && sorted.get(li).span().start() < rowEnd) {
                Label l = sorted.get(li++);
                if (l.span().start() < base + row) continue;
                sb.append("          └ ").append(String.format("%04x..%04x ", l.span().start(), l.span().end()))
                  .append(l.name());
                int s = l.span().start() - base + off, e = Math.min(l.span().end() - base + off, off + len);
                if (l.note() != null && !l.note().isEmpty()) sb.append(' ').append(l.note());
                else if (e > s) sb.append(' ').append(Visible.quote(b, s, e - s, 24));
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
