package wirepad.net.resolver;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ResolvConfTest {
    @Test void firstNameserverWins() {
        assertEquals("192.0.2.53", ResolvConf.firstNameserver("# comment\nsearch lab\nnameserver 192.0.2.53 ; x\nnameserver 192.0.2.54\n"));
        assertEquals("fe80::1", ResolvConf.firstNameserver("nameserver fe80::1%eth0\n"));
        assertEquals(ResolvConf.FALLBACK, ResolvConf.firstNameserver("search lab\n#nameserver 192.0.2.1\n"));
    }

    @Test void serverAddressForms() throws Exception {
        assertEquals(new InetSocketAddress("127.0.0.1", 53), ServerAddress.parse("@127.0.0.1", 53));
        assertEquals(new InetSocketAddress("127.0.0.1", 5353), ServerAddress.parse("@127.0.0.1:5353", 53));
        assertEquals(5353, ServerAddress.parse("[::1]:5353", 53).getPort());
        assertEquals(53, ServerAddress.parse("::1", 53).getPort());
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("@127.0.0.1:99999", 53));
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("@[::1", 53));
        assertEquals("127.0.0.1#5353(127.0.0.1)", ServerAddress.show(new InetSocketAddress("127.0.0.1", 5353)));
    }
}
