package wirepad.net.resolver;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wirepad.dns.TcpFramer;

/**
 * Sends bytes exactly as given (a query that may be malformed on purpose) and returns the first
 * reply, without judging it: unlike {@link DnsClient} it does not check id, QR or question, so a
 * FORMERR to a broken query is shown rather than dropped. One UDP datagram from the server's
 * address, or one length-prefixed TCP message (RFC 7766 §8).
 */
public final class RawExchange {
    private RawExchange() {}

    /** The reply bytes (without the TCP prefix), how they came, timing, and what happened in words. */
    public record Reply(byte[] wire, String transport, long micros, List<String> log) {}

    public static Reply udp(InetSocketAddress server, byte[] query, int timeoutMillis) throws IOException {
        List<String> log = new ArrayList<>();
        try (DatagramSocket s = new DatagramSocket()) {
            long t0 = System.nanoTime();
            s.send(new DatagramPacket(query, query.length, server));
            log.add("UDP: sent " + query.length + " bytes to " + show(server));
            long deadline = t0 + timeoutMillis * 1_000_000L;
            byte[] buf = new byte[65535];
            DatagramPacket p;
            while ((p = Datagrams.receive(s, buf, deadline)) != null) {
                long us = (System.nanoTime() - t0) / 1000;
                InetSocketAddress from = (InetSocketAddress) p.getSocketAddress();
                if (!from.equals(server)) {
                    log.add("UDP: ignored " + p.getLength() + " bytes from " + show(from) + ": not the server we asked");
                    continue;
                }
                log.add("UDP: reply " + p.getLength() + " bytes");
                return new Reply(Arrays.copyOf(p.getData(), p.getLength()), "UDP", us, log);
            }
        }
        throw new IOException("no UDP reply from " + show(server) + " within " + timeoutMillis + " ms"
                + " (a server stays silent for fewer than 12 bytes or QR=1, and UDP may simply lose packets)");
    }

    public static Reply tcp(InetSocketAddress server, byte[] query, int timeoutMillis) throws IOException {
        List<String> log = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Socket s = new Socket()) {
            TcpConnect.open(s, server, timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            byte[] framed = TcpFramer.frame(query);
            s.getOutputStream().write(framed);
            s.getOutputStream().flush();
            log.add(String.format("TCP: connected to %s, sent %d bytes: length prefix %02x %02x (%d) + the %d-byte message",
                    show(server), framed.length, framed[0] & 0xff, framed[1] & 0xff, query.length, query.length));
            TcpReply reply = TcpReply.read(s.getInputStream(), timeoutMillis);
            byte[] got = reply.message();
            int reads = reply.reads();
            long us = (System.nanoTime() - t0) / 1000;
            log.add(String.format("TCP: reply length prefix %02x %02x (%d), then %d bytes; %d read%s",
                    got.length >> 8 & 0xff, got.length & 0xff, got.length, got.length, reads, reads == 1 ? "" : "s"));
            return new Reply(got, "TCP", us, log);
        }
    }

    /** host:port, the form REPL variables hold. */
    public static String show(InetSocketAddress a) {
        String ip = a.getAddress().getHostAddress();
        return (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + a.getPort();
    }
}
