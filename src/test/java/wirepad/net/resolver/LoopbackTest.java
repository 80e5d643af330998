package wirepad.net.resolver;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.dns.Builder;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Parser;
import wirepad.dns.Question;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;
import wirepad.dns.TcpFramer;
import wirepad.server.authority.Authority;
import wirepad.server.authority.LabZone;
import wirepad.server.authority.Breakage;
import wirepad.server.authority.DnsServer;
import wirepad.server.authority.ZoneFile;

/** Client and server against each other, and against hand-made misbehaving peers; loopback only. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LoopbackTest {
    static final InetAddress LO = InetAddress.getLoopbackAddress();
    DnsServer server;

    @BeforeEach void start() throws Exception { server = serve(Breakage.NONE); }

    @AfterEach void stop() { server.close(); }

    static DnsServer serve(Breakage b) throws Exception {
        Authority a = new Authority(List.of(ZoneFile.parse(LabZone.TEXT, "lab.zone", Name.ROOT)));
        return new DnsServer(a, LO, 0, b, null).start();
    }

    static DnsClient client(InetSocketAddress at) {
        return new DnsClient(DnsClient.Options.defaults(at).withTimeout(1000).withTries(2), new Random(42));
    }

    @Test void udpAnswer() throws Exception {
        DnsClient.Response r = client(server.address()).query(Question.of("www.lab", RRType.A));
        assertEquals("UDP", r.transport());
        assertEquals("192.0.2.7", r.message().answers().get(0).data().presentation());
        assertTrue(r.log().get(0).startsWith("attempt 1: UDP"), r.log().toString());
    }

    @Test void truncatedUdpIsRetriedOverTcp() throws Exception {
        DnsClient c = new DnsClient(DnsClient.Options.defaults(server.address()).withUdpSize(0).withTimeout(1000), new Random(1));
        DnsClient.Response r = c.query(Question.of("big.lab", RRType.TXT));
        assertEquals("TCP", r.transport());
        assertEquals(2, r.message().answers().size());
        assertTrue(r.log().get(1).contains("TC=1"), r.log().toString());
        assertTrue(r.log().get(2).startsWith("attempt 2: TCP"), r.log().toString());
        assertTrue(r.wire().length > 512);
        DnsClient.Response ignored = new DnsClient(c.options().withIgnoreTc(true), new Random(1)).query(Question.of("big.lab", RRType.TXT));
        assertTrue(ignored.message().header().tc());
        assertEquals("UDP", ignored.transport());
    }

    @Test void forcedTcp() throws Exception {
        DnsClient.Response r = new DnsClient(DnsClient.Options.defaults(server.address()).withTcp(true), new Random(3))
                .query(Question.of("alias.lab", RRType.A));
        assertEquals("TCP", r.transport());
        assertEquals(2, r.message().answers().size());
    }

    @Test void reverseLookupName() throws Exception {
        // the test zone has no reverse zone: the server refuses, and the client reports what came back
        DnsClient.Response r = client(server.address()).query(new Question(wirepad.dns.Addresses.reverseName("192.0.2.7"), 12, 1));
        assertEquals(Rcode.REFUSED.code(), r.message().rcode());
        assertEquals("7.2.0.192.in-addr.arpa.", r.message().questions().get(0).name().toString());
    }

    @Test void wrongIdRepliesAreIgnoredUntilTimeout() throws Exception {
        try (DnsServer broken = serve(Breakage.WRONG_ID)) {
            DnsClient c = new DnsClient(DnsClient.Options.defaults(broken.address()).withTimeout(300).withTries(2), new Random(7));
            IOException e = assertThrows(IOException.class, () -> c.query(Question.of("www.lab", RRType.A)));
            assertTrue(e.getMessage().contains("after 2 tries"), e.getMessage());
        }
    }

    @Test void malformedReplyIsReportedWithOffsetAndField() throws Exception {
        try (DnsServer broken = serve(Breakage.BAD_POINTER)) {
            DnsClient c = new DnsClient(DnsClient.Options.defaults(broken.address()).withTimeout(300).withTries(1), new Random(7));
            DnsFormatException e = assertThrows(DnsFormatException.class, () -> c.query(Question.of("www.lab", RRType.A)));
            assertEquals("answer[0].name", e.field());
        }
    }

    /** A hand-made UDP peer: wrong source port, wrong id, wrong question, then the right reply. */
    @Test void onlyMatchingRepliesAreAccepted() throws Exception {
        try (DatagramSocket fake = new DatagramSocket(new InetSocketAddress(LO, 0)); DatagramSocket other = new DatagramSocket(new InetSocketAddress(LO, 0))) {
            Thread t = new Thread(() -> {
                try {
                    byte[] buf = new byte[512];
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    fake.receive(p);
                    Message q = Parser.parse(java.util.Arrays.copyOf(buf, p.getLength()));
                    Message good = new Message(q.header().response(true, 0), q.questions(),
                            List.of(ResourceRecord.in("www.lab", 5, Rdata.A.of("192.0.2.1"))), List.of(), List.of());
                    byte[] right = Builder.encode(good);
                    byte[] wrongId = Builder.encode(good.withHeader(good.header().withId(good.header().id() ^ 1)));
                    byte[] wrongQ = Builder.encode(new Message(good.header(), List.of(Question.of("evil.lab", RRType.A)), good.answers(), List.of(), List.of()));
                    other.send(new DatagramPacket(right, right.length, p.getSocketAddress()));
                    fake.send(new DatagramPacket(wrongId, wrongId.length, p.getSocketAddress()));
                    fake.send(new DatagramPacket(wrongQ, wrongQ.length, p.getSocketAddress()));
                    fake.send(new DatagramPacket(right, right.length, p.getSocketAddress()));
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            t.start();
            DnsClient.Response r = client((InetSocketAddress) fake.getLocalSocketAddress()).query(Question.of("www.lab", RRType.A));
            t.join(5000);
            List<String> ignored = r.log().stream().filter(l -> l.contains("ignored")).toList();
            assertEquals(3, ignored.size(), r.log().toString());
            assertTrue(ignored.get(0).contains("is not the server we asked"), ignored.get(0));
            assertTrue(ignored.get(1).contains("expected 0x"), ignored.get(1));
            assertTrue(ignored.get(2).contains("evil.lab. IN A is not the one we asked"), ignored.get(2));
            assertEquals("192.0.2.1", r.message().answers().get(0).data().presentation());
        }
    }

    @Test void retriesAfterATimeout() throws Exception {
        try (DatagramSocket fake = new DatagramSocket(new InetSocketAddress(LO, 0))) {
            Thread t = new Thread(() -> {
                try {
                    byte[] buf = new byte[512];
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    fake.receive(p); // the first try is dropped
                    fake.receive(p);
                    Message q = Parser.parse(java.util.Arrays.copyOf(buf, p.getLength()));
                    byte[] r = Builder.encode(new Message(q.header().response(true, 3), q.questions(), List.of(), List.of(), List.of()));
                    fake.send(new DatagramPacket(r, r.length, p.getSocketAddress()));
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            t.start();
            DnsClient c = new DnsClient(DnsClient.Options.defaults((InetSocketAddress) fake.getLocalSocketAddress()).withTimeout(300).withTries(3), new Random(5));
            DnsClient.Response r = c.query(Question.of("x.lab", RRType.A));
            t.join(5000);
            assertEquals(Rcode.NXDOMAIN.code(), r.message().rcode());
            assertTrue(r.log().contains("  no reply within 300 ms"), r.log().toString());
            assertTrue(r.log().stream().anyMatch(l -> l.startsWith("attempt 2: UDP")), r.log().toString());
        }
    }

    /** A TCP peer that dribbles its reply one byte per write: the client must reassemble it. */
    @Test void tcpReplyInManyPieces() throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 1, LO)) {
            Thread t = new Thread(() -> {
                try (Socket s = ss.accept()) {
                    s.setTcpNoDelay(true);
                    InputStream in = s.getInputStream();
                    TcpFramer f = new TcpFramer();
                    byte[] q = null;
                    while (q == null) {
                        int b = in.read();
                        if (b < 0) return;
                        f.feed(new byte[] {(byte) b});
                        q = f.next();
                    }
                    Message m = Parser.parse(q);
                    byte[] r = TcpFramer.frame(Builder.encode(new Message(m.header().response(true, 0), m.questions(),
                            List.of(ResourceRecord.in("www.lab", 5, Rdata.A.of("192.0.2.1"))), List.of(), List.of())));
                    OutputStream out = s.getOutputStream();
                    for (byte b : r) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(1);
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            t.start();
            DnsClient c = new DnsClient(DnsClient.Options.defaults((InetSocketAddress) ss.getLocalSocketAddress()).withTcp(true), new Random(9));
            DnsClient.Response r = c.query(Question.of("www.lab", RRType.A));
            t.join(5000);
            assertEquals("192.0.2.1", r.message().answers().get(0).data().presentation());
            int reads = Integer.parseInt(r.log().get(0).replaceAll(".* in (\\d+) reads?,.*", "$1"));
            assertTrue(reads > 1, r.log().get(0));
        }
    }

    /** The server reads pipelined queries sent one byte at a time and answers each (RFC 7766 §6.2.1.1). */
    @Test void serverTakesPipelinedQueriesByteByByte() throws Exception {
        byte[] q1 = TcpFramer.frame(Builder.encode(Message.query(1, Question.of("www.lab", RRType.A), null)));
        byte[] q2 = TcpFramer.frame(Builder.encode(Message.query(2, Question.of("mail.lab", RRType.A), null)));
        try (Socket s = new Socket(LO, server.port())) {
            s.setSoTimeout(3000);
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            for (byte[] q : List.of(q1, q2)) for (byte b : q) { out.write(b); out.flush(); }
            TcpFramer f = new TcpFramer();
            byte[] buf = new byte[1024];
            int got = 0;
            Message[] replies = new Message[2];
            while (got < 2) {
                int n = s.getInputStream().read(buf);
                assertTrue(n > 0, "server closed early");
                f.feed(buf, 0, n);
                for (byte[] m; (m = f.next()) != null; ) replies[got++] = Parser.parse(m);
            }
            assertEquals(1, replies[0].header().id());
            assertEquals("192.0.2.7", replies[0].answers().get(0).data().presentation());
            assertEquals(2, replies[1].header().id());
            assertEquals("192.0.2.25", replies[1].answers().get(0).data().presentation());
        }
    }

    @Test void resolverChasesCnamesAndCaches() throws Exception {
        long[] now = {0};
        Resolver r = new Resolver(client(server.address()), new DnsCache(() -> now[0]));
        Resolver.Answer a = r.resolve(Name.parse("alias.lab"), RRType.A.code());
        assertEquals(List.of("www.lab.", "192.0.2.7"), a.records().stream().map(x -> x.data().presentation()).toList());
        now[0] += 2000;
        Resolver.Answer again = r.resolve(Name.parse("alias.lab"), RRType.A.code());
        assertEquals(2, again.records().size());
        assertTrue(again.steps().get(0).startsWith("cache hit: alias.lab. CNAME"), again.steps().toString());
        assertEquals(3598, again.records().get(1).ttl(), "remaining TTL counts down");
        Resolver.Answer nx = r.resolve(Name.parse("nope.lab"), RRType.A.code());
        assertEquals(Rcode.NXDOMAIN.code(), nx.rcode());
        Resolver.Answer nx2 = r.resolve(Name.parse("nope.lab"), RRType.A.code());
        assertTrue(nx2.steps().get(0).contains("negative: NXDOMAIN"), nx2.steps().toString());
    }
}
