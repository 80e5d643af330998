package wirepad.dns;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SVCB (64) and HTTPS (65), RFC 9460: SvcPriority (0 is AliasMode), TargetName (never
 * compressed, §2.2) and SvcParams, each {key, length, value} in strictly increasing key order.
 * Every key of RFC 9460 §14.3.2 has its own form: mandatory (0), alpn (1), no-default-alpn (2),
 * port (3), ipv4hint (4), ech (5), ipv6hint (6); any other is {@code keyNNNNN} with its value as a
 * character-string (§2.1).
 */
public final class SvcbRdata {
    private SvcbRdata() {}

    public static final int MANDATORY = 0, ALPN = 1, NO_DEFAULT_ALPN = 2, PORT = 3, IPV4HINT = 4, ECH = 5, IPV6HINT = 6;

    /** One SvcParam: key and value bytes as on the wire. */
    public record Param(int key, byte[] value) {
        public Param {
            Fields.u16(key, "SvcParamKey");
            if (value.length > 0xffff) throw new IllegalArgumentException("SvcParamValue longer than 65535");
            value = value.clone();
        }
        @Override public byte[] value() { return value.clone(); }
        @Override public boolean equals(Object o) { return o instanceof Param p && p.key == key && Arrays.equals(p.value, value); }
        @Override public int hashCode() { return key * 31 + Arrays.hashCode(value); }
        /** RFC 9460 §2.1 presentation: {@code key=value}, or the bare key for no-default-alpn. */
        public String presentation() {
            StringBuilder sb = new StringBuilder(keyName(key));
            if (key == NO_DEFAULT_ALPN && value.length == 0) return sb.toString();
            sb.append('=');
            switch (key) {
                case MANDATORY -> {
                    for (int i = 0; i + 1 < value.length; i += 2) {
                        if (i > 0) sb.append(',');
                        sb.append(keyName((value[i] & 0xff) << 8 | (value[i + 1] & 0xff)));
                    }
                }
                case ALPN -> {
                    StringBuilder list = new StringBuilder();
                    for (int i = 0; i < value.length; ) {
                        int n = value[i] & 0xff;
                        if (i > 0) list.append(',');
                        for (int k = i + 1; k <= i + n && k < value.length; k++) {
                            int v = value[k] & 0xff;
                            if (v == ',') list.append("\\\\,"); // §A.1: escaped for the list, then for the character-string
                            else if (v == '\\') list.append("\\\\\\\\");
                            else if (v == '"') list.append("\\\"");
                            else if (v > 0x20 && v < 0x7f) list.append((char) v);
                            else list.append('\\').append(String.format("%03d", v));
                        }
                        i += 1 + n;
                    }
                    sb.append(list);
                }
                case PORT -> sb.append((value[0] & 0xff) << 8 | (value[1] & 0xff));
                case IPV4HINT -> {
                    for (int i = 0; i + 4 <= value.length; i += 4) {
                        if (i > 0) sb.append(',');
                        sb.append(Addresses.ipv4(Arrays.copyOfRange(value, i, i + 4)));
                    }
                }
                case IPV6HINT -> {
                    for (int i = 0; i + 16 <= value.length; i += 16) {
                        if (i > 0) sb.append(',');
                        sb.append(Addresses.ipv6(Arrays.copyOfRange(value, i, i + 16)));
                    }
                }
                case ECH -> sb.append(RdataText.base64(value));
                default -> RdataText.quote(sb, value);
            }
            return sb.toString();
        }
    }

    /** SVCB or HTTPS. */
    public record Svcb(int type, int priority, Name target, List<Param> params) implements Rdata {
        public Svcb {
            if (type != 64 && type != 65) throw new IllegalArgumentException("SVCB layout is for SVCB (64) and HTTPS (65), not " + type);
            Fields.u16(priority, "SvcPriority");
            params = List.copyOf(params);
            for (int i = 1; i < params.size(); i++)
                if (params.get(i).key() <= params.get(i - 1).key())
                    throw new IllegalArgumentException("SvcParamKeys must increase (RFC 9460 §2.2): " + keyName(params.get(i).key())
                            + " after " + keyName(params.get(i - 1).key()));
        }
        public String presentation() {
            StringBuilder sb = new StringBuilder().append(priority).append(' ').append(target);
            for (Param p : params) sb.append(' ').append(p.presentation());
            return sb.toString();
        }
        @Override public String toString() { return RRType.name(type) + "[" + presentation() + "]"; }
    }

    /** RFC 9460 §14.3.2: the registered names, {@code keyNNNNN} for the rest. */
    public static String keyName(int key) {
        return switch (key) {
            case MANDATORY -> "mandatory"; case ALPN -> "alpn"; case NO_DEFAULT_ALPN -> "no-default-alpn"; case PORT -> "port";
            case IPV4HINT -> "ipv4hint"; case ECH -> "ech"; case IPV6HINT -> "ipv6hint";
            default -> "key" + key;
        };
    }

    static int keyCode(String name) {
        for (int k = 0; k <= IPV6HINT; k++) if (keyName(k).equals(name)) return k;
        if (name.startsWith("key") && name.length() > 3 && name.length() <= 8 && name.substring(3).chars().allMatch(c -> c >= '0' && c <= '9')) {
            int v = Integer.parseInt(name.substring(3));
            if (v <= 0xffff) return v;
        }
        throw new IllegalArgumentException("unknown SvcParamKey \"" + name + "\" (mandatory, alpn, no-default-alpn, port, ipv4hint, ech, ipv6hint or keyNNNNN; RFC 9460 §14.3.2)");
    }

    static Rdata read(WireReader r, int type, String f) throws DnsFormatException {
        int priority = r.u16(f + ".priority");
        if (r.recording()) r.note(priority + (priority == 0 ? " (AliasMode)" : " (ServiceMode)"));
        Name target = r.name(f + ".target");
        List<Param> params = new ArrayList<>();
        int last = -1;
        for (int i = 0; r.remaining() > 0; i++) {
            String p = f + ".param[" + i + "]";
            int at = r.pos();
            int key = r.u16(p + ".key");
            if (r.recording()) r.note(key + " (" + keyName(key) + ")");
            if (key <= last) throw r.error(at, p + ".key", "SvcParamKey " + keyName(key) + " after " + keyName(last) + " (keys must strictly increase, RFC 9460 §2.2)");
            last = key;
            int lenAt = r.pos();
            int len = r.u16(p + ".length");
            if (len > r.remaining()) throw r.error(lenAt, p + ".length", "SvcParamValue length " + len + " runs past RDATA (" + r.remaining() + " bytes left)");
            int vAt = r.pos();
            byte[] v = r.bytes(len, p + ".value");
            String bad = check(key, v);
            if (bad != null) throw r.error(vAt, p + ".value", keyName(key) + ": " + bad);
            Param param = new Param(key, v);
            if (r.recording()) r.note(param.presentation());
            params.add(param);
        }
        return new Svcb(type, priority, target, params);
    }

    /** RFC 9460 §7: what each key's value must look like; null when it does. */
    private static String check(int key, byte[] v) {
        switch (key) {
            case MANDATORY: return v.length == 0 || v.length % 2 != 0 ? "length " + v.length + " (a non-empty list of 2-byte keys, RFC 9460 §8)" : null;
            case ALPN: {
                if (v.length == 0) return "empty (at least one protocol id, RFC 9460 §7.1.1)";
                int i = 0;
                while (i < v.length) {
                    int n = v[i] & 0xff;
                    if (n == 0) return "an empty protocol id at value byte " + i + " (RFC 9460 §7.1.1)";
                    if (i + 1 + n > v.length) return "protocol id of " + n + " bytes runs past the value (RFC 9460 §7.1.1)";
                    i += 1 + n;
                }
                return null;
            }
            case NO_DEFAULT_ALPN: return v.length != 0 ? "length " + v.length + " (must be empty, RFC 9460 §7.1.1)" : null;
            case PORT: return v.length != 2 ? "length " + v.length + " (must be 2, RFC 9460 §7.2)" : null;
            case IPV4HINT: return v.length == 0 || v.length % 4 != 0 ? "length " + v.length + " (a non-empty list of 4-byte addresses, RFC 9460 §7.3)" : null;
            case IPV6HINT: return v.length == 0 || v.length % 16 != 0 ? "length " + v.length + " (a non-empty list of 16-byte addresses, RFC 9460 §7.3)" : null;
            default: return null;
        }
    }

    static void write(WireWriter w, Rdata d) {
        Svcb s = (Svcb) d;
        w.u16(s.priority);
        w.name(s.target, false); // RFC 9460 §2.2: not compressed
        for (Param p : s.params) {
            w.u16(p.key);
            w.u16(p.value.length);
            w.bytes(p.value);
        }
    }

    static Rdata parse(int type, List<String> t, Name origin) {
        RdataText.atLeast(t, 2, RRType.name(type) + " PRIORITY TARGET PARAMS");
        List<Param> params = new ArrayList<>();
        for (int i = 2; i < t.size(); i++) {
            String tok = t.get(i);
            int eq = tok.indexOf('=');
            int key = keyCode(eq < 0 ? tok : tok.substring(0, eq));
            String value = eq < 0 ? "" : tok.substring(eq + 1);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length() - 1);
            byte[] v;
            try {
                v = value(key, value, eq >= 0);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(keyName(key) + ": " + e.getMessage(), e);
            }
            String bad = check(key, v);
            if (bad != null) throw new IllegalArgumentException(keyName(key) + ": " + bad);
            params.add(new Param(key, v));
        }
        params.sort((a, b) -> Integer.compare(a.key(), b.key())); // §2.1: any order in text, increasing on the wire
        return new Svcb(type, RdataText.u16(t.get(0)), Name.parse(t.get(1), origin), params);
    }

    private static byte[] value(int key, String s, boolean given) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (key) {
            case MANDATORY -> { for (String k : s.split(",", -1)) { int c = keyCode(k); out.write(c >> 8); out.write(c); } }
            case ALPN -> {
                for (byte[] b : splitList(s)) {
                    if (b.length > 255) throw new IllegalArgumentException("alpn id of " + b.length + " octets; at most 255");
                    out.write(b.length);
                    out.writeBytes(b);
                }
            }
            case NO_DEFAULT_ALPN -> { if (given && !s.isEmpty()) throw new IllegalArgumentException("no-default-alpn takes no value"); }
            case PORT -> { int p = RdataText.u16(s); out.write(p >> 8); out.write(p); }
            case IPV4HINT -> { for (String a : s.split(",", -1)) out.writeBytes(Addresses.parseIpv4(a)); }
            case IPV6HINT -> { for (String a : s.split(",", -1)) out.writeBytes(Addresses.parseIpv6(a)); }
            case ECH -> out.writeBytes(RdataText.base64(s, "ech"));
            default -> out.writeBytes(RdataText.characterString(s));
        }
        return out.toByteArray();
    }

    /**
     * RFC 9460 §A.1: the value is first a character-string (escapes resolved), then a list split
     * at commas, where a backslash makes the next byte literal.
     */
    private static List<byte[]> splitList(String s) {
        byte[] b = RdataText.characterString(s);
        List<byte[]> out = new ArrayList<>();
        ByteArrayOutputStream cur = new ByteArrayOutputStream();
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\\' && i + 1 < b.length) cur.write(b[++i]);
            else if (b[i] == ',') {
                out.add(cur.toByteArray());
                cur.reset();
            } else cur.write(b[i]);
        }
        out.add(cur.toByteArray());
        return out;
    }
}
