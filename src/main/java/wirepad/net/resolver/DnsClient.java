package wirepad.net.resolver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.Socket;
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
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Ledger;

/**
 * A stub client: one question to one server over UDP (with timeout and retries) or TCP. A UDP
 * reply is accepted only if it comes from the server's address and port, has QR set, our id and
 * our question (RFC 5452 §9.1); anything else is logged as ignored, with the reason. TC=1 makes
 * it retry over TCP with the two-octet length prefix (RFC 7766 §5, §8). Every attempt is logged
 * with its timing, in an {@link Attempts} the caller keeps, so a failed query shows its log too.
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

    public Response query(Question q) throws IOException, DnsFormatException { return query(q, new Attempts()); }

    /**
     * Asks {@code q}, recording every attempt and packet in {@code a}, which the caller keeps: when
     * this throws, {@code a} still shows what was sent, what came back and why it was ignored.
     */
    public Response query(Question q, Attempts a) throws IOException, DnsFormatException {
        Message query = queryFor(q, ids.nextInt(0x10000));
        byte[] wire = Builder.encode(query);
        if (o.tcp()) return tcp(query, wire, a, 1);
        DnsFormatException malformed = null;
        try (ConnectedUdp s = ConnectedUdp.open(o.server())) {
            for (int attempt = 1; attempt <= o.tries(); attempt++) {
                long t0 = System.nanoTime();
                String head = "attempt " + attempt + ": UDP " + wire.length + " bytes to " + ServerAddress.show(o.server())
                        + " (id " + hex(query.header().id()) + (o.udpSize() > 0 ? ", EDNS udp " + o.udpSize() : ", no EDNS") + ")";
                boolean sent = false;
                try {
                    s.send(wire);
                    sent = true;
                    a.datagram(new Attempts.Datagram(true, s.localPort(), o.server(), wire, t0));
                    a.line(head);
                    long deadline = t0 + o.timeoutMillis() * 1_000_000L;
                    for (ConnectedUdp.Datagram p; (p = s.receive(deadline)) != null; ) {
                        long now = System.nanoTime(), us = (now - t0) / 1000;
                        byte[] got = p.bytes();
                        InetSocketAddress peer = p.from();
                        a.datagram(new Attempts.Datagram(false, s.localPort(), peer, got, now));
                        String from = ServerAddress.show(peer);
                        Check c = check(query, got, peer);
                        if (c.reason != null) {
                            a.line("  ignored " + got.length + " bytes from " + from + " after " + ms(us) + ": " + c.reason);
                            if (c.error != null) malformed = c.error;
                            continue;
                        }
                        if (c.truncated && !o.ignoreTc()) {
                            a.line("  reply " + got.length + " bytes after " + ms(us) + " has TC=1 (truncated)"
                                    + (c.message == null ? " and does not decode past the header" : "") + ": retrying over TCP");
                            return tcp(query, wire, a, attempt + 1);
                        }
                        a.line("  reply " + got.length + " bytes after " + ms(us));
                        return new Response(c.message, got, "UDP", us, a.log());
                    }
                } catch (PortUnreachableException e) {
                    // dig's "communications error ... connection refused": no point waiting for the other tries
                    if (!sent) a.line(head);
                    a.line("  " + e.getMessage() + " (after " + ms((System.nanoTime() - t0) / 1000) + ")");
                    throw e;
                }
                a.line("  no reply within " + o.timeoutMillis() + " ms");
            }
        }
        if (malformed != null) throw malformed;
        throw new IOException("no reply from " + ServerAddress.show(o.server()) + " after " + o.tries() + " tr"
                + (o.tries() == 1 ? "y" : "ies") + " of " + o.timeoutMillis() + " ms");
    }

    /** How a datagram matched: the message (null only for TC=1 that does not decode), or why it is ignored. */
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
            // A truncated reply may be cut anywhere (RFC 2181 §9): enough to retry over TCP, but
            // with +ignore there is no message to show, so it is malformed like any other.
            if (h.tc() && !o.ignoreTc()) return new Check(null, true, null, null);
            return new Check(null, false, (h.tc() ? "TC=1 and malformed (+ignore keeps a truncated reply only if it decodes): "
                    : "malformed: ") + e.getMessage(), e);
        }
        if (!m.questions().equals(query.questions()))
            return new Check(null, false, "question " + (m.questions().isEmpty() ? "(none)" : m.questions().get(0).presentation().replace('\t', ' '))
                    + " is not the one we asked", null);
        return new Check(m, h.tc(), null, null);
    }

    private Response tcp(Message query, byte[] wire, Attempts a, int attempt) throws IOException, DnsFormatException {
        String head = "attempt " + attempt + ": TCP to " + ServerAddress.show(o.server()) + ": ";
        long t0 = System.nanoTime();
        try (Socket s = new Socket()) {
            try {
                TcpConnect.open(s, o.server(), o.timeoutMillis());
            } catch (IOException e) {
                a.line(head + "no connection after " + ms((System.nanoTime() - t0) / 1000));
                throw e;
            }
            long connected = System.nanoTime();
            Ledger ledger = new Ledger(Endpoint.of((InetSocketAddress) s.getLocalSocketAddress()), Endpoint.of(o.server()), t0);
            a.tcp(ledger);
            s.setSoTimeout(o.timeoutMillis());
            byte[] framed = TcpFramer.frame(wire);
            s.getOutputStream().write(framed);
            s.getOutputStream().flush();
            ledger.record(Direction.SENT, framed, 0, framed.length);
            String sent = "connect " + ms((connected - t0) / 1000) + ", sent " + framed.length + " bytes (2-byte length prefix + "
                    + wire.length + ")";
            TcpReply reply;
            try {
                reply = TcpReply.read(s.getInputStream(), o.timeoutMillis(), ledger);
            } catch (IOException e) {
                a.line(head + sent + ", then " + e.getMessage());
                ledger.closedBy("wirepad closed");
                throw e;
            }
            ledger.closedBy("wirepad closed");
            byte[] got = reply.message();
            int reads = reply.reads();
            long us = (System.nanoTime() - t0) / 1000;
            a.line(head + sent + ", first byte " + ms((reply.firstByteNanos() - t0) / 1000) + ", reply " + got.length
                    + " bytes (+2 prefix) in " + reads + " read" + (reads == 1 ? "" : "s") + ", " + ms(us));
            Message m = Parser.parse(got);
            if (m.header().id() != query.header().id())
                throw new DnsFormatException(0, "header.id", "TCP reply id " + hex(m.header().id()) + ", expected " + hex(query.header().id()));
            if (!m.questions().equals(query.questions()))
                throw new DnsFormatException(12, "question", "TCP reply is for a different question");
            return new Response(m, got, "TCP", us, a.log());
        }
    }

    static String hex(int id) { return String.format("0x%04x", id); }

    static String ms(long micros) { return String.format("%d.%03d ms", micros / 1000, micros % 1000); }
}
