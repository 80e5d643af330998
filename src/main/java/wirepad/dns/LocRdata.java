package wirepad.dns;

import java.util.List;

/**
 * LOC (29), RFC 1876 §2: version 0, size and horizontal/vertical precision (each a mantissa and a
 * power of ten, in centimetres), latitude and longitude in thousandths of a second of arc offset
 * by 2^31, altitude in centimetres above 100 000 m below the WGS 84 spheroid. Printed as in
 * RFC 1876 §3: {@code 52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m}.
 */
public record LocRdata(int size, int horizontalPrecision, int verticalPrecision, long latitude, long longitude, long altitude)
        implements Rdata {
    static final long EQUATOR = 1L << 31;
    static final long BASE_ALTITUDE_CM = 10_000_000L;

    public LocRdata {
        for (int v : new int[] {size, horizontalPrecision, verticalPrecision}) {
            String bad = checkSize(v);
            if (bad != null) throw new IllegalArgumentException(bad);
        }
        Fields.u32(latitude, "LOC latitude");
        Fields.u32(longitude, "LOC longitude");
        Fields.u32(altitude, "LOC altitude");
    }

    public int type() { return 29; }

    public String presentation() {
        StringBuilder sb = new StringBuilder();
        angle(sb, latitude, 'N', 'S');
        sb.append(' ');
        angle(sb, longitude, 'E', 'W');
        long cm = altitude - BASE_ALTITUDE_CM;
        sb.append(' ').append(cm < 0 ? "-" : "").append(Math.abs(cm) / 100).append('.').append(String.format("%02d", Math.abs(cm) % 100)).append('m');
        sb.append(' ').append(meters(size)).append(' ').append(meters(horizontalPrecision)).append(' ').append(meters(verticalPrecision));
        return sb.toString();
    }

    private static void angle(StringBuilder sb, long v, char positive, char negative) {
        long off = v - EQUATOR;
        long abs = Math.abs(off);
        sb.append(abs / 3_600_000).append(' ').append(abs / 60_000 % 60).append(' ')
          .append(abs / 1000 % 60).append('.').append(String.format("%03d", abs % 1000)).append(' ').append(off < 0 ? negative : positive);
    }

    /** A size byte (mantissa high nibble, exponent low nibble, both 0..9) as metres: "1m", "0.05m", "10000m". */
    static String meters(int b) {
        int m = b >> 4, e = b & 0xf;
        if (e >= 2) return m + "0".repeat(m == 0 ? 0 : e - 2) + "m";
        long cm = m * (e == 1 ? 10L : 1L);
        return "0." + String.format("%02d", cm) + "m";
    }

    /** RFC 1876 §2: mantissa and exponent are each 0..9; null when the byte is fine. */
    static String checkSize(int b) {
        if (b < 0 || b > 0xff) return "LOC size " + b + " is not one octet";
        if (b >> 4 > 9 || (b & 0xf) > 9) return String.format("LOC size/precision byte 0x%02x: mantissa and exponent must each be 0..9 (RFC 1876 §2)", b);
        return null;
    }

    static Rdata read(WireReader r, int rdlength, String f) throws DnsFormatException {
        int at = r.pos();
        int version = r.u8(f + ".version");
        if (version != 0) {
            // RFC 1876 §2: only version 0 is defined; another version's layout is unknown, so it stays bytes
            if (r.recording()) r.note(version + " (only version 0 is defined, RFC 1876 §2: the rest is shown as bytes)");
            byte[] rest = r.bytes(r.remaining(), f + ".rdata");
            byte[] all = new byte[rest.length + 1];
            all[0] = (byte) version;
            System.arraycopy(rest, 0, all, 1, rest.length);
            return new Rdata.Unknown(29, all);
        }
        if (rdlength != 16) throw r.error(at, f + ".rdata", "LOC version 0 RDATA must be 16 bytes, rdlength says " + rdlength + " (RFC 1876 §2)");
        int[] sizes = new int[3];
        String[] names = {".size", ".horiz_pre", ".vert_pre"};
        for (int i = 0; i < 3; i++) {
            int p = r.pos();
            sizes[i] = r.u8(f + names[i]);
            String bad = checkSize(sizes[i]);
            if (bad != null) throw r.error(p, f + names[i], bad);
            if (r.recording()) r.note(String.format("0x%02x (%s)", sizes[i], meters(sizes[i])));
        }
        long lat = r.u32(f + ".latitude"), lon = r.u32(f + ".longitude"), alt = r.u32(f + ".altitude");
        return new LocRdata(sizes[0], sizes[1], sizes[2], lat, lon, alt);
    }

    static void write(WireWriter w, LocRdata l) {
        w.u8(0);
        w.u8(l.size);
        w.u8(l.horizontalPrecision);
        w.u8(l.verticalPrecision);
        w.u32(l.latitude);
        w.u32(l.longitude);
        w.u32(l.altitude);
    }

    /** RFC 1876 §3: {@code d1 [m1 [s1]] N|S d2 [m2 [s2]] E|W alt[m] [siz[m] [hp[m] [vp[m]]]]}. */
    static LocRdata parse(List<String> t) {
        int[] i = {0};
        long lat = angle(t, i, "N", "S", 90);
        long lon = angle(t, i, "E", "W", 180);
        if (i[0] >= t.size()) throw new IllegalArgumentException("LOC needs an altitude after the longitude");
        long alt = Math.round(number(t.get(i[0]++)) * 100) + BASE_ALTITUDE_CM;
        int[] sizes = {0x12, 0x16, 0x13}; // defaults: 1m, 10000m, 10m (RFC 1876 §3)
        for (int k = 0; k < 3 && i[0] < t.size(); k++) sizes[k] = sizeByte(number(t.get(i[0]++)));
        if (i[0] != t.size()) throw new IllegalArgumentException("LOC has " + (t.size() - i[0]) + " fields too many");
        if (alt < 0 || alt > 0xffffffffL) throw new IllegalArgumentException("LOC altitude out of range");
        return new LocRdata(sizes[0], sizes[1], sizes[2], lat, lon, alt);
    }

    private static long angle(List<String> t, int[] i, String pos, String neg, int maxDegrees) {
        double[] dms = new double[3];
        int n = 0;
        while (i[0] < t.size() && !t.get(i[0]).equalsIgnoreCase(pos) && !t.get(i[0]).equalsIgnoreCase(neg)) {
            if (n == 3) throw new IllegalArgumentException("LOC: expected " + pos + " or " + neg + ", got " + t.get(i[0]));
            dms[n++] = number(t.get(i[0]++));
        }
        if (n == 0 || i[0] >= t.size()) throw new IllegalArgumentException("LOC: expected degrees [minutes [seconds]] then " + pos + " or " + neg);
        boolean negative = t.get(i[0]++).equalsIgnoreCase(neg);
        if (dms[0] > maxDegrees || dms[1] >= 60 || dms[2] >= 60) throw new IllegalArgumentException("LOC angle out of range");
        long thousandths = Math.round(((dms[0] * 60 + dms[1]) * 60 + dms[2]) * 1000);
        return negative ? EQUATOR - thousandths : EQUATOR + thousandths;
    }

    private static double number(String s) {
        String v = s.endsWith("m") || s.endsWith("M") ? s.substring(0, s.length() - 1) : s;
        if (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.' || c == '-'))
            throw new IllegalArgumentException("LOC: \"" + s + "\" is not a number");
        return Double.parseDouble(v);
    }

    /** Metres to the mantissa/exponent byte, rounding down to the nearest representable size. */
    private static int sizeByte(double meters) {
        long cm = Math.round(meters * 100);
        if (cm < 0 || cm > 9_000_000_000L) throw new IllegalArgumentException("LOC size " + meters + "m is out of range");
        int e = 0;
        while (cm >= 10) { cm /= 10; e++; }
        return (int) cm << 4 | e;
    }
}
