package wirepad.net.pcap;

import java.net.InetSocketAddress;
import java.util.List;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Ledger;

/**
 * One DNS query and its reply as a capture: two UDP datagrams, or over TCP a connection carrying
 * each message behind its 2-byte length (RFC 1035 §4.2.2). The client's port is not kept by the
 * DNS client, so the capture uses a made-up one (and the loopback address when the server is local).
 * Times are the real ones the client kept: the query when the exchange started, the reply a round
 * trip later (over TCP the round trip includes the connect, so the query is placed at the SYN).
 */
public final class DnsPcap {
    private DnsPcap() {}

    public static byte[] capture(byte[] query, byte[] reply, boolean tcp, InetSocketAddress server, long replyMicrosAfterQuery,
                                 long replyEpochMicros) {
        return add(new PcapWriter(), query, reply, tcp, server, replyMicrosAfterQuery, replyEpochMicros).toBytes();
    }

    /** Adds one query and its reply to {@code w} (a capture may hold HTTP connections and DNS exchanges together). */
    public static PcapWriter add(PcapWriter w, byte[] query, byte[] reply, boolean tcp, InetSocketAddress server,
                                 long replyMicrosAfterQuery, long replyEpochMicros) {
        Endpoint srv = Endpoint.of(server);
        String clientAddr = server.getAddress().isLoopbackAddress() ? srv.address()
                : srv.address().contains(":") ? "2001:db8::1" : "192.0.2.1";
        int id = query.length >= 2 ? ((query[0] & 0xFF) << 8) | (query[1] & 0xFF) : 0;
        Endpoint client = new Endpoint(clientAddr, 40_000 + id % 20_000);
        long queryAt = replyEpochMicros - replyMicrosAfterQuery;
        if (!tcp) {
            return w.udp(client, srv, List.of(new PcapWriter.Datagram(true, query, queryAt),
                    new PcapWriter.Datagram(false, reply, replyEpochMicros)));
        }
        // The DNS client keeps the round trip (connect to reply) and when the reply came, not when the
        // connection opened or the query was written: handshake and query are placed at the start.
        List<Ledger.Entry> entries = List.of(new Ledger.Entry(Direction.SENT, 0, framed(query), 0),
                new Ledger.Entry(Direction.RECEIVED, 0, framed(reply), replyMicrosAfterQuery * 1000));
        return w.tcp(client, srv, entries, "wirepad closed", true, queryAt);
    }

    private static byte[] framed(byte[] m) {
        byte[] b = new byte[m.length + 2];
        b[0] = (byte) (m.length >> 8);
        b[1] = (byte) m.length;
        System.arraycopy(m, 0, b, 2, m.length);
        return b;
    }
}
