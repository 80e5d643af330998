package wirepad.net.pcap;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Ledger;

/**
 * Ledgers as a classic pcap file (magic a1b2c3d4, microsecond timestamps, version 2.4, link type 1
 * = Ethernet), so Wireshark and tshark can open what wirepad saw. The packets are synthesized
 * from the ledger: a three-way handshake, one segment per ledger entry (split at 1460 bytes) with
 * an ACK from the other side, FIN from whoever closed first; sequence numbers count exactly the
 * ledger's bytes, so following the TCP stream gives the ledger back. DNS over UDP is one datagram
 * per message. Packets of several conversations are merged by time.
 */
public final class PcapWriter {
    public static final int LINKTYPE_ETHERNET = 1, SNAPLEN = 262_144, MSS = 1460;
    static final long CLIENT_ISN = 0x1000_0000L, SERVER_ISN = 0x2000_0000L;

    /** One UDP datagram: which way it went, its payload and when (µs since the epoch). */
    public record Datagram(boolean fromClient, byte[] payload, long epochMicros) {}

    private record Packet(long micros, long order, byte[] frame) {}

    private final List<Packet> packets = new ArrayList<>();
    private long order;
    private int nextMac = 1;

    /**
     * Adds a TCP connection.
     * @param localIsClient true for a client's ledger (local opened the connection), false for a server's
     * @param startEpochMicros wall-clock time of {@code ledger.startNanos()} in µs since the epoch
     */
    public PcapWriter tcp(Ledger ledger, boolean localIsClient, long startEpochMicros) {
        return tcp(ledger.local(), ledger.remote(), ledger.entries(), ledger.closedBy(), localIsClient, startEpochMicros);
    }

    /**
     * Adds a TCP connection from its parts: what a ledger would hold, for connections wirepad did not
     * record chunk by chunk (DNS over TCP keeps the query, the reply and the round trip).
     * @param entries  each write or read, {@code nanos} counted from {@code startEpochMicros}
     * @param closedBy who closed first ("peer …" = remote), or null for a connection left open
     */
    public PcapWriter tcp(Endpoint local, Endpoint remote, List<Ledger.Entry> entries, String closedBy, boolean localIsClient,
                          long startEpochMicros) {
        Endpoint ce = localIsClient ? local : remote, se = localIsClient ? remote : local;
        Frames.Host client = Frames.host(ce.address(), ce.port(), nextMac++), server = Frames.host(se.address(), se.port(), nextMac++);
        Side c = new Side(client, CLIENT_ISN), s = new Side(server, SERVER_ISN);
        long t = startEpochMicros;
        add(t, Frames.tcp(client, server, c.seq, 0, Frames.SYN, new byte[0], c.id++));
        add(t, Frames.tcp(server, client, s.seq, c.seq + 1, Frames.SYN | Frames.ACK, new byte[0], s.id++));
        c.seq++;
        s.seq++;
        add(t, Frames.tcp(client, server, c.seq, s.seq, Frames.ACK, new byte[0], c.id++));
        long last = t;
        for (Ledger.Entry e : entries) {
            boolean fromLocal = e.dir() == Direction.SENT;
            Side from = fromLocal == localIsClient ? c : s, to = from == c ? s : c;
            long when = Math.max(last, startEpochMicros + e.nanos() / 1000);
            byte[] b = e.bytes();
            for (int off = 0; off < b.length; off += MSS) {
                byte[] part = java.util.Arrays.copyOfRange(b, off, Math.min(b.length, off + MSS));
                add(when, Frames.tcp(from.host, to.host, from.seq, to.seq, Frames.PSH | Frames.ACK, part, from.id++));
                from.seq += part.length;
            }
            add(when, Frames.tcp(to.host, from.host, to.seq, from.seq, Frames.ACK, new byte[0], to.id++));
            last = when;
        }
        String closed = closedBy;
        if (closed != null) {
            boolean remoteFirst = closed.startsWith("peer");
            Side closer = remoteFirst == localIsClient ? s : c, other = closer == c ? s : c;
            long when = last + 1;
            add(when, Frames.tcp(closer.host, other.host, closer.seq, other.seq, Frames.FIN | Frames.ACK, new byte[0], closer.id++));
            closer.seq++;
            add(when, Frames.tcp(other.host, closer.host, other.seq, closer.seq, Frames.FIN | Frames.ACK, new byte[0], other.id++));
            other.seq++;
            add(when, Frames.tcp(closer.host, other.host, closer.seq, other.seq, Frames.ACK, new byte[0], closer.id++));
        }
        return this;
    }

    /** Adds UDP datagrams between two endpoints (a DNS query and its reply, say). */
    public PcapWriter udp(Endpoint clientEnd, Endpoint serverEnd, List<Datagram> datagrams) {
        Frames.Host client = Frames.host(clientEnd.address(), clientEnd.port(), nextMac++);
        Frames.Host server = Frames.host(serverEnd.address(), serverEnd.port(), nextMac++);
        int id = 1;
        for (Datagram d : datagrams)
            add(d.epochMicros(), d.fromClient() ? Frames.udp(client, server, d.payload(), id++) : Frames.udp(server, client, d.payload(), id++));
        return this;
    }

    private void add(long micros, byte[] frame) { packets.add(new Packet(micros, order++, frame)); }

    /** The pcap file: global header, then every packet in time order (ties keep insertion order). */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        le32(out, 0xA1B2C3D4L);
        le16(out, 2);
        le16(out, 4);
        le32(out, 0); // thiszone: timestamps are UTC
        le32(out, 0); // sigfigs
        le32(out, SNAPLEN);
        le32(out, LINKTYPE_ETHERNET);
        List<Packet> sorted = new ArrayList<>(packets);
        sorted.sort(Comparator.comparingLong(Packet::micros).thenComparingLong(Packet::order));
        for (Packet p : sorted) {
            le32(out, p.micros() / 1_000_000);
            le32(out, p.micros() % 1_000_000);
            le32(out, p.frame().length);
            le32(out, p.frame().length);
            out.writeBytes(p.frame());
        }
        return out.toByteArray();
    }

    public int packetCount() { return packets.size(); }

    /** Wall-clock µs of a {@code System.nanoTime()} value, from the clock's reading now. */
    public static long epochMicros(long nanoTime, java.time.Clock clock) {
        java.time.Instant now = clock.instant();
        long nowMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
        return nowMicros - (System.nanoTime() - nanoTime) / 1000;
    }

    private static final class Side {
        final Frames.Host host;
        long seq;
        int id = 1;

        Side(Frames.Host host, long isn) {
            this.host = host;
            this.seq = isn;
        }
    }

    private static void le16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >> 8) & 0xFF);
    }

    private static void le32(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) out.write((int) (v >> (8 * i)) & 0xFF);
    }
}
