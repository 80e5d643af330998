package wirepad.net.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.net.Connection;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Exchange;
import wirepad.net.Ledger;
import wirepad.server.HttpServer;
import wirepad.server.lab.LabHandler;

/** The pcap writer, read back: headers, checksums, handshake, seq/ack continuity, payload = ledger bytes, FIN. */
class PcapWriterTest {
    static final long T0 = 1_586_559_600_000_000L; // 2020-04-10T23:00:00Z in µs

    /** Follows the TCP stream: checks handshake, continuity and close; returns [client bytes, server bytes]. */
    static byte[][] follow(List<PcapReader.Pkt> ps, int clientPort) {
        PcapReader.Pkt syn = ps.get(0), synAck = ps.get(1), ack = ps.get(2);
        assertEquals(Frames.SYN, syn.flags());
        assertEquals(Frames.SYN | Frames.ACK, synAck.flags());
        assertEquals(syn.seq() + 1, synAck.ack());
        assertEquals(Frames.ACK, ack.flags());
        assertEquals(synAck.seq() + 1, ack.ack());
        assertEquals(clientPort, syn.srcPort());
        long[] next = {syn.seq() + 1, synAck.seq() + 1}; // next expected seq: client, server
        ByteArrayOutputStream[] data = {new ByteArrayOutputStream(), new ByteArrayOutputStream()};
        boolean[] fin = new boolean[2];
        for (PcapReader.Pkt p : ps.subList(3, ps.size())) {
            int side = p.srcPort() == clientPort ? 0 : 1;
            assertEquals(next[side], p.seq(), "seq continues where the last segment ended");
            assertEquals(next[1 - side], p.ack(), "ack = everything the other side sent so far");
            assertTrue((p.flags() & Frames.ACK) != 0);
            assertTrue(p.payload().length <= PcapWriter.MSS);
            data[side].writeBytes(p.payload());
            next[side] += p.payload().length;
            if ((p.flags() & Frames.FIN) != 0) {
                fin[side] = true;
                next[side]++;
            }
        }
        assertTrue(fin[0] && fin[1], "both sides sent FIN");
        return new byte[][] {data[0].toByteArray(), data[1].toByteArray()};
    }

    @Test void aRealLoopbackExchange() throws Exception {
        HttpServer srv = HttpServer.start("lab", new LabHandler(Clock.systemUTC(), null), HttpServer.Options.loopback(0), Clock.systemUTC(), null);
        Ledger ledger;
        try (Connection c = Connection.open("127.0.0.1", srv.port(), Connection.Options.DEFAULT)) {
            ledger = c.ledger();
            Exchange.run(c, List.of("GET /bytes/5000 HTTP/1.1\r\nHost: lab\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
                    "GET /get HTTP/1.1\r\nHost: lab\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)), Exchange.WritePlan.WHOLE,
                    wirepad.http.ParserOptions.STRICT);
        } finally {
            srv.close();
        }
        byte[] file = new PcapWriter().tcp(ledger, true, T0).toBytes();
        List<PcapReader.Pkt> ps = PcapReader.read(file);
        byte[][] got = follow(ps, ledger.local().port());
        assertArrayEquals(ledger.bytes(Direction.SENT), got[0]);
        assertArrayEquals(ledger.bytes(Direction.RECEIVED), got[1]);
        assertTrue(ledger.bytes(Direction.RECEIVED).length > PcapWriter.MSS, "a reply large enough to be split");
        assertEquals(T0, ps.get(0).micros());
        assertArrayEquals(new byte[] {127, 0, 0, 1}, ps.get(0).src());
        PcapReader.Pkt last = ps.get(ps.size() - 1);
        assertEquals(Frames.ACK, last.flags(), "the closer ACKs the other side's FIN");
    }

    @Test void ipv6AndAServerSideLedgerWherePeerClosedFirst() {
        Ledger l = new Ledger(new Endpoint("::1", 8080), new Endpoint("::1", 50000), System.nanoTime());
        byte[] req = "GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        l.record(Direction.RECEIVED, req, 0, req.length); // a server's ledger: RECEIVED came from the client
        byte[] odd = new byte[3001];
        for (int i = 0; i < odd.length; i++) odd[i] = (byte) i; // odd length: checksum padding
        l.record(Direction.SENT, odd, 0, odd.length);
        l.closedBy("peer closed");
        List<PcapReader.Pkt> ps = PcapReader.read(new PcapWriter().tcp(l, false, T0).toBytes());
        assertTrue(ps.get(0).v6());
        assertEquals(50000, ps.get(0).srcPort(), "the client (the remote of a server ledger) sends the SYN");
        byte[][] got = follow(ps, 50000);
        assertArrayEquals(req, got[0]);
        assertArrayEquals(odd, got[1]);
        PcapReader.Pkt firstFin = ps.stream().filter(p -> (p.flags() & Frames.FIN) != 0).findFirst().orElseThrow();
        assertEquals(50000, firstFin.srcPort(), "the peer (client) closed first");
    }

    @Test void udpDatagramsWithChecksums() {
        byte[] q = {0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1}, r = {0x12, 0x34, (byte) 0x81, (byte) 0x80, 0, 1};
        byte[] f = new PcapWriter().udp(new Endpoint("127.0.0.1", 40000), new Endpoint("127.0.0.1", 53),
                List.of(new PcapWriter.Datagram(true, q, T0), new PcapWriter.Datagram(false, r, T0 + 1500))).toBytes();
        List<PcapReader.Pkt> ps = PcapReader.read(f);
        assertEquals(2, ps.size());
        assertArrayEquals(q, ps.get(0).payload());
        assertEquals(53, ps.get(0).dstPort());
        assertArrayEquals(r, ps.get(1).payload());
        assertEquals(T0 + 1500, ps.get(1).micros());
        List<PcapReader.Pkt> v6 = PcapReader.read(DnsPcap.capture(q, r, false, new java.net.InetSocketAddress("::1", 53), 700, T0));
        assertTrue(v6.get(0).v6());
        assertEquals(T0 - 700, v6.get(0).micros());
        List<PcapReader.Pkt> tcp = PcapReader.read(DnsPcap.capture(q, r, true, new java.net.InetSocketAddress("127.0.0.1", 53), 700, T0));
        byte[][] got = follow(tcp, tcp.get(0).srcPort());
        assertEquals(q.length, PcapReader.u16(got[0], 0), "2-byte length prefix");
        assertEquals(r.length + 2, got[1].length);
        // The real round trip, not the microseconds it took to build the capture.
        long queryAt = tcp.stream().filter(p -> p.payload().length > 0 && p.dstPort() == 53).findFirst().orElseThrow().micros();
        long replyAt = tcp.stream().filter(p -> p.payload().length > 0 && p.srcPort() == 53).findFirst().orElseThrow().micros();
        assertEquals(T0 - 700, queryAt);
        assertEquals(T0, replyAt);
    }

    @Test void checksumMatchesRfc1071Example() {
        // RFC 1071 §3: the words 0001 f203 f4f5 f6f7 sum to ddf2 (one's complement: 220d)
        assertEquals(0x220d, Frames.checksum(new byte[] {0x00, 0x01, (byte) 0xf2, 0x03, (byte) 0xf4, (byte) 0xf5, (byte) 0xf6, (byte) 0xf7}, 0, 8, 0));
    }

    @Test void notAnAddressLiteralIsRefused() {
        Ledger l = new Ledger(new Endpoint("example.test", 1), new Endpoint("127.0.0.1", 2), 0);
        assertEquals("not an IP address literal: example.test",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new PcapWriter().tcp(l, true, T0)).getMessage());
    }
}
