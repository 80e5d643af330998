package wirepad.repl.lookup;

import wirepad.view.Columns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import wirepad.bytes.Hex;
import wirepad.bytes.Label;
import wirepad.bytes.Visible;
import wirepad.dns.Builder;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Message;
import wirepad.dns.Parser;
import wirepad.dns.view.DigText;

/**
 * A DNS message as the REPL shows it, in the spirit of the HTTP side-by-side view: on the left
 * every field with its offset and bytes, on the right the dig-style decode; stacked when the
 * width is below 80 columns. Compression pointers are summed up underneath. Bytes that do not
 * decode still show the fields read so far, the error at its offset, and the bytes left over.
 */
final class ReplyView {
    private ReplyView() {}

    private static final int HEX_BYTES = 4;
    private static final int NOTE_MAX = 48;
    private static final String LEFT_INDENT = " ".repeat(18);

    /** The decoded message (or null), the error (or null), and the field labels. */
    record Decoded(Message message, DnsFormatException error, List<Label> labels) {
        static Decoded of(byte[] wire) {
            Parser p = new Parser(wire, true);
            try {
                Message m = p.message();
                return new Decoded(m, null, p.labels());
            } catch (DnsFormatException e) {
                return new Decoded(null, e, p.labels());
            }
        }
    }

    static String render(byte[] wire, String title, DigText.Meta meta, int width) {
        Decoded d = Decoded.of(wire);
        List<String> left = new ArrayList<>();
        left.add("── " + title + " ──");
        left.addAll(fields(wire, d));
        List<String> right = new ArrayList<>();
        right.add("── decoded ──");
        if (d.message() != null) right.addAll(Columns.alignTabs(DigText.format(d.message(), meta).stripTrailing().lines().toList()));
        else {
            right.add("error: the bytes break a DNS rule at offset " + d.error().offset() + ":");
            right.add("  field " + d.error().field());
            right.add("  " + d.error().problem());
        }
        String body = Columns.compose(left, Columns.words(LEFT_INDENT), right, Columns.words("  "), width, 11);
        String c = compression(d, wire.length);
        if (c.isEmpty()) return body;
        return body + String.join("\n", Columns.wrap(List.of(c), width, "  ")) + "\n";
    }

    /** One row per field: offset, up to four bytes of hex, field name, value. */
    static List<String> fields(byte[] wire, Decoded d) {
        List<Label> labels = new ArrayList<>(d.labels());
        labels.sort(Comparator.comparingInt((Label l) -> l.span().start()));
        List<String> rows = new ArrayList<>();
        int end = 0;
        for (Label l : labels) {
            int s = l.span().start(), e = l.span().end();
            String note = l.note() != null && !l.note().isEmpty() ? l.note() : Visible.quote(wire, s, e - s, 24);
            rows.add(row(wire, s, e, shortName(l.name()) + " " + cut(note)));
            end = Math.max(end, e);
        }
        if (d.error() != null) {
            int at = d.error().offset();
            rows.add(String.format("%04x %s", at, "!! " + shortName(d.error().field()) + ": " + cut(d.error().problem())));
            for (int i = Math.min(end, wire.length); i < wire.length; i += 8) {
                int n = Math.min(8, wire.length - i);
                StringBuilder hex = new StringBuilder();
                for (int k = 0; k < n; k++) hex.append(k == 0 ? "" : " ").append(Hex.byteHex(wire[i + k] & 0xff));
                rows.add(String.format("%04x %s", i, hex + (i == end ? "  (not decoded)" : "")));
            }
        }
        return rows;
    }

    private static String row(byte[] wire, int s, int e, String text) {
        int n = Math.min(HEX_BYTES, Math.max(0, Math.min(e, wire.length) - s));
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < n; i++) hex.append(i == 0 ? "" : " ").append(Hex.byteHex(wire[s + i] & 0xff));
        if (e - s > HEX_BYTES) hex.append('…');
        return String.format("%04x %-12s %s", s, hex, text);
    }

    /** "question[0].name.label" → "qd[0].name.label": the section names of the header counts. */
    static String shortName(String field) {
        String f = field.startsWith("header.") ? field.substring(7) : field;
        if (f.startsWith("question[")) return "qd" + f.substring(8);
        if (f.startsWith("answer[")) return "an" + f.substring(6);
        if (f.startsWith("authority[")) return "ns" + f.substring(9);
        if (f.startsWith("additional[")) return "ar" + f.substring(10);
        return f;
    }

    private static String cut(String note) {
        return note.codePointCount(0, note.length()) <= NOTE_MAX ? note : note.substring(0, note.offsetByCodePoints(0, NOTE_MAX - 1)) + "…";
    }

    /** What the pointers saved, with a word on how a pointer works; empty without pointers. */
    static String compression(Decoded d, int size) {
        int n = 0, saved = 0;
        for (Label l : d.labels()) {
            if (!l.name().endsWith(".pointer")) continue;
            n++;
            int i = l.note().lastIndexOf("saves ");
            if (i >= 0) saved += Integer.parseInt(l.note().substring(i + 6, l.note().indexOf(' ', i + 6)));
        }
        if (n == 0) return "";
        String plain = d.message() == null ? "" : ", " + Builder.encode(d.message(), false).length + " without compression";
        return "compression: " + n + " pointer" + (n == 1 ? "" : "s") + " saved " + saved + " bytes (" + size + " bytes as sent" + plain
                + "). A pointer is 2 bytes, binary 11 then a 14-bit offset (c0 0c = offset 12): \"the rest of this name"
                + " is the name at that offset\" (RFC 1035 §4.1.4).";
    }
}
