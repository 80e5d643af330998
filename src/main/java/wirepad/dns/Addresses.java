package wirepad.dns;

/**
 * IPv4 and IPv6 addresses as text and bytes, without java.net (the codec does no I/O).
 * IPv6 text follows RFC 5952 §4: lower case, no leading zeros, the longest run (of at least
 * two) of zero groups shortened to "::", the first such run on a tie; an IPv4-mapped address
 * ends in a dotted quad, {@code ::ffff:192.0.2.1} (RFC 5952 §5).
 */
public final class Addresses {
    private Addresses() {}

    public static String ipv4(byte[] a) {
        return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
    }

    public static String ipv6(byte[] a) {
        if (isV4Mapped(a)) return "::ffff:" + (a[12] & 0xff) + "." + (a[13] & 0xff) + "." + (a[14] & 0xff) + "." + (a[15] & 0xff);
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = (a[2 * i] & 0xff) << 8 | (a[2 * i + 1] & 0xff);
        int bestStart = -1, bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    /** RFC 4291 §2.5.5.2 ::ffff:0:0/96, which RFC 5952 §5 prints with the IPv4 part as a dotted quad. */
    private static boolean isV4Mapped(byte[] a) {
        for (int i = 0; i < 10; i++) if (a[i] != 0) return false;
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    }

    /** Parses a dotted quad; IllegalArgumentException if it is not one. */
    public static byte[] parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) throw new IllegalArgumentException("not an IPv4 address: \"" + s + "\"");
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9'))
                throw new IllegalArgumentException("not an IPv4 address: \"" + s + "\"");
            int v = Integer.parseInt(p);
            if (v > 255) throw new IllegalArgumentException("IPv4 part " + v + " is above 255 in \"" + s + "\"");
            out[i] = (byte) v;
        }
        return out;
    }

    /** Parses IPv6 text (with "::" and an optional trailing dotted quad). */
    public static byte[] parseIpv6(String s) {
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) throw new IllegalArgumentException("two \"::\" in \"" + s + "\"");
        java.util.List<Integer> head = groups(dbl >= 0 ? s.substring(0, dbl) : s, s, dbl < 0);
        java.util.List<Integer> tail = dbl >= 0 ? groups(s.substring(dbl + 2), s, true) : java.util.List.of();
        int n = head.size() + tail.size();
        if (dbl < 0 && n != 8 || dbl >= 0 && n > 7) throw new IllegalArgumentException("not an IPv6 address: \"" + s + "\"");
        int[] g = new int[8];
        for (int i = 0; i < head.size(); i++) g[i] = head.get(i);
        for (int i = 0; i < tail.size(); i++) g[8 - tail.size() + i] = tail.get(i);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[2 * i] = (byte) (g[i] >> 8);
            out[2 * i + 1] = (byte) g[i];
        }
        return out;
    }

    /** The 16-bit groups of one side of "::"; {@code endsAddress}: this part is the end of the address (a dotted quad may end it). */
    private static java.util.List<Integer> groups(String part, String whole, boolean endsAddress) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        if (part.isEmpty()) return out;
        String[] ps = part.split(":", -1);
        for (int i = 0; i < ps.length; i++) {
            String p = ps[i];
            if (p.contains(".")) {
                // a dotted quad only as the last 32 bits (RFC 4291 §2.2 form 3): not before "::", not mid-address
                if (i != ps.length - 1 || !endsAddress)
                    throw new IllegalArgumentException("not an IPv6 address: \"" + whole + "\" (a dotted quad may only end the address, RFC 4291 §2.2)");
                byte[] v4 = parseIpv4(p);
                out.add((v4[0] & 0xff) << 8 | (v4[1] & 0xff));
                out.add((v4[2] & 0xff) << 8 | (v4[3] & 0xff));
                continue;
            }
            if (p.isEmpty() || p.length() > 4) throw new IllegalArgumentException("not an IPv6 address: \"" + whole + "\"");
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                int d = wirepad.bytes.Hex.digit(p.charAt(k)); // ASCII only: U+0663 is not a hex digit
                if (d < 0) throw new IllegalArgumentException("not an IPv6 address: \"" + whole + "\"");
                v = v << 4 | d;
            }
            out.add(v);
        }
        return out;
    }

    /** The reverse-lookup name: 4.3.2.1.in-addr.arpa. (RFC 1035 §3.5) or nibbles under ip6.arpa. (RFC 3596 §2.5). */
    public static Name reverseName(String ip) {
        StringBuilder sb = new StringBuilder();
        if (ip.contains(":")) {
            byte[] a = parseIpv6(ip);
            for (int i = 15; i >= 0; i--) {
                sb.append(Character.forDigit(a[i] & 0xf, 16)).append('.');
                sb.append(Character.forDigit((a[i] >> 4) & 0xf, 16)).append('.');
            }
            sb.append("ip6.arpa.");
        } else {
            byte[] a = parseIpv4(ip);
            for (int i = 3; i >= 0; i--) sb.append(a[i] & 0xff).append('.');
            sb.append("in-addr.arpa.");
        }
        return Name.parse(sb.toString());
    }
}
