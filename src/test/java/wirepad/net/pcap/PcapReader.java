package wirepad.net.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** Test-side pcap reader: checks every header and checksum on the way, returns the packets. */
final class PcapReader {
    private PcapReader() {}

    record Pkt(long micros, boolean v6, byte[] src, byte[] dst, int proto, int srcPort, int dstPort, long seq, long ack, int flags,
               byte[] payload) {}

    static List<Pkt> read(byte[] f) {
        assertEquals(0xA1B2C3D4L, le32(f, 0), "magic (microsecond, little-endian)");
        assertEquals(2, le16(f, 4));
        assertEquals(4, le16(f, 6));
        assertEquals(1, le32(f, 20), "link type Ethernet");
        List<Pkt> out = new ArrayList<>();
        int at = 24;
        long last = 0;
        while (at < f.length) {
            long sec = le32(f, at), usec = le32(f, at + 4);
            int incl = (int) le32(f, at + 8), orig = (int) le32(f, at + 12);
            assertEquals(incl, orig);
            assertEquals(true, usec < 1_000_000, "µs field below one second");
            long micros = sec * 1_000_000 + usec;
            assertEquals(true, micros >= last, "timestamps never go back");
            last = micros;
            byte[] fr = java.util.Arrays.copyOfRange(f, at + 16, at + 16 + incl);
            out.add(frame(fr, micros));
            at += 16 + incl;
        }
        assertEquals(f.length, at, "no trailing bytes");
        return out;
    }

    static Pkt frame(byte[] fr, long micros) {
        int type = u16(fr, 12);
        int ip = 14;
        boolean v6 = type == 0x86DD;
        byte[] src, dst;
        int proto, l4;
        int l4len;
        if (!v6) {
            assertEquals(0x0800, type);
            assertEquals(0x45, fr[ip] & 0xFF);
            assertEquals(fr.length - ip, u16(fr, ip + 2), "IPv4 total length");
            assertEquals(0, Frames.checksum(fr, ip, 20, 0), "IPv4 header checksum");
            proto = fr[ip + 9] & 0xFF;
            src = java.util.Arrays.copyOfRange(fr, ip + 12, ip + 16);
            dst = java.util.Arrays.copyOfRange(fr, ip + 16, ip + 20);
            l4 = ip + 20;
        } else {
            assertEquals(6, (fr[ip] & 0xF0) >> 4);
            assertEquals(fr.length - ip - 40, u16(fr, ip + 4), "IPv6 payload length");
            proto = fr[ip + 6] & 0xFF;
            src = java.util.Arrays.copyOfRange(fr, ip + 8, ip + 24);
            dst = java.util.Arrays.copyOfRange(fr, ip + 24, ip + 40);
            l4 = ip + 40;
        }
        l4len = fr.length - l4;
        byte[] seg = java.util.Arrays.copyOfRange(fr, l4, fr.length);
        Frames.Host from = new Frames.Host(src, 0, new byte[6]), to = new Frames.Host(dst, 0, new byte[6]);
        assertEquals(0, Frames.transportChecksum(from, to, proto, seg), (proto == 6 ? "TCP" : "UDP") + " checksum");
        if (proto == 6) {
            int off = ((seg[12] & 0xFF) >> 4) * 4;
            return new Pkt(micros, v6, src, dst, proto, u16(seg, 0), u16(seg, 2), u32(seg, 4), u32(seg, 8), seg[13] & 0xFF,
                    java.util.Arrays.copyOfRange(seg, off, seg.length));
        }
        assertEquals(17, proto);
        assertEquals(l4len, u16(seg, 4), "UDP length");
        return new Pkt(micros, v6, src, dst, proto, u16(seg, 0), u16(seg, 2), 0, 0, 0, java.util.Arrays.copyOfRange(seg, 8, seg.length));
    }

    static int u16(byte[] b, int i) { return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF); }

    static long u32(byte[] b, int i) { return ((long) u16(b, i) << 16) | u16(b, i + 2); }

    static int le16(byte[] b, int i) { return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8); }

    static long le32(byte[] b, int i) { return le16(b, i) | ((long) le16(b, i + 2) << 16); }
}
