package wirepad.net.resolver;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Name;
import wirepad.dns.Question;
import wirepad.dns.RRType;
import wirepad.server.authority.Breakage;
import wirepad.server.authority.DnsServer;

/** How the stub client fails: a clear reason, and the attempts it made kept for the caller. Loopback only. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ClientFailuresTest {
    static final Question WWW = Question.of("www.lab", RRType.A);

    static DnsClient client(InetSocketAddress at, int tries) {
        return new DnsClient(DnsClient.Options.defaults(at).withTimeout(300).withTries(tries), new Random(11));
    }

    @Test void truncatedReplyThatDoesNotDecodeIsMalformedUnderIgnore() throws Exception {
        try (FakeDnsPeer peer = new FakeDnsPeer(q -> List.of(FakeDnsPeer.truncatedAndUndecodable(q)), null)) {
            DnsClient c = new DnsClient(client(peer.address(), 1).options().withIgnoreTc(true), new Random(11));
            Attempts a = new Attempts();
            DnsFormatException e = assertThrows(DnsFormatException.class, () -> c.query(WWW, a));
            assertEquals("answer[0].rdlength", e.field());
            assertTrue(e.getMessage().startsWith("offset 0x"), e.getMessage());
            assertTrue(a.log().stream().anyMatch(l -> l.contains("TC=1 and malformed")), a.log().toString());
        }
    }

    @Test void truncatedReplyThatDoesNotDecodeIsRetriedOverTcp() throws Exception {
        try (FakeDnsPeer peer = new FakeDnsPeer(q -> List.of(FakeDnsPeer.truncatedAndUndecodable(q)), q -> List.of(FakeDnsPeer.answer(q)))) {
            Attempts a = new Attempts();
            DnsClient.Response r = client(peer.address(), 1).query(WWW, a);
            assertEquals("TCP", r.transport());
            assertEquals("192.0.2.1", r.message().answers().get(0).data().presentation());
            assertTrue(a.log().get(1).contains("has TC=1 (truncated) and does not decode past the header: retrying over TCP"), a.log().toString());
        }
    }

    @Test void resolverUnderIgnoreReportsTheMalformedReplyToo() throws Exception {
        try (FakeDnsPeer peer = new FakeDnsPeer(q -> List.of(FakeDnsPeer.truncatedAndUndecodable(q)), null)) {
            DnsClient c = new DnsClient(client(peer.address(), 1).options().withIgnoreTc(true), new Random(11));
            Resolver r = new Resolver(c, new DnsCache(() -> 0));
            assertThrows(DnsFormatException.class, () -> r.resolve(Name.parse("www.lab"), RRType.A.code()));
        }
    }

    @Test void aFailedQueryKeepsItsAttemptsAndWhyEachReplyWasIgnored() throws Exception {
        try (DnsServer broken = LoopbackTest.serve(Breakage.WRONG_ID)) {
            Attempts a = new Attempts();
            IOException e = assertThrows(IOException.class, () -> client(broken.address(), 2).query(WWW, a));
            assertTrue(e.getMessage().contains("after 2 tries"), e.getMessage());
            List<String> log = a.log();
            assertTrue(log.get(0).startsWith("attempt 1: UDP"), log.toString());
            assertTrue(log.stream().anyMatch(l -> l.startsWith("attempt 2: UDP")), log.toString());
            List<String> ignored = log.stream().filter(l -> l.contains("ignored")).toList();
            assertEquals(2, ignored.size(), log.toString());
            assertTrue(ignored.get(0).matches(".*: id 0x[0-9a-f]{4}, expected 0x[0-9a-f]{4}"), ignored.get(0));
            assertEquals(4, a.datagrams().size(), "two queries sent, two replies received");
        }
    }

    @Test void queriesSentBackAreIgnoredAsQrZero() throws Exception {
        try (FakeDnsPeer peer = new FakeDnsPeer(q -> List.of(FakeDnsPeer.echo(q)), null)) {
            Attempts a = new Attempts();
            assertThrows(IOException.class, () -> client(peer.address(), 1).query(WWW, a));
            assertTrue(a.log().stream().anyMatch(l -> l.contains("ignored") && l.endsWith("QR=0: a query, not a response")), a.log().toString());
        }
    }

    @Test void aSilentTcpServerTimesOutAndTheAttemptIsLogged() throws Exception {
        try (FakeDnsPeer peer = new FakeDnsPeer(q -> List.of(), null)) {
            DnsClient c = new DnsClient(client(peer.address(), 1).options().withTcp(true), new Random(11));
            Attempts a = new Attempts();
            IOException e = assertThrows(IOException.class, () -> c.query(WWW, a));
            assertTrue(e.getMessage().contains("no complete reply within 300 ms"), e.getMessage());
            assertEquals(1, a.log().size(), a.log().toString());
            assertTrue(a.log().get(0).matches("attempt 1: TCP to 127\\.0\\.0\\.1#\\d+\\(127\\.0\\.0\\.1\\): connect .*, sent 38 bytes .*"), a.log().get(0));
            assertEquals(1, a.tcp().size());
        }
    }

    @Test void refusedTcpNamesTheServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, FakeDnsPeer.LO)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        DnsClient c = new DnsClient(client(new InetSocketAddress(FakeDnsPeer.LO, port), 1).options().withTcp(true), new Random(11));
        Attempts a = new Attempts();
        IOException e = assertThrows(IOException.class, () -> c.query(WWW, a));
        assertEquals("connection refused by 127.0.0.1:" + port + " (TCP): is a DNS server listening there?", e.getMessage());
        assertTrue(a.log().get(0).startsWith("attempt 1: TCP to 127.0.0.1#" + port), a.log().toString());
        IOException raw = assertThrows(IOException.class, () -> RawExchange.tcp(new InetSocketAddress(FakeDnsPeer.LO, port), new byte[12], 300));
        assertEquals(e.getMessage(), raw.getMessage());
    }
}
