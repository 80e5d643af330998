package wirepad.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import wirepad.server.EchoHandler;
import wirepad.server.HttpServer;

/** Addresses as views print them: RFC 5952 text for IPv6, brackets around it before a port. */
class EndpointTest {
    static String v6(String javaForm) throws Exception { return Endpoint.ipv6(InetAddress.getByName(javaForm).getAddress()); }

    @Test void ipv6IsWrittenInTheRfc5952Form() throws Exception {
        assertEquals("::1", v6("0:0:0:0:0:0:0:1"));
        assertEquals("::", v6("0:0:0:0:0:0:0:0"));
        assertEquals("fe80::1", v6("FE80:0:0:0:0:0:0:0001"));                // §4.1 no leading zeros, §4.3 lower case
        assertEquals("2001:db8::1:0:0:1", v6("2001:db8:0:0:1:0:0:1"));      // §4.2.3: the first of two equal runs
        assertEquals("2001:db8:0:1:1:1:1:1", v6("2001:db8:0:1:1:1:1:1"));   // §4.2.2: one zero group is not shortened
        assertEquals("2001:0:0:1::1", v6("2001:0:0:1:0:0:0:1"));            // §4.2.3: the longest run
        assertEquals("1::", v6("1:0:0:0:0:0:0:0"));
    }

    @Test void labelsAndHostPortUseTheShortFormAndBrackets() throws Exception {
        Endpoint e = Endpoint.of(new InetSocketAddress(InetAddress.getByName("0:0:0:0:0:0:0:1"), 36461));
        assertEquals("::1", e.address());
        assertEquals("::1.36461", e.flowLabel());
        assertEquals("[::1]:36461", e.toString());
        assertEquals("127.0.0.1.08080", Endpoint.of(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 8080)).flowLabel());
        assertEquals("[::1]:80", Endpoint.hostPort("::1", 80));
        assertEquals("example.test:80", Endpoint.hostPort("example.test", 80));
    }

    @Test void aConnectionOverIpv6LoopbackNamesBothEndsShortly() throws Exception {
        boolean v6;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            v6 = true;
        } catch (java.io.IOException e) {
            v6 = false;
        }
        assumeTrue(v6, "no IPv6 loopback on this machine (the formatting tests above still run)");
        try (HttpServer s = HttpServer.start("echo", new EchoHandler(Clock.systemUTC()), HttpServer.Options.loopback(0).withBind("::1"),
                Clock.systemUTC(), null);
             Connection c = Connection.open("::1", s.port(), Connection.Options.DEFAULT)) {
            assertEquals("[::1]:" + s.port(), c.target());
            assertEquals("::1", c.ledger().local().address());
            assertEquals("::1", c.ledger().remote().address());
            assertEquals("[::1]:" + s.port(), c.ledger().remote().toString());
        }
    }
}
