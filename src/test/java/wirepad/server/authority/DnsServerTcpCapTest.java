package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;
import static wirepad.server.authority.DnsServerAbuseTest.LO;
import static wirepad.server.authority.DnsServerAbuseTest.WWW;

import java.io.DataInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.dns.Parser;
import wirepad.dns.TcpFramer;

/**
 * The TCP connection cap (issue #8): idle connections filling every slot do not lock out a client
 * with a query, because the quietest connection is closed to make room (RFC 7766 §6.2.3); a new
 * connection bounces only when every open one is being answered. Loopback only; waits bounded.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DnsServerTcpCapTest {
    @Test void idleConnectionsOverTheCapDoNotLockOutAQuery() throws Exception {
        DnsServerAbuseTest.Captured log = new DnsServerAbuseTest.Captured();
        List<Socket> idle = new ArrayList<>();
        try (DnsServer s = new DnsServer(DnsServerAbuseTest.labAndBig(), new InetSocketAddress(LO, 0), Breakage.NONE,
                new QueryLog(log.out, false), new DnsServer.Limits(4, 30_000, 10_000)).start()) {
            for (int i = 0; i < 40; i++) { // ten times the cap, each opened and never used
                Socket c = new Socket();
                idle.add(c);
                c.connect(s.address(), 10_000);
                c.setSoTimeout(15_000);
            }
            byte[] r = DnsServerAbuseTest.tcp(s, WWW); // the newest connection, with a query: answered
            assertEquals("192.0.2.7", Parser.parse(r).answers().get(0).data().presentation());
            String text = log.await("#1");
            assertTrue(text.lines().anyMatch(l -> l.matches("dns server: tcp /127\\.0\\.0\\.1:\\d+: 4 TCP connections are open, the limit: "
                    + "closed the one from /127\\.0\\.0\\.1:\\d+ \\(quiet for \\d+ ms\\) to make room")), text);
            // the oldest idle connections were the ones closed; the server's own count never passed the cap
            assertTrue(DnsServerAbuseTest.closedByPeer(idle.get(0).getInputStream()), "the first idle connection was closed");
            assertTrue(s.openTcpConnections() <= 4, s.openTcpConnections() + " open");
        } finally {
            for (Socket c : idle) c.close();
        }
    }

    @Test void aConnectionBouncesOnlyWhenEveryOpenOneIsBeingAnswered() throws Exception {
        DnsServerAbuseTest.Captured log = new DnsServerAbuseTest.Captured();
        Authority real = DnsServerAbuseTest.labAndBig();
        CountDownLatch inside = new CountDownLatch(1), release = new CountDownLatch(1);
        DnsServer.Responder slow = (q, tcp) -> {
            if (tcp && inside.getCount() > 0) {
                inside.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.handle(q, tcp);
        };
        try (DnsServer s = new DnsServer(slow, new InetSocketAddress(LO, 0), Breakage.NONE, new QueryLog(log.out, false),
                new DnsServer.Limits(1, 30_000, 10_000)).start();
             Socket busy = new Socket()) {
            busy.connect(s.address(), 10_000);
            busy.setSoTimeout(15_000);
            busy.getOutputStream().write(TcpFramer.frame(WWW));
            assertTrue(inside.await(15, TimeUnit.SECONDS), "the first query is being answered");
            try (Socket second = new Socket()) {
                second.connect(s.address(), 10_000);
                second.setSoTimeout(15_000);
                assertTrue(DnsServerAbuseTest.closedByPeer(second.getInputStream()), "the second connection is closed unanswered");
            }
            assertTrue(log.await("every one is being answered")
                    .contains("closed at once: 1 TCP connections are open, the limit, and every one is being answered"), log.text());
            release.countDown();
            DataInputStream in = new DataInputStream(busy.getInputStream());
            byte[] r = new byte[in.readUnsignedShort()];
            in.readFully(r);
            assertEquals("192.0.2.7", Parser.parse(r).answers().get(0).data().presentation(), "the busy one was not closed");
            // answered now, and quiet (once the server has marked it so, just after the write): the next client takes its place
            byte[] next = null;
            for (int i = 0; i < 100 && next == null; i++) {
                try {
                    next = DnsServerAbuseTest.tcp(s, WWW);
                } catch (java.io.IOException e) {
                    Thread.sleep(100);
                }
            }
            assertNotNull(next, "a quiet connection made room");
            assertEquals("192.0.2.7", Parser.parse(next).answers().get(0).data().presentation());
            assertTrue(DnsServerAbuseTest.closedByPeer(busy.getInputStream()), "the quiet one made room");
        }
    }
}
