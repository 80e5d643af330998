package wirepad.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code Transfer-Encoding = #transfer-coding} (RFC 9112 §6.1): the codings of all TE fields, in
 * order. Only "is chunked the final coding?" decides framing (RFC 9112 §6.3 rule 4).
 */
record TransferCoding(List<String> codings, int offset) {

    /** Null when no Transfer-Encoding field is present. */
    static TransferCoding of(List<HeaderField> fields, List<Diagnostic> diags) {
        List<String> codings = new ArrayList<>();
        int offset = -1;
        for (HeaderField f : fields) {
            if (f.known() != KnownField.TRANSFER_ENCODING) continue;
            if (offset < 0) offset = f.line().start();
            if (f.value().equals("chunked")) { // the usual value: read as the general loop below reads it, without splitting
                codings.add("chunked");
                continue;
            }
            for (String element : f.value().split(",", -1)) {
                String c = element.strip();
                if (c.isEmpty()) continue; // RFC 9110 §5.6.1: empty list elements are ignored
                int semi = c.indexOf(';');
                String name = (semi >= 0 ? c.substring(0, semi) : c).strip();
                codings.add(name);
                if (!Abnf.isToken(name))
                    diags.add(new Diagnostic(f.valueSpan().start(), "RFC 9112 §6.1",
                            "transfer-coding " + Fail.quote(name) + " is not a token (quoted or odd bytes do not make it chunked)"));
                else if (name.equalsIgnoreCase("identity"))
                    diags.add(new Diagnostic(f.valueSpan().start(), "RFC 9112 §6.1",
                            "\"identity\" is no longer a transfer-coding; it is treated as unknown"));
                else if (!chunked(name))
                    diags.add(new Diagnostic(f.valueSpan().start(), "RFC 9112 §6.1",
                            "transfer-coding " + Fail.quote(name) + " is not undone by wirepad: the body stays coded"));
            }
        }
        return offset < 0 ? null : new TransferCoding(codings, offset);
    }

    /** Coding names are case-insensitive (RFC 9110 §10.1.4); the usual spelling is checked first, as it is the cheaper test. */
    private static boolean chunked(String coding) { return coding.equals("chunked") || coding.equalsIgnoreCase("chunked"); }

    /** Whether the codings are exactly one "chunked", spelled so (the usual case). */
    boolean onlyChunked() { return codings.size() == 1 && codings.get(0).equals("chunked"); }

    boolean chunkedLast() {
        return !codings.isEmpty() && chunked(codings.get(codings.size() - 1));
    }

    int chunkedCount() {
        int n = 0;
        for (String c : codings) if (chunked(c)) n++;
        return n;
    }

    /** The final coding when it is not a token (RFC 9110 §10.1.4: transfer-coding = token ...), else null. */
    String lastNotToken() {
        String last = codings.isEmpty() ? null : codings.get(codings.size() - 1);
        return last == null || Abnf.isToken(last) ? null : last;
    }

    /** The codings for a sentence: ASCII letters lower-cased, any other byte visible ({@code chunked\xa0}). */
    String describe() {
        StringBuilder sb = new StringBuilder();
        for (String c : codings) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(Abnf.isToken(c) ? c.toLowerCase(Locale.ROOT) : Fail.visible(c));
        }
        return sb.toString();
    }
}
