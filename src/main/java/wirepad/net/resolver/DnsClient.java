package wirepad.net.resolver;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import wirepad.dns.Builder;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Edns;
import wirepad.dns.Header;
import wirepad.dns.Message;
import wirepad.dns.Parser;
import wirepad.dns.Question;
import wirepad.dns.TcpFramer;

/**
 * A stub client: one question to one server over UDP (with timeout and retries) or TCP. A UDP
 * reply is accepted only if it comes from the server's address and port, has QR set, our id and
 * our question (RFC 5452 §9.1); anything else is logged as ignored, with the reason. TC=1 makes
 * it retry over TCP with the two-octet length prefix (RFC 7766 §5, §8). Every attempt is logged
 * with its timing.
 */
public final class DnsClient {
    /** How to ask. {@code udpSize} 0 means no EDNS (then 512-byte UDP replies, RFC 1035 §4.2.1). */
    public record Options(InetSocketAddress server, int timeoutMillis, int tries, int udpSize, boolean tcp,
                          boolean ignoreTc, boolean dnssecOk, boolean recursionDesired) {
        public static Options defaults(InetSocketAddress server) {
            return new Options(server, 2000, 3, Edns.DEFAULT_UDP_SIZE, false, false, false, true);
        }
        public Options withTimeout(int ms) { return new Options(server, ms, tries, udpSize, tcp, ignoreTc, dnssecOk, recursionDesired); }
        public Options withTries(int n) { return new Options(server, timeoutMillis, n, udpSize, tcp, ignoreTc, dnssecOk, recursionDesired); }
        public Options withUdpSize(int n) { return new Options(server, timeoutMillis, tries, n, tcp, ignoreTc, dnssecOk, recursionDesired); }
        public Options withTcp(boolean v) { return new Options(server, timeoutMillis, tries, udpSize, v, ignoreTc, dnssecOk, recursionDesired); }
        public Options withIgnoreTc(boolean v) { return new Options(server, timeoutMillis, tries, udpSize, tcp, v, dnssecOk, recursionDesired); }
        public Options withDnssecOk(boolean v) { return new Options(server, timeoutMillis, tries, udpSize, tcp, ignoreTc, v, recursionDesired); }
        public Options withRecursion(boolean v) { return new Options(server, timeoutMillis, tries, udpSize, tcp, ignoreTc, dnssecOk, v); }
    }

    /** The accepted reply, its bytes, how it came, and the log of every attempt. */
    public record Response(Message message, byte[] wire, String transport, long micros, List<String> log) {}

    private final Options o;
    private final RandomGenerator ids;

    public DnsClient(Options options, RandomGenerator ids) {
        this.o = options;
        this.ids = ids;
    }

    public Options options() { return o; }

    /** The query message this client sends for {@code q}. */
    public Message queryFor(Question q, int id) {
        Edns edns = o.udpSize() > 0 ? new Edns(o.udpSize(), 0, 0, o.dnssecOk(), 0, List.of()) : null;
        Message m = Message.query(id, q, edns);
        return m.withHeader(m.header().withRd(o.recursionDesired()));
    }

    public Response query(Question q) throws IOException, DnsFormatException {
        List<String> log = new ArrayList<>();
        Message query = queryFor(q, ids.nextInt(0x10000));
        byte[] wire = Builder.encode(query);
        if (o.tcp()) return tcp(query, wire, log, 1);
        DnsFormatException malformed = null;
        try (DatagramSocket s = new DatagramSocket()) {
            for (int attempt = 1; attempt <= o.tries(); attempt++) {
                long t0 = System.nanoTime();
                s.send(new DatagramPacket(wire, wire.length, o.server()));
                log.add("attempt " + attempt + ": UDP " + wire.length + " bytes to " + ServerAddress.show(o.server())
                        + " (id " + hex(query.header().id()) + (o.udpSize() > 0 ? ", EDNS udp " + o.udpSize() : ", no EDNS") + ")");
                long deadline = t0 + o.timeoutMillis() * 1_000_000L;
                byte[] buf = new byte[65535];
                DatagramPacket p;
                while ((p = Datagrams.receive(s, buf, deadline)) != null) {
                    long us = (System.nanoTime() - t0) / 1000;
                    byte[] got = java.util.Arrays.copyOf(p.getData(), p.getLength());
                    String from = ServerAddress.show((InetSocketAddress) p.getSocketAddress());
                    Check c = check(query, got, (InetSocketAddress) p.getSocketAddress());
                    if (c.reason != null) {
                        log.add("  ignored " + got.length + " bytes from " + from + " after " + ms(us) + ": " + c.reason);
                        if (c.error != null) malformed = c.error;
                        continue;
                    }
                    if (c.truncated && !o.ignoreTc()) {
                        log.add("  reply " + got.length + " bytes after " + ms(us) + " has TC=1 (truncated): retrying over TCP");
                        return tcp(query, wire, log, attempt + 1);
                    }
                    log.add("  reply " + got.length + " bytes after " + ms(us));
                    return new Response(c.message, got, "UDP", us, log);
                }
                log.add("  no reply within " + o.timeoutMillis() + " ms");
            }
        }
        if (malformed != null) throw malformed;
        throw new IOException("no reply from " + ServerAddress.show(o.server()) + " after " + o.tries() + " tr"
                + (o.tries() == 1 ? "y" : "ies") + " of " + o.timeoutMillis() + " ms");
    }

    private record Check(Message message, boolean truncated, String reason, DnsFormatException error) {}

    /** RFC 5452 §9.1 style matching: source, id, QR, question. */
    private Check check(Message query, byte[] got, InetSocketAddress from) {
        if (!from.equals(o.server())) return new Check(null, false, "source " + ServerAddress.show(from) + " is not the server we asked", null);
        Header h;
        try {
            h = new Parser(got).header();
        } catch (DnsFormatException e) {
            return new Check(null, false, "not a DNS message: " + e.getMessage(), e);
        }
        if (h.id() != query.header().id()) return new Check(null, false, "id " + hex(h.id()) + ", expected " + hex(query.header().id()), null);
        if (!h.qr()) return new Check(null, false, "QR=0: a query, not a response", null);
        Message m;
        try {
            m = Parser.parse(got);
        } catch (DnsFormatException e) {
            if (h.tc()) return new Check(null, true, null, null);
            return new Check(null, false, "malformed: " + e.getMessage(), e);
        }
        if (!m.questions().equals(query.questions()))
            return new Check(null, false, "question " + (m.questions().isEmpty() ? "(none)" : m.questions().get(0).presentation().replace('\t', ' '))
                    + " is not the one we asked", null);
        return new Check(m, h.tc(), null, null);
    }

    private Response tcp(Message query, byte[] wire, List<String> log, int attempt) throws IOException, DnsFormatException {
        long t0 = System.nanoTime();
        try (Socket s = new Socket()) {
            s.connect(o.server(), o.timeoutMillis());
            long connected = System.nanoTime();
            s.setSoTimeout(o.timeoutMillis());
            byte[] framed = TcpFramer.frame(wire);
            s.getOutputStream().write(framed);
            s.getOutputStream().flush();
            TcpReply reply = TcpReply.read(s.getInputStream(), o.timeoutMillis());
            byte[] got = reply.message();
            int reads = reply.reads();
            long first = reply.firstByteNanos();
            long done = System.nanoTime();
            long us = (done - t0) / 1000;
            log.add("attempt " + attempt + ": TCP to " + ServerAddress.show(o.server()) + ": connect " + ms((connected - t0) / 1000)
                    + ", sent " + framed.length + " bytes (2-byte length prefix + " + wire.length + "), first byte "
                    + ms((first - t0) / 1000) + ", reply " + got.length + " bytes (+2 prefix) in " + reads + " read"
                    + (reads == 1 ? "" : "s") + ", " + ms(us));
            Message m = Parser.parse(got);
            if (m.header().id() != query.header().id())
                throw new DnsFormatException(0, "header.id", "TCP reply id " + hex(m.header().id()) + ", expected " + hex(query.header().id()));
            if (!m.questions().equals(query.questions()))
                throw new DnsFormatException(12, "question", "TCP reply is for a different question");
            return new Response(m, got, "TCP", us, log);
        }
    }

    static String hex(int id) { return String.format("0x%04x", id); }

    static String ms(long micros) { return String.format("%d.%03d ms", micros / 1000, micros % 1000); }
}
