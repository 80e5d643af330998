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
        byte[] b = longString(token);
        if (b.length > 255) throw new IllegalArgumentException("character-string of " + b.length + " octets; at most 255 (RFC 1035 §3.3)");
        return b;
    }

    /** Like {@link #characterString} without the 255-octet bound (a URI target is the rest of the RDATA, RFC 7553 §4.5). */
    static byte[] longString(String token) {
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
        return out.toByteArray();
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

    /** Parses RDATA text for a type in class IN; relative names are completed with {@code origin}. */
    public static Rdata parse(int type, String text, Name origin) { return parse(type, tokens(text), origin); }

    public static Rdata parse(int type, List<String> t, Name origin) { return parse(type, RRClass.IN.code(), t, origin); }

    /**
     * Parses the RDATA tokens of a record of {@code type} in class {@code rclass} (a zone file's
     * line after the type). A type whose layout is defined for IN only takes the generic form in
     * another class, except A in CH (a domain and an octal address).
     */
    public static Rdata parse(int type, int rclass, List<String> t, Name origin) {
        if (!t.isEmpty() && t.get(0).equals("\\#")) return generic(type, rclass, t);
        if (rclass != 1 && ClassRdata.inOnly(type)) {
            if (type == 1 && rclass == 3) return ClassRdata.parseChaosA(t, origin);
            throw new IllegalArgumentException(RRType.name(type) + " has no layout in class " + RRClass.name(rclass)
                    + "; use the generic form \\# LENGTH HEX (RFC 3597 §5)");
        }
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
            case HINFO -> { want(t, 2, "HINFO CPU OS"); yield new Rdata.HINFO(characterString(t.get(0)), characterString(t.get(1))); }
            case URI -> {
                want(t, 3, "URI PRIORITY WEIGHT TARGET");
                yield new Rdata.URI(u16(t.get(0)), u16(t.get(1)), longString(t.get(2)));
            }
            case DNAME, RP, AFSDB, RT, PX, NAPTR -> NameRdata.parse(type, t, origin);
            case DS, CDS, DNSKEY, CDNSKEY, RRSIG, SIG, ZONEMD -> DnssecRdata.parse(type, t, origin);
            case NSEC, NSEC3, NSEC3PARAM, CSYNC, NXT -> DenialRdata.parse(type, t, origin);
            case SSHFP, TLSA -> FingerprintRdata.parse(type, t);
            case SVCB, HTTPS -> SvcbRdata.parse(type, t, origin);
            case LOC -> LocRdata.parse(t);
            case TSIG -> TsigRdata.parse(t, origin);
            default -> throw new IllegalArgumentException(known + " has no text form here; use \\# LENGTH HEX (RFC 3597 §5)");
        };
    }

    /** RFC 3597 §5: {@code \# length hex...}; for a known type the bytes are decoded as its RDATA. */
    private static Rdata generic(int type, int rclass, List<String> t) {
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
            Rdata d = RdataCodec.read(r, type, rclass, len, "rdata");
            if (r.pos() != len) throw new IllegalArgumentException("\\# data has " + (len - r.pos()) + " bytes left over for " + RRType.name(type));
            return d;
        } catch (DnsFormatException e) {
            throw new IllegalArgumentException("\\# data is not valid " + RRType.name(type) + " RDATA: " + e.getMessage());
        }
    }

    static void want(List<String> t, int n, String form) {
        if (t.size() != n) throw new IllegalArgumentException("expected " + form + " (" + n + " field" + (n == 1 ? "" : "s") + "), got " + t.size());
    }

    static int u8(String s) {
        long v = u32(s);
        if (v > 0xff) throw new IllegalArgumentException(s + " is above 255");
        return (int) v;
    }

    static int u16(String s) {
        long v = u32(s);
        if (v > 0xffff) throw new IllegalArgumentException(s + " is above 65535");
        return (int) v;
    }

    static long u32(String s) {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9'))
            throw new IllegalArgumentException("\"" + s + "\" is not a number");
        long v = Long.parseLong(s);
        if (v > 0xffffffffL) throw new IllegalArgumentException(s + " is above 2^32-1");
        return v;
    }

    /** At least {@code n} tokens, else the form expected. */
    static void atLeast(List<String> t, int n, String form) {
        if (t.size() < n) throw new IllegalArgumentException("expected " + form + " (at least " + n + " fields), got " + t.size());
    }

    /** Tokens from {@code from} on, joined (hex and base64 may be split by blanks in a zone file). */
    static String joined(List<String> t, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < t.size(); i++) sb.append(t.get(i));
        return sb.toString();
    }

    /** Hex digits (either case); "-" for none where {@code dashForEmpty}. */
    static byte[] hex(String s, String what) {
        byte[] b = Hex.parse(s);
        if (b == null) throw new IllegalArgumentException(what + " is not hex: " + s);
        return b;
    }

    static byte[] base64(String s, String what) {
        try {
            return java.util.Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64: " + s + " (" + e.getMessage() + ")");
        }
    }

    static String base64(byte[] b) { return java.util.Base64.getEncoder().encodeToString(b); }

    /** Upper-case hex, as DS, SSHFP, TLSA and ZONEMD digests are printed (RFC 4034 §5.3). */
    static String upperHex(byte[] b) { return Hex.of(b).toUpperCase(java.util.Locale.ROOT); }

    /** A type mnemonic or TYPEnn to its code. */
    static int type(String s) { return RRType.parse(s); }

    /** RFC 4034 §3.2: YYYYMMDDHHmmSS (UTC), or a plain number of seconds. */
    static long time(String s) {
        if (s.length() == 14 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            java.time.LocalDateTime t = java.time.LocalDateTime.parse(s, TIME);
            return t.toEpochSecond(java.time.ZoneOffset.UTC) & 0xffffffffL;
        }
        return u32(s);
    }

    static String time(long seconds) {
        return TIME.format(java.time.LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC));
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
}
