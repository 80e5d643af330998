package wirepad.net.resolver;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** Opens the TCP connection both DNS clients use; a failure names the server and what to check, like the HTTP client's. */
final class TcpConnect {
    private TcpConnect() {}

    static void open(Socket s, InetSocketAddress server, int timeoutMillis) throws IOException {
        String at = RawExchange.show(server);
        try {
            s.connect(server, timeoutMillis);
        } catch (SocketTimeoutException e) {
            throw new IOException("no TCP connection to " + at + " within " + timeoutMillis + " ms (connect timeout):"
                    + " is the address right, and is TCP port " + server.getPort() + " reachable?");
        } catch (ConnectException e) {
            throw new IOException("connection refused by " + at + " (TCP): is a DNS server listening there?");
        } catch (NoRouteToHostException e) {
            throw new IOException(at + " is unreachable over TCP (no route to host)");
        }
    }
}
