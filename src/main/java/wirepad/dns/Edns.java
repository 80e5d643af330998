package wirepad.dns;

import java.util.List;

/**
 * The EDNS(0) view of an OPT pseudo-record (RFC 6891 §6.1.2, §6.1.3): CLASS holds the requester's
 * UDP payload size, TTL holds the extended RCODE (high 8 bits of 12), VERSION, the DO bit
 * (RFC 3225) and 15 more flag bits that must be zero.
 * <pre>
 *   TTL: | EXTENDED-RCODE (8) | VERSION (8) | DO | Z (15) |
 * </pre>
 */
public record Edns(int udpSize, int extendedRcode, int version, boolean dnssecOk, int z, List<EdnsOption> options) {
    /** The buffer size recommended by DNS Flag Day 2020 to avoid IP fragmentation. */
    public static final int DEFAULT_UDP_SIZE = 1232;

    public Edns {
        if (udpSize < 0 || udpSize > 0xffff) throw new IllegalArgumentException("udp size " + udpSize);
        if (extendedRcode < 0 || extendedRcode > 255 || version < 0 || version > 255 || z < 0 || z > 0x7fff)
            throw new IllegalArgumentException("EDNS field out of range");
        options = List.copyOf(options);
    }

    public static Edns of(int udpSize, List<EdnsOption> options) { return new Edns(udpSize, 0, 0, false, 0, options); }

    /** RFC 6891 §6.2.5: a size below 512 is treated as 512. */
    public int effectiveUdpSize() { return Math.max(512, udpSize); }

    public ResourceRecord toRecord() {
        long ttl = (long) extendedRcode << 24 | (long) version << 16 | (dnssecOk ? 0x8000 : 0) | z;
        return new ResourceRecord(Name.ROOT, udpSize, ttl, new Rdata.OPT(options));
    }

    /** The EDNS view of an OPT record; IllegalArgumentException if {@code rr} is not OPT. */
    public static Edns from(ResourceRecord rr) {
        if (!(rr.data() instanceof Rdata.OPT opt)) throw new IllegalArgumentException("not an OPT record");
        long t = rr.ttl();
        return new Edns(rr.rclass(), (int) (t >>> 24 & 0xff), (int) (t >>> 16 & 0xff), (t & 0x8000) != 0, (int) (t & 0x7fff), opt.options());
    }

    public Edns withOptions(List<EdnsOption> newOptions) { return new Edns(udpSize, extendedRcode, version, dnssecOk, z, newOptions); }

    public Edns withExtendedRcode(int high) { return new Edns(udpSize, high, version, dnssecOk, z, options); }

    /** dig's pseudosection line: {@code ; EDNS: version: 0, flags: do; udp: 1232}. */
    public String presentation() {
        StringBuilder sb = new StringBuilder("; EDNS: version: ").append(version).append(", flags:");
        if (dnssecOk) sb.append(" do");
        if (z != 0) sb.append(String.format(" MBZ: 0x%04x", z));
        sb.append("; udp: ").append(udpSize);
        for (EdnsOption o : options) sb.append("\n; ").append(o.presentation());
        return sb.toString();
    }
}
