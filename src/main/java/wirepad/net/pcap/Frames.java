package wirepad.net.pcap;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Ethernet II frames carrying IPv4 (RFC 791) or IPv6 (RFC 8200) with a TCP (RFC 9293) or UDP
 * (RFC 768) header, all checksums computed (RFC 1071 one's-complement sum; TCP and UDP over the
 * pseudo-header). Synthetic: locally administered MAC addresses, TTL 64, no IP or TCP options.
 */
final class Frames {
    private Frames() {}

    static final int ETHERTYPE_IPV4 = 0x0800, ETHERTYPE_IPV6 = 0x86DD, PROTO_TCP = 6, PROTO_UDP = 17;
    // TCP flags (RFC 9293 §3.1)
    static final int FIN = 0x01, SYN = 0x02, PSH = 0x08, ACK = 0x10;

    /** A host in the capture: address bytes (4 or 16), port and MAC. */
    record Host(byte[] ip, int port, byte[] mac) {
        boolean v6() { return ip.length == 16; }
    }

    static Host host(String address, int port, int macLast) {
        return new Host(ip(address), port, new byte[] {0x02, 0, 0, 0, 0, (byte) macLast});
    }

    /** An IP literal's bytes (no name lookup: Endpoint addresses are literals). */
    static byte[] ip(String literal) {
        String a = literal.startsWith("[") ? literal.substring(1, literal.length() - 1) : literal;
        if (!a.matches("[0-9a-fA-F:.]+")) throw new IllegalArgumentException("not an IP address literal: " + literal);
        try {
            return InetAddress.getByName(a).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: " + literal);
        }
    }

    static byte[] tcp(Host from, Host to, long seq, long ack, int flags, byte[] payload, int ipId) {
        byte[] seg = new byte[20 + payload.length];
        put16(seg, 0, from.port());
        put16(seg, 2, to.port());
        put32(seg, 4, seq);
        put32(seg, 8, ack);
        seg[12] = (byte) (5 << 4); // data offset: 5 words, no options
        seg[13] = (byte) flags;
        put16(seg, 14, 65535); // window
        System.arraycopy(payload, 0, seg, 20, payload.length);
        put16(seg, 16, transportChecksum(from, to, PROTO_TCP, seg));
        return ethernet(from, to, ip(from, to, PROTO_TCP, seg, ipId));
    }

    static byte[] udp(Host from, Host to, byte[] payload, int ipId) {
        byte[] d = new byte[8 + payload.length];
        put16(d, 0, from.port());
        put16(d, 2, to.port());
        put16(d, 4, d.length);
        System.arraycopy(payload, 0, d, 8, payload.length);
        int sum = transportChecksum(from, to, PROTO_UDP, d);
        put16(d, 6, sum == 0 ? 0xFFFF : sum); // RFC 768: a computed 0 is sent as all ones
        return ethernet(from, to, ip(from, to, PROTO_UDP, d, ipId));
    }

    private static byte[] ip(Host from, Host to, int proto, byte[] payload, int id) {
        if (from.v6()) {
            byte[] p = new byte[40 + payload.length];
            p[0] = 0x60; // version 6, traffic class 0, flow label 0
            put16(p, 4, payload.length);
            p[6] = (byte) proto;
            p[7] = 64; // hop limit
            System.arraycopy(from.ip(), 0, p, 8, 16);
            System.arraycopy(to.ip(), 0, p, 24, 16);
            System.arraycopy(payload, 0, p, 40, payload.length);
            return p;
        }
        byte[] p = new byte[20 + payload.length];
        p[0] = 0x45; // version 4, IHL 5
        put16(p, 2, p.length);
        put16(p, 4, id & 0xFFFF);
        put16(p, 6, 0x4000); // DF, fragment offset 0
        p[8] = 64; // TTL
        p[9] = (byte) proto;
        System.arraycopy(from.ip(), 0, p, 12, 4);
        System.arraycopy(to.ip(), 0, p, 16, 4);
        put16(p, 10, checksum(p, 0, 20, 0));
        System.arraycopy(payload, 0, p, 20, payload.length);
        return p;
    }

    private static byte[] ethernet(Host from, Host to, byte[] ipPacket) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(14 + ipPacket.length);
        out.writeBytes(to.mac());
        out.writeBytes(from.mac());
        int type = from.v6() ? ETHERTYPE_IPV6 : ETHERTYPE_IPV4;
        out.write(type >> 8);
        out.write(type & 0xFF);
        out.writeBytes(ipPacket);
        return out.toByteArray();
    }

    /** The TCP/UDP checksum: the segment summed with the pseudo-header (RFC 9293 §3.1, RFC 8200 §8.1). */
    static int transportChecksum(Host from, Host to, int proto, byte[] seg) {
        long sum = 0;
        sum = add(sum, from.ip(), 0, from.ip().length);
        sum = add(sum, to.ip(), 0, to.ip().length);
        sum += proto;
        sum += from.v6() ? (seg.length >>> 16) + (seg.length & 0xFFFF) : seg.length;
        return checksum(seg, 0, seg.length, sum);
    }

    /** RFC 1071: the one's complement of the one's-complement sum of 16-bit words, starting from {@code initial}. */
    static int checksum(byte[] b, int off, int len, long initial) {
        long sum = add(initial, b, off, len);
        while ((sum >> 16) != 0) sum = (sum & 0xFFFF) + (sum >> 16);
        return (int) (~sum & 0xFFFF);
    }

    private static long add(long sum, byte[] b, int off, int len) {
        for (int i = 0; i + 1 < len; i += 2) sum += ((b[off + i] & 0xFF) << 8) | (b[off + i + 1] & 0xFF);
        if ((len & 1) == 1) sum += (b[off + len - 1] & 0xFF) << 8;
        return sum;
    }

    static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 8);
        b[at + 1] = (byte) v;
    }

    static void put32(byte[] b, int at, long v) {
        b[at] = (byte) (v >> 24);
        b[at + 1] = (byte) (v >> 16);
        b[at + 2] = (byte) (v >> 8);
        b[at + 3] = (byte) v;
    }
}
