package wirepad.transcript;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code record} writes for hexdump rows whose bytes change from run to run. The
 * {@link Normalizer} works on text; in a hexdump a server's port or a Date header is spread over
 * hex digits, an ASCII column cut every 16 bytes and labels cut at 24 characters, so no text rule
 * can catch it. Here the rows of each dump are read back into bytes, the volatile parts are found
 * in the bytes, and every row they touch becomes {@code 00000010  [..]} (the offset stays, so the
 * dump's length is still checked); a label over them whose quote was cut short keeps its name
 * and range and ends in {@code [..]}.
 * <pre>
 * 00000010  0a 44 61 74 65 3a 20 4d  6f 6e 2c 20 33 30 20 4e  |.Date: Mon, 30 N|
 *           └ 0011..0034 field Date "Date: Mon, 30 Nov 2026 0"…
 * </pre>
 * becomes {@code 00000010  [..]} and {@code           └ 0011..0034 field Date [..]}.
 */
final class HexGlobs {
    /** Hex area of a row: {@code " hh"} eight times, a space, eight times again; then {@code "  |"}. */
    private static final int HEX_FROM = 9, HEX_TO = 58;
    private static final Pattern LABEL = Pattern.compile(" {10}└ ([0-9a-f]{4,})\\.\\.([0-9a-f]{4,}) .*");
    /** A loopback address with a port: the port is new on every run. */
    private static final Pattern LOOPBACK = Pattern.compile("(127\\.0\\.0\\.1|\\[::1\\]|localhost):\\d{1,5}");

    private HexGlobs() {}

    /** A line of recorded output: literal text, or a glob to write as it is. */
    record Out(String text, boolean glob) {}

    /**
     * @param lines    normalized output lines
     * @param volatiles the values of the session's volatile variables (ports, temp dirs)
     */
    static List<Out> apply(List<String> lines, Collection<String> volatiles) {
        List<Out> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            if (row(lines.get(i)) < 0) {
                out.add(new Out(lines.get(i++), false));
                continue;
            }
            int end = blockEnd(lines, i);
            out.addAll(block(lines.subList(i, end), volatiles));
            i = end;
        }
        return out;
    }

    /** Index after the dump starting at {@code from}: rows with consecutive offsets, and their labels. */
    private static int blockEnd(List<String> lines, int from) {
        long next = row(lines.get(from));
        int i = from;
        while (i < lines.size()) {
            String l = lines.get(i);
            long at = row(l);
            if (at >= 0) {
                if (at != next) break;
                next = at + hexBytes(l).length;
            } else if (!LABEL.matcher(l).matches()) {
                break;
            }
            i++;
        }
        return i;
    }

    private static List<Out> block(List<String> lines, Collection<String> volatiles) {
        long base = row(lines.get(0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String l : lines) if (row(l) >= 0) bytes.writeBytes(hexBytes(l));
        List<long[]> spans = volatileSpans(bytes.toString(StandardCharsets.ISO_8859_1), volatiles, base);
        List<Out> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            long at = row(l);
            Matcher m = LABEL.matcher(l);
            if (at >= 0 && touches(spans, at, at + hexBytes(l).length)) {
                out.add(new Out(l.substring(0, 8) + "  " + Expect.ANY_TEXT, true));
            } else if (at < 0 && m.matches() && l.endsWith("\"…") && l.indexOf('"') > 0
                    && touches(spans, Long.parseLong(m.group(1), 16), Long.parseLong(m.group(2), 16))) {
                out.add(new Out(l.substring(0, l.indexOf('"')) + Expect.ANY_TEXT, true));
            } else {
                out.add(new Out(l, false));
            }
        }
        return out;
    }

    /** Stream ranges [start, end) of dates, loopback ports and volatile values in the dumped bytes. */
    private static List<long[]> volatileSpans(String latin1, Collection<String> volatiles, long base) {
        List<long[]> spans = new ArrayList<>();
        for (Pattern p : List.of(Normalizer.IMF_FIXDATE, LOOPBACK)) {
            Matcher m = p.matcher(latin1);
            while (m.find()) spans.add(new long[] {base + m.start(), base + m.end()});
        }
        for (String v : volatiles) {
            if (v.length() < 2) continue;
            String asBytes = new String(v.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            for (int at = latin1.indexOf(asBytes); at >= 0; at = latin1.indexOf(asBytes, at + 1))
                spans.add(new long[] {base + at, base + at + asBytes.length()});
        }
        return spans;
    }

    private static boolean touches(List<long[]> spans, long from, long to) {
        for (long[] s : spans) if (s[0] < to && from < s[1]) return true;
        return false;
    }

    /** The offset of a hexdump row, or -1 when the line is not one. */
    static long row(String l) {
        if (l.length() < HEX_TO + 4 || l.charAt(8) != ' ' || !l.startsWith("  |", HEX_TO) || !l.endsWith("|")) return -1;
        for (int i = 0; i < 8; i++) if (Character.digit(l.charAt(i), 16) < 0 || Character.isUpperCase(l.charAt(i))) return -1;
        return hexBytes(l) == null ? -1 : Long.parseLong(l.substring(0, 8), 16);
    }

    /** The bytes of a row's hex area; null when it is not one. */
    private static byte[] hexBytes(String l) {
        String[] pairs = l.substring(HEX_FROM, HEX_TO).trim().split(" +");
        if (pairs.length == 0 || pairs.length > 16) return null;
        byte[] b = new byte[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            String p = pairs[i];
            if (p.length() != 2 || Character.digit(p.charAt(0), 16) < 0 || Character.digit(p.charAt(1), 16) < 0) return null;
            b[i] = (byte) Integer.parseInt(p, 16);
        }
        return b;
    }
}
