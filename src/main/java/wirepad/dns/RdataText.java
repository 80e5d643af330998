package wirepad.dns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Hex;

/**
 * RDATA in presentation (zone-file) form, RFC 1035 §5.1: tokens separated by blanks, quoted
 * character-strings with {@code \"}, {@code \\} and {@code \DDD} escapes, and the generic
 * {@code \# length hex} form for any type (RFC 3597 §5).
 */
public final class RdataText {
    private RdataText() {}

    /** Appends a character-string in quotes, escaping '"', '\' and non-printable bytes as \DDD. */
    public static void quote(StringBuilder sb, byte[] s) {
        sb.append('"');
        for (byte b : s) {
            int v = b & 0xff;
            if (v == '"' || v == '\\') sb.append('\\').append((char) v);
            else if (v >= 0x20 && v < 0x7f) sb.append((char) v);
            else sb.append('\\').append(String.format("%03d", v));
        }
        sb.append('"');
    }

    /**
     * Splits text into tokens: blanks separate, a quoted string is one token (quotes kept, so
     * {@link #characterString} can tell), escapes are kept verbatim for the field parser.
     */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') { i++; continue; }
            int start = i;
            if (c == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') i += text.charAt(i) == '\\' ? 2 : 1;
                if (i >= n) throw new IllegalArgumentException("unterminated quoted string: " + text.substring(start));
                i++;
            } else {
                while (i < n && text.charAt(i) != ' ' && text.charAt(i) != '\t') i += text.charAt(i) == '\\' ? 2 : 1;
                i = Math.min(i, n);
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** A character-string token (quoted or not) to its bytes, resolving escapes. */
    public static byte[] characterString(String token) {
        String t = token;
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != '\\') {
                int cp = t.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
                continue;
            }
            if (i + 1 >= t.length()) throw new IllegalArgumentException("lone '\\' at end of " + token);
            if (t.charAt(i + 1) > 0x7e) throw nonAsciiEscape(token, t == token ? i : i + 1); // + 1: the opening quote
            if (t.charAt(i + 1) >= '0' && t.charAt(i + 1) <= '9') {
                String ddd = t.substring(i + 1, Math.min(i + 4, t.length()));
                if (ddd.length() != 3 || !ddd.chars().allMatch(d -> d >= '0' && d <= '9') || Integer.parseInt(ddd) > 255)
                    throw new IllegalArgumentException("bad \\DDD escape \"\\" + ddd + "\" in " + token + " (three digits, at most 255)");
                out.write(Integer.parseInt(ddd));
                i += 4;
            } else {
                out.write(t.charAt(i + 1));
                i += 2;
            }
        }
        byte[] b = out.toByteArray();
        if (b.length > 255) throw new IllegalArgumentException("character-string of " + b.length + " octets; at most 255 (RFC 1035 §3.3)");
        return b;
    }

    /**
     * The error for a backslash before a character outside ASCII ({@code \€}): RFC 1035 §5.1's
     * {@code \X} quotes one character of the file, and such a character is several bytes in UTF-8,
     * so which byte is meant is unclear. The message names the column and the \DDD form to write.
     */
    static IllegalArgumentException nonAsciiEscape(String text, int backslash) {
        int cp = text.codePointAt(backslash + 1);
        StringBuilder ddd = new StringBuilder();
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) ddd.append(String.format("\\%03d", b & 0xff));
        return new IllegalArgumentException("\"\\" + new String(Character.toChars(cp)) + "\" at column " + (backslash + 1) + " of \"" + text
                + "\": a backslash quotes one ASCII character (RFC 1035 §5.1); U+" + String.format("%04X", cp)
                + " is " + ddd.length() / 4 + " bytes in UTF-8: write them as " + ddd);
    }

    /** Parses RDATA text for a type; relative names are completed with {@code origin}. */
    public static Rdata parse(int type, String text, Name origin) { return parse(type, tokens(text), origin); }

    public static Rdata parse(int type, List<String> t, Name origin) {
        if (!t.isEmpty() && t.get(0).equals("\\#")) return generic(type, t);
        RRType known = RRType.of(type);
        if (known == null) throw new IllegalArgumentException(RRType.name(type) + " needs the generic form \\# LENGTH HEX (RFC 3597 §5)");
        return switch (known) {
            case A -> { want(t, 1, "A ADDRESS"); yield Rdata.A.of(t.get(0)); }
            case AAAA -> { want(t, 1, "AAAA ADDRESS"); yield Rdata.AAAA.of(t.get(0)); }
            case NS -> { want(t, 1, "NS HOST"); yield new Rdata.NS(Name.parse(t.get(0), origin)); }
            case CNAME -> { want(t, 1, "CNAME TARGET"); yield new Rdata.CNAME(Name.parse(t.get(0), origin)); }
            case PTR -> { want(t, 1, "PTR TARGET"); yield new Rdata.PTR(Name.parse(t.get(0), origin)); }
            case MX -> { want(t, 2, "MX PREFERENCE EXCHANGE"); yield new Rdata.MX(u16(t.get(0)), Name.parse(t.get(1), origin)); }
            case SOA -> {
                want(t, 7, "SOA MNAME RNAME SERIAL REFRESH RETRY EXPIRE MINIMUM");
                yield new Rdata.SOA(Name.parse(t.get(0), origin), Name.parse(t.get(1), origin), u32(t.get(2)),
                        Ttl.parse(t.get(3)), Ttl.parse(t.get(4)), Ttl.parse(t.get(5)), Ttl.parse(t.get(6)));
            }
            case TXT -> {
                if (t.isEmpty()) throw new IllegalArgumentException("TXT needs at least one string");
                List<byte[]> l = new ArrayList<>();
                for (String s : t) l.add(characterString(s));
                yield new Rdata.TXT(l);
            }
            case SRV -> {
                want(t, 4, "SRV PRIORITY WEIGHT PORT TARGET");
                yield new Rdata.SRV(u16(t.get(0)), u16(t.get(1)), u16(t.get(2)), Name.parse(t.get(3), origin));
            }
            case CAA -> {
                want(t, 3, "CAA FLAGS TAG VALUE");
                int flags = (int) u32(t.get(0));
                if (flags > 255) throw new IllegalArgumentException("CAA flags " + flags + " is not one octet");
                yield new Rdata.CAA(flags, t.get(1), characterString(t.get(2)));
            }
            default -> throw new IllegalArgumentException(known + " has no text form here; use \\# LENGTH HEX (RFC 3597 §5)");
        };
    }

    /** RFC 3597 §5: {@code \# length hex...}; for a known type the bytes are decoded as its RDATA. */
    private static Rdata generic(int type, List<String> t) {
        if (t.size() < 2) throw new IllegalArgumentException("\\# needs a length");
        int len = (int) u32(t.get(1));
        StringBuilder hex = new StringBuilder();
        for (int i = 2; i < t.size(); i++) hex.append(t.get(i));
        byte[] data = Hex.parse(hex);
        if (data == null) throw new IllegalArgumentException("\\# data is not hex: " + hex);
        if (data.length != len) throw new IllegalArgumentException("\\# says " + len + " bytes but the hex has " + data.length);
        if (RRType.of(type) == null || type == RRType.OPT.code()) return new Rdata.Unknown(type, data);
        WireReader r = new WireReader(data, false);
        r.limitRdata(len);
        try {
            Rdata d = RdataCodec.read(r, type, len, "rdata");
            if (r.pos() != len) throw new IllegalArgumentException("\\# data has " + (len - r.pos()) + " bytes left over for " + RRType.name(type));
            return d;
        } catch (DnsFormatException e) {
            throw new IllegalArgumentException("\\# data is not valid " + RRType.name(type) + " RDATA: " + e.getMessage());
        }
    }

    private static void want(List<String> t, int n, String form) {
        if (t.size() != n) throw new IllegalArgumentException("expected " + form + " (" + n + " field" + (n == 1 ? "" : "s") + "), got " + t.size());
    }

    private static int u16(String s) {
        long v = u32(s);
        if (v > 0xffff) throw new IllegalArgumentException(s + " is above 65535");
        return (int) v;
    }

    private static long u32(String s) {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9'))
            throw new IllegalArgumentException("\"" + s + "\" is not a number");
        long v = Long.parseLong(s);
        if (v > 0xffffffffL) throw new IllegalArgumentException(s + " is above 2^32-1");
        return v;
    }
}
