package wirepad.net.resolver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.Socket;
import java.util.ArrayList;
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
        return udp(server, query, timeoutMillis, 1);
    }

    /**
     * Sends the bytes up to {@code tries} times, waiting {@code timeoutMillis} after each, and
     * returns the first datagram from the server. An ICMP port unreachable ends it at once
     * (PortUnreachableException, "connection refused"), as dig does.
     */
    public static Reply udp(InetSocketAddress server, byte[] query, int timeoutMillis, int tries) throws IOException {
        List<String> log = new ArrayList<>();
        long start = System.nanoTime();
        try (ConnectedUdp s = ConnectedUdp.open(server)) {
            for (int attempt = 1; attempt <= tries; attempt++) {
                long t0 = System.nanoTime();
                s.send(query);
                log.add("UDP: sent " + query.length + " bytes to " + show(server) + (tries > 1 ? " (try " + attempt + " of " + tries + ")" : ""));
                long deadline = t0 + timeoutMillis * 1_000_000L;
                for (ConnectedUdp.Datagram p; (p = s.receive(deadline)) != null; ) {
                    long us = (System.nanoTime() - t0) / 1000;
                    if (!p.from().equals(server)) {
                        log.add("UDP: ignored " + p.bytes().length + " bytes from " + show(p.from()) + ": not the server we asked");
                        continue;
                    }
                    log.add("UDP: reply " + p.bytes().length + " bytes");
                    return new Reply(p.bytes(), "UDP", us, log);
                }
                if (attempt < tries) log.add("UDP: no reply within " + timeoutMillis + " ms");
            }
        } catch (PortUnreachableException e) {
            throw new PortUnreachableException(e.getMessage() + " after " + (System.nanoTime() - start) / 1_000_000L + " ms");
        }
        throw new IOException("no UDP reply from " + show(server) + (tries > 1 ? " after " + tries + " tries of " : " within ") + timeoutMillis + " ms"
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
