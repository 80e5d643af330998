package wirepad.server.authority;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code $GENERATE START-STOP[/STEP] LHS [TTL] [CLASS] TYPE RHS...}: one record per value of the
 * counter, a BIND extension (no RFC defines it; BIND 9's manual describes it, and this follows it).
 * In the owner (LHS) and in each RDATA field (RHS) a {@code $} is the counter;
 * {@code ${OFFSET[,WIDTH[,BASE]]}} adds OFFSET, pads with zeros to WIDTH, and writes it in BASE
 * {@code d} (decimal), {@code o} (octal), {@code x}/{@code X} (hex) or {@code n}/{@code N} (nibbles:
 * hex digits lowest first, one per label, as in ip6.arpa names; WIDTH counts the dots too);
 * {@code \$} and {@code $$} are a plain {@code $}. Everything else is passed on as written, so the
 * expanded tokens are read as any other record's. An RDATA given as one quoted string right after
 * the type ({@code $GENERATE 1-2 @ MX "$ mx$"}) is, as in BIND, text to be read as RDATA once
 * expanded: its quotes go ({@code \"} inside becomes {@code "}), so {@code TXT "a b$"} is two
 * strings, "a" and "b1", and {@code TXT "\"a b\""} one.
 */
final class Generate {
    private Generate() {}

    /** The most records one $GENERATE may make: far above a /16 of PTRs, and a stop for 0-4294967295. */
    static final int MAX_RECORDS = 65536;

    /** The tokens of each record {@code args} (the tokens after "$GENERATE") stand for, in counter order. */
    static List<List<String>> expand(List<String> args) {
        if (args.size() < 3) throw new IllegalArgumentException("$GENERATE takes RANGE OWNER [TTL] [CLASS] TYPE RDATA (BIND's form)");
        long[] range = range(args.get(0));
        long count = (range[1] - range[0]) / range[2] + 1;
        if (count > MAX_RECORDS)
            throw new IllegalArgumentException("$GENERATE " + args.get(0) + " makes " + count + " records; at most " + MAX_RECORDS);
        String quotedRdata = quotedRdata(args);
        int plain = quotedRdata == null ? args.size() : args.size() - 1;
        List<List<String>> out = new ArrayList<>();
        for (long v = range[0]; v <= range[1]; v += range[2]) {
            List<String> rec = new ArrayList<>();
            for (int i = 1; i < plain; i++) rec.add(substitute(args.get(i), v));
            if (quotedRdata != null) rec.addAll(retokenised(substitute(quotedRdata, v)));
            out.add(rec);
        }
        return out;
    }

    /** The text inside the quotes when the RDATA is one quoted string right after the type, else null. */
    private static String quotedRdata(List<String> args) {
        String last = args.get(args.size() - 1);
        if (args.size() < 4 || last.length() < 2 || !last.startsWith("\"") || !last.endsWith("\"")) return null;
        try {
            wirepad.dns.RRType.parse(args.get(args.size() - 2));
        } catch (IllegalArgumentException e) {
            return null; // "a" "b": several strings, read as written
        }
        return last.substring(1, last.length() - 1).replace("\\\"", "\"");
    }

    /** Expanded RDATA text split into tokens as a zone file line is. */
    private static List<String> retokenised(String rdata) {
        try {
            List<String> tokens = new ArrayList<>();
            for (ZoneLexer.Entry e : ZoneLexer.split(rdata, "$GENERATE")) tokens.addAll(e.tokens());
            if (tokens.isEmpty()) throw new IllegalArgumentException("$GENERATE: the quoted RDATA \"" + rdata + "\" is empty");
            return tokens;
        } catch (ZoneException e) {
            throw new IllegalArgumentException("$GENERATE: the quoted RDATA \"" + rdata + "\": " + e.getMessage().replaceFirst("^\\$GENERATE:\\d+: ", ""));
        }
    }

    /** START-STOP[/STEP]: three non-negative decimal numbers (ASCII digits), START at most STOP, STEP at least 1. */
    static long[] range(String text) {
        int dash = text.indexOf('-'), slash = text.indexOf('/');
        if (dash < 0) throw new IllegalArgumentException("$GENERATE range \"" + text + "\" is not START-STOP[/STEP]");
        long start = number(text.substring(0, dash), text);
        long stop = number(text.substring(dash + 1, slash < 0 ? text.length() : slash), text);
        long step = slash < 0 ? 1 : number(text.substring(slash + 1), text);
        if (start > stop) throw new IllegalArgumentException("$GENERATE range \"" + text + "\": start " + start + " is above stop " + stop);
        if (step == 0) throw new IllegalArgumentException("$GENERATE range \"" + text + "\": a step of 0 never ends");
        return new long[] {start, stop, step};
    }

    private static long number(String s, String range) {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9'))
            throw new IllegalArgumentException("$GENERATE range \"" + range + "\": \"" + s + "\" is not a number (ASCII digits)");
        long v = Long.parseLong(s);
        if (v > 0xffffffffL) throw new IllegalArgumentException("$GENERATE range \"" + range + "\": " + s + " is above 2^32-1");
        return v;
    }

    /** One token with each {@code $} and {@code ${...}} replaced by the counter's value {@code v}. */
    static String substitute(String token, long v) {
        StringBuilder sb = new StringBuilder();
        int i = 0, n = token.length();
        while (i < n) {
            char c = token.charAt(i);
            if (c == '\\' && i + 1 < n && token.charAt(i + 1) == '$') { sb.append('$'); i += 2; continue; }
            if (c == '\\' && i + 1 < n) { sb.append(c).append(token.charAt(i + 1)); i += 2; continue; } // another escape: as written
            if (c != '$') { sb.append(c); i++; continue; }
            if (i + 1 < n && token.charAt(i + 1) == '$') { sb.append('$'); i += 2; continue; }
            if (i + 1 < n && token.charAt(i + 1) == '{') {
                int close = token.indexOf('}', i);
                if (close < 0) throw new IllegalArgumentException("$GENERATE: \"${\" without \"}\" in \"" + token + "\"");
                sb.append(modified(token.substring(i + 2, close), v, token));
                i = close + 1;
                continue;
            }
            sb.append(v);
            i++;
        }
        return sb.toString();
    }

    /** {@code OFFSET[,WIDTH[,BASE]]} applied to {@code v}. */
    private static String modified(String spec, long v, String token) {
        String[] p = spec.split(",", -1);
        if (p.length > 3) throw new IllegalArgumentException("$GENERATE: \"${" + spec + "}\" in \"" + token + "\" is not ${OFFSET[,WIDTH[,BASE]]}");
        long offset = signed(p[0], spec, token);
        int width = p.length > 1 ? (int) Math.min(signed(p[1], spec, token), 255) : 0;
        if (width < 0) throw new IllegalArgumentException("$GENERATE: negative width in \"${" + spec + "}\"");
        String base = p.length > 2 ? p[2] : "d";
        long value = v + offset;
        if (value < 0 || value > 0xffffffffL)
            throw new IllegalArgumentException("$GENERATE: " + v + " + " + offset + " = " + value + " is outside 0 to 2^32-1 (in \"" + token + "\")");
        return switch (base) {
            case "d" -> pad(Long.toString(value), width);
            case "o" -> pad(Long.toOctalString(value), width);
            case "x" -> pad(Long.toHexString(value), width);
            case "X" -> pad(Long.toHexString(value).toUpperCase(java.util.Locale.ROOT), width);
            case "n", "N" -> nibbles(value, width, base.equals("N"));
            default -> throw new IllegalArgumentException("$GENERATE: base \"" + base + "\" in \"${" + spec + "}\" is not d, o, x, X, n or N");
        };
    }

    private static long signed(String s, String spec, String token) {
        String digits = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9'))
            throw new IllegalArgumentException("$GENERATE: \"" + s + "\" in \"${" + spec + "}\" of \"" + token + "\" is not a number (ASCII digits)");
        long v = Long.parseLong(digits);
        return s.startsWith("-") ? -v : v;
    }

    private static String pad(String s, int width) { return s.length() >= width ? s : "0".repeat(width - s.length()) + s; }

    /** Hex digits lowest first, dot-separated; zero digits added until the text (dots included) is {@code width} long. */
    private static String nibbles(long value, int width, boolean upper) {
        String hex = Long.toHexString(value);
        int digits = Math.max(hex.length(), (width + 1) / 2);
        hex = pad(hex, digits);
        if (upper) hex = hex.toUpperCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int k = hex.length() - 1; k >= 0; k--) {
            sb.append(hex.charAt(k));
            if (k > 0) sb.append('.');
        }
        return sb.toString();
    }
}
