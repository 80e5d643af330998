package wirepad.dns;

import java.util.Arrays;
import java.util.List;

/**
 * TSIG (250), RFC 8945 §4.2: algorithm name (never compressed), time signed (48 bits), fudge,
 * MAC, original id, error, other data. Printed as BIND and Knot do:
 * {@code hmac-sha256. 1733450000 300 32 <MAC base64> 4660 NOERROR 0}.
 */
public record TsigRdata(Name algorithm, long timeSigned, int fudge, byte[] mac, int originalId, int error, byte[] other)
        implements Rdata {
    public TsigRdata {
        if (timeSigned < 0 || timeSigned > 0xffffffffffffL) throw new IllegalArgumentException("TSIG time " + timeSigned + " is not 48-bit");
        Fields.u16(fudge, "TSIG fudge");
        Fields.u16(originalId, "TSIG original id");
        Fields.u16(error, "TSIG error");
        if (mac.length > 0xffff || other.length > 0xffff) throw new IllegalArgumentException("TSIG MAC or other data longer than 65535");
        mac = mac.clone();
        other = other.clone();
    }

    public int type() { return 250; }

    public String presentation() {
        StringBuilder sb = new StringBuilder().append(algorithm).append(' ').append(timeSigned).append(' ').append(fudge)
                .append(' ').append(mac.length);
        if (mac.length > 0) sb.append(' ').append(RdataText.base64(mac));
        sb.append(' ').append(originalId).append(' ').append(errorName(error)).append(' ').append(other.length);
        if (other.length > 0) sb.append(' ').append(RdataText.base64(other));
        return sb.toString();
    }

    /** RFC 8945 §4.3 and the IANA RCODE registry: in TSIG, 16 is BADSIG (not BADVERS). */
    static String errorName(int e) {
        return switch (e) {
            case 16 -> "BADSIG"; case 17 -> "BADKEY"; case 18 -> "BADTIME"; case 19 -> "BADMODE"; case 20 -> "BADNAME";
            case 21 -> "BADALG"; case 22 -> "BADTRUNC";
            default -> Rcode.name(e);
        };
    }

    static int errorCode(String s) {
        for (int e = 16; e <= 22; e++) if (errorName(e).equalsIgnoreCase(s)) return e;
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) return RdataText.u16(s);
        return Rcode.parse(s);
    }

    @Override public byte[] mac() { return mac.clone(); }
    @Override public byte[] other() { return other.clone(); }
    @Override public boolean equals(Object o) {
        return o instanceof TsigRdata t && t.algorithm.equals(algorithm) && t.timeSigned == timeSigned && t.fudge == fudge
                && Arrays.equals(t.mac, mac) && t.originalId == originalId && t.error == error && Arrays.equals(t.other, other);
    }
    @Override public int hashCode() { return Arrays.hashCode(mac) * 31 + originalId; }
    @Override public String toString() { return "TSIG[" + presentation() + "]"; }

    static TsigRdata read(WireReader r, String f) throws DnsFormatException {
        Name alg = r.name(f + ".algorithm");
        byte[] t = r.bytes(6, f + ".time_signed");
        long time = 0;
        for (byte b : t) time = time << 8 | (b & 0xff);
        if (r.recording()) r.note(time + " (" + RdataText.time(time) + " UTC)");
        int fudge = r.u16(f + ".fudge");
        int macLen = r.u16(f + ".mac_size");
        if (macLen > r.remaining()) throw r.error(r.pos() - 2, f + ".mac_size", "MAC size " + macLen + " runs past RDATA (" + r.remaining() + " bytes left)");
        byte[] mac = r.bytes(macLen, f + ".mac");
        int id = r.u16(f + ".original_id");
        int error = r.u16(f + ".error");
        if (r.recording()) r.note(error + " (" + errorName(error) + ")");
        int otherLen = r.u16(f + ".other_len");
        if (otherLen > r.remaining()) throw r.error(r.pos() - 2, f + ".other_len", "other length " + otherLen + " runs past RDATA (" + r.remaining() + " bytes left)");
        return new TsigRdata(alg, time, fudge, mac, id, error, r.bytes(otherLen, f + ".other_data"));
    }

    static void write(WireWriter w, TsigRdata t) {
        w.name(t.algorithm, false); // RFC 8945 §4.2: not compressed
        w.u16((int) (t.timeSigned >>> 32));
        w.u32(t.timeSigned & 0xffffffffL);
        w.u16(t.fudge);
        w.u16(t.mac.length);
        w.bytes(t.mac);
        w.u16(t.originalId);
        w.u16(t.error);
        w.u16(t.other.length);
        w.bytes(t.other);
    }

    /** {@code ALGORITHM TIME FUDGE MACSIZE [MAC] ORIGINALID ERROR OTHERLEN [OTHER]}. */
    static TsigRdata parse(List<String> t, Name origin) {
        RdataText.atLeast(t, 7, "TSIG ALGORITHM TIME FUDGE MACSIZE MAC ORIGINALID ERROR OTHERLEN OTHER");
        int i = 0;
        Name alg = Name.parse(t.get(i++), origin);
        String ts = t.get(i++);
        if (ts.isEmpty() || ts.length() > 15 || !ts.chars().allMatch(c -> c >= '0' && c <= '9')) throw new IllegalArgumentException("TSIG time \"" + ts + "\" is not a number");
        long time = Long.parseLong(ts);
        int fudge = RdataText.u16(t.get(i++));
        int macLen = RdataText.u16(t.get(i++));
        byte[] mac = macLen == 0 ? new byte[0] : RdataText.base64(t.get(i++), "MAC");
        if (mac.length != macLen) throw new IllegalArgumentException("TSIG MAC size says " + macLen + " but the MAC has " + mac.length + " bytes");
        RdataText.atLeast(t, i + 3, "TSIG ... ORIGINALID ERROR OTHERLEN");
        int id = RdataText.u16(t.get(i++));
        int error = errorCode(t.get(i++));
        int otherLen = RdataText.u16(t.get(i++));
        byte[] other = otherLen == 0 ? new byte[0] : RdataText.base64(RdataText.joined(t, i), "other data");
        if (other.length != otherLen) throw new IllegalArgumentException("TSIG other length says " + otherLen + " but the data has " + other.length + " bytes");
        return new TsigRdata(alg, time, fudge, mac, id, error, other);
    }
}
