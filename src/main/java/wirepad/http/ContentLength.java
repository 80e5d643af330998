package wirepad.http;

import java.util.List;

/**
 * {@code Content-Length = 1*DIGIT} (RFC 9110 §8.6). A list of identical values ({@code 5, 5}) or
 * repeated identical fields may be accepted as one value; differing values are an unrecoverable
 * framing error (RFC 9112 §6.3 rule 5) unless a lenient profile picks the first or the last.
 * The declared length is not held against the body limit: only body bytes that actually arrive
 * are (see {@link MessageParser}), so a large but honest length is not an error.
 */
final class ContentLength {
    private ContentLength() {}

    /** The length, or -1 when no Content-Length field is present. */
    static long decide(List<HeaderField> fields, ParserOptions o, List<Diagnostic> diags) {
        long chosen = -1;
        int count = 0;
        HeaderField first = null;
        for (HeaderField f : fields) {
            if (f.known() != KnownField.CONTENT_LENGTH) continue;
            long plain = f.plainNumber(); // the usual value: every profile reads it the same, and no String is made
            if (plain >= 0) {
                count++;
                if (chosen < 0) { chosen = plain; first = f; }
                else if (plain != chosen) chosen = resolve(f, chosen, plain, o, diags);
                continue;
            }
            String value = f.value();
            String[] parts = value.indexOf(',') < 0 ? new String[] {value} : value.split(",", -1);
            if (parts.length > 1)
                diags.add(new Diagnostic(f.valueSpan().start(), "RFC 9110 §8.6", "Content-Length is a list " + Fail.quote(f.value())
                        + (allSame(parts) ? "; accepted only because every value is the same" : "")));
            int off = f.valueSpan().start();
            for (String p : parts) {
                long v = parseOne(p.strip(), off, f, o, diags);
                off += p.length() + 1;
                count++;
                if (chosen < 0) { chosen = v; first = f; continue; }
                if (v != chosen) chosen = resolve(f, chosen, v, o, diags);
            }
        }
        if (count > 1 && first != null && fieldsNamed(fields) > 1)
            diags.add(new Diagnostic(first.line().start(), "RFC 9110 §8.6", "Content-Length appears " + fieldsNamed(fields) + " times"));
        return chosen;
    }

    /**
     * Checks one Content-Length field line as soon as it is complete, before the rest of the head
     * arrives: an invalid or overflowing value, or a value that differs from one seen before
     * ({@code seen}, -1 for none), is an error the moment its line ends (RFC 9112 §6.3 rule 5), the
     * same error {@link #decide} would raise at the end of the head. Returns the value to compare
     * the next line with. Notes are left to {@link #decide}.
     */
    static long early(HeaderField f, long seen, ParserOptions o) {
        String value = f.value();
        String[] parts = value.indexOf(',') < 0 ? new String[] {value} : value.split(",", -1);
        List<Diagnostic> notes = new java.util.ArrayList<>(0);
        int off = f.valueSpan().start();
        long chosen = seen;
        for (String p : parts) {
            long v = parseOne(p.strip(), off, f, o, notes);
            off += p.length() + 1;
            if (chosen < 0) chosen = v;
            else if (v != chosen && o.contentLengthPolicy() == ParserOptions.ContentLengthPolicy.REJECT_DIFFERING) throw differing(f, chosen, v);
        }
        return chosen;
    }

    /** Two values differ: the profile's policy picks one (with a note) or it is an error (RFC 9112 §6.3 rule 5). */
    private static long resolve(HeaderField f, long chosen, long v, ParserOptions o, List<Diagnostic> diags) {
        switch (o.contentLengthPolicy()) {
            case REJECT_DIFFERING -> throw differing(f, chosen, v);
            case FIRST_WINS -> {
                diags.add(new Diagnostic(f.valueSpan().start(), "RFC 9112 §6.3 rule 5",
                        "differing Content-Length " + v + " ignored: first value " + chosen + " wins (profile " + o.name() + ")"));
                return chosen;
            }
            default -> { // LAST_WINS
                diags.add(new Diagnostic(f.valueSpan().start(), "RFC 9112 §6.3 rule 5",
                        "differing Content-Length: last value " + v + " wins over " + chosen + " (profile " + o.name() + ")"));
                return v;
            }
        }
    }

    private static ParseFailure differing(HeaderField f, long chosen, long v) {
        return Fail.at(f.valueSpan().start(), "RFC 9112 §6.3 rule 5",
                "differing Content-Length values " + chosen + " and " + v + " (unrecoverable: a server answers 400 and closes)");
    }

    private static boolean allSame(String[] parts) {
        for (String p : parts) if (!p.strip().equals(parts[0].strip())) return false;
        return true;
    }

    private static int fieldsNamed(List<HeaderField> fields) {
        int n = 0;
        for (HeaderField f : fields) if (f.known() == KnownField.CONTENT_LENGTH) n++;
        return n;
    }

    private static long parseOne(String s, int offset, HeaderField f, ParserOptions o, List<Diagnostic> diags) {
        String rule = "RFC 9112 §6.3 rule 5";
        if (s.isEmpty()) throw Fail.at(offset, rule, "empty Content-Length value (Content-Length = 1*DIGIT)");
        if (o.lenientContentLength()) {
            long loose = loose(s);
            if (loose >= 0) {
                if (!digitsOnly(s) || s.length() > 1 && s.charAt(0) == '0')
                    diags.add(new Diagnostic(offset, rule, "Content-Length " + Fail.quote(s) + " read as " + loose + " (profile " + o.name()
                            + " reads it like strtoll(s, NULL, 0): '+', 0x hex, a leading 0 for octal; strict reads 1*DIGIT in decimal)"));
                return loose;
            }
            if (digitsOnly(s)) // "08": a leading 0 means octal to this reader, and 8 is no octal digit
                throw Fail.at(offset, rule, "Content-Length " + Fail.quote(s) + " is not a number to profile " + o.name()
                        + ": a leading 0 means octal to strtoll(s, NULL, 0), and 8 and 9 are no octal digits");
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                String why = c == '+' || c == '-' ? "a sign" : (c == 'x' || c == 'X') ? "hex notation"
                        : (c == ' ' || c == '\t') ? "whitespace inside the number" : "the byte '" + Fail.visible(String.valueOf(c)) + "'";
                throw Fail.at(f.valueSpan().start(), rule, "invalid Content-Length " + Fail.quote(f.value()) + ": " + why
                        + " is not allowed (Content-Length = 1*DIGIT)");
            }
            if (v > (Long.MAX_VALUE - (c - '0')) / 10)
                throw Fail.at(f.valueSpan().start(), rule, "Content-Length " + Fail.quote(f.value()) + " overflows a 63-bit integer");
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean digitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /**
     * How a C server reading {@code strtoll(s, NULL, 0)} sees the value (OpenLiteSpeed before 1.7.18,
     * HTTP Garden server bug 32): an optional '+', then {@code 0x} hex, a leading {@code 0} for octal,
     * or decimal; the whole value must be read. -1 when even that reader finds no length (a '-' too:
     * a negative length is no length).
     */
    static long loose(String s) {
        int i = 0;
        if (i < s.length() && s.charAt(i) == '+') i++;
        int radix = 10;
        if (i + 1 < s.length() && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) { radix = 16; i += 2; }
        else if (i + 1 < s.length() && s.charAt(i) == '0') radix = 8;
        if (i == s.length()) return -1;
        long v = 0;
        for (; i < s.length(); i++) {
            int d = s.charAt(i) < 0x80 ? Character.digit(s.charAt(i), radix) : -1;
            if (d < 0 || v > (Long.MAX_VALUE - d) / radix) return -1;
            v = v * radix + d;
        }
        return v;
    }
}
