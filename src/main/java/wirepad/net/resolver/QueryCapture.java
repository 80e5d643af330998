package wirepad.net.resolver;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirepad.net.Endpoint;
import wirepad.net.Ledger;
import wirepad.net.pcap.PcapWriter;

/**
 * The {@link Attempts} of a query as a pcap capture: every UDP datagram sent and received (retries
 * and ignored replies too) and every TCP connection (after TC=1, or +tcp), merged in time order,
 * so Wireshark shows the whole story. The UDP socket is bound to the wildcard address, so our
 * address is written as loopback when the peer is local, else a documentation address (RFC 5737,
 * RFC 3849); the ports are the real ones.
 */
public final class QueryCapture {
    private QueryCapture() {}

    public static byte[] pcap(Attempts a, Clock clock) { return add(new PcapWriter(), a, clock).toBytes(); }

    public static PcapWriter add(PcapWriter w, Attempts a, Clock clock) {
        Map<String, List<PcapWriter.Datagram>> flows = new LinkedHashMap<>();
        Map<String, Endpoint[]> ends = new LinkedHashMap<>();
        for (Attempts.Datagram d : a.datagrams()) {
            Endpoint peer = Endpoint.of(d.peer());
            String key = d.localPort() + " " + peer;
            ends.computeIfAbsent(key, k -> new Endpoint[] {new Endpoint(ourAddress(d.peer()), d.localPort()), peer});
            flows.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new PcapWriter.Datagram(d.sent(), d.bytes(), PcapWriter.epochMicros(d.nanos(), clock)));
        }
        for (Map.Entry<String, List<PcapWriter.Datagram>> f : flows.entrySet()) {
            Endpoint[] e = ends.get(f.getKey());
            w.udp(e[0], e[1], f.getValue());
        }
        for (Ledger l : a.tcp()) w.tcp(l, true, PcapWriter.epochMicros(l.startNanos(), clock));
        return w;
    }

    private static String ourAddress(InetSocketAddress peer) {
        boolean v6 = peer.getAddress() instanceof Inet6Address;
        if (peer.getAddress().isLoopbackAddress()) return v6 ? "::1" : "127.0.0.1";
        return v6 ? "2001:db8::1" : "192.0.2.1";
    }
}
