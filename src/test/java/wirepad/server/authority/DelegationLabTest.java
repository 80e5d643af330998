package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The lab's bind failures name the address that failed and say what to do. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class DelegationLabTest {
    /** A TCP socket holding a free port on 127.0.0.3 (the lab's second address), so the lab cannot have it there. */
    static ServerSocket occupyLabAddress() throws IOException {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.3"), 0));
        return s;
    }

    @Test void aTakenPortNamesTheAddressAndExplains() throws Exception {
        try (ServerSocket taken = occupyLabAddress()) {
            int port = taken.getLocalPort();
            IOException e = assertThrows(IOException.class, () -> new DelegationLab(port, null).close());
            assertEquals("cannot bind 127.0.0.3 port " + port + " (UDP and TCP): Address already in use: another program"
                    + " (another dns-lab, or a DNS server) has UDP or TCP port " + port + " on 127.0.0.3; pick another port, or 0 for a free one",
                    e.getMessage());
            // nothing was left bound on 127.0.0.2: the port is free there again (a listener whose accept
            // thread is still waking up from the close may hold it a moment: bounded retries)
            IOException still = null;
            for (int i = 0; i < 100; i++) {
                try (ServerSocket again = new ServerSocket()) {
                    again.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), port));
                    still = null;
                    break;
                } catch (IOException busy) {
                    still = busy;
                    Thread.sleep(20);
                }
            }
            if (still != null) throw still;
        }
    }

    @Test void explanations() {
        assertTrue(DelegationLab.bindProblem("127.0.0.4", 53, new BindException("Cannot assign requested address"))
                .endsWith("127.0.0.4 is not an address of this machine: Linux answers on all of 127.0.0.0/8, macOS only on 127.0.0.1"
                        + " unless aliased (sudo ifconfig lo0 alias 127.0.0.2 up, likewise .3 and .4)"));
        assertTrue(DelegationLab.bindProblem("127.0.0.2", 53, new BindException("Permission denied")).contains("ports below 1024 need privileges"));
    }
}
