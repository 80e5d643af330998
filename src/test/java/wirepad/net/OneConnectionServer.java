package wirepad.net;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loopback test server for one connection: it accepts once, gives the socket (10 s read timeout)
 * to a script, and closes it when the script ends. The test holds the returned listener (for its
 * port) and closes it. A script's exception is dropped: the client side under test reports.
 */
public final class OneConnectionServer {
    private OneConnectionServer() { }

    /** What the server does with its one socket. */
    public interface Script {
        void run(Socket s) throws Exception;
    }

    public static ServerSocket start(Script script) throws Exception {
        ServerSocket ss = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = ss.accept()) {
                s.setSoTimeout(10_000);
                script.run(s);
            } catch (Exception ignored) {
                // the client side reports
            }
        });
        t.setDaemon(true);
        t.start();
        return ss;
    }

    /** Reads up to and including the blank line that ends a request head (or to the end of input). */
    public static void readHead(InputStream in) throws Exception {
        int last4 = 0, c;
        while (last4 != 0x0d0a0d0a && (c = in.read()) >= 0) last4 = (last4 << 8) | c;
    }
}
