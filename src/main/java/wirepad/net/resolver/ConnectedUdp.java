package wirepad.net.resolver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Arrays;

/**
 * UDP to one DNS server, the way dig does it: the socket is connected to the server, so when the
 * server's host answers ICMP port unreachable (nothing listens there) the next send or receive
 * fails at once with "connection refused" instead of waiting out every try. A connected socket
 * hears only its server; a second, unconnected socket on the same local port (both with
 * SO_REUSEADDR; the kernel gives a datagram to the socket that matches it best) hears everyone
 * else, so a reply from a wrong address or port is still seen, and shown as ignored (RFC 5452 §9.1).
 * When the second socket cannot share the port, only the server is heard.
 */
final class ConnectedUdp implements AutoCloseable {
    /** One datagram: who sent it and its bytes. */
    record Datagram(InetSocketAddress from, byte[] bytes) {}

    private final InetSocketAddress server;
    private final DatagramChannel connected;
    private final DatagramChannel others; // null: the port could not be shared
    private final Selector selector;
    private final ByteBuffer buf = ByteBuffer.allocate(65535);

    private ConnectedUdp(InetSocketAddress server, DatagramChannel connected, DatagramChannel others, Selector selector) {
        this.server = server;
        this.connected = connected;
        this.others = others;
        this.selector = selector;
    }

    static ConnectedUdp open(InetSocketAddress server) throws IOException {
        DatagramChannel others = null, connected = null;
        Selector selector = null;
        try {
            others = DatagramChannel.open();
            others.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            others.bind(new InetSocketAddress(0));
            int port = ((InetSocketAddress) others.getLocalAddress()).getPort();
            connected = DatagramChannel.open();
            connected.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            try {
                connected.bind(new InetSocketAddress(port));
            } catch (IOException cannotShare) {
                others.close();
                others = null;
                connected.close();
                connected = DatagramChannel.open();
                connected.bind(new InetSocketAddress(0));
            }
            connected.connect(server);
            selector = Selector.open();
            connected.configureBlocking(false).register(selector, SelectionKey.OP_READ);
            if (others != null) others.configureBlocking(false).register(selector, SelectionKey.OP_READ);
            return new ConnectedUdp(server, connected, others, selector);
        } catch (IOException | RuntimeException e) {
            for (AutoCloseable c : new AutoCloseable[] {others, connected, selector}) {
                try {
                    if (c != null) c.close();
                } catch (Exception ignored) {
                    // closing what was opened
                }
            }
            throw e;
        }
    }

    int localPort() { return connected.socket().getLocalPort(); }

    /** Sends one datagram to the server; PortUnreachableException if an earlier one was refused. */
    void send(byte[] b) throws IOException {
        try {
            connected.write(ByteBuffer.wrap(b));
        } catch (PortUnreachableException e) {
            throw refused();
        }
    }

    /**
     * The next datagram received before {@code deadlineNanos} (a System.nanoTime instant), or null
     * once time is up. Datagrams from others are handed out first (they were sent first when both
     * wait). PortUnreachableException when the server's host said nothing listens on the port.
     */
    Datagram receive(long deadlineNanos) throws IOException {
        while (true) {
            Datagram d = poll(others);
            if (d == null) d = poll(connected);
            if (d != null) return d;
            long left = (deadlineNanos - System.nanoTime()) / 1_000_000L;
            if (left <= 0) return null;
            selector.select(Math.max(1, left));
            selector.selectedKeys().clear();
        }
    }

    private Datagram poll(DatagramChannel ch) throws IOException {
        if (ch == null) return null;
        buf.clear();
        SocketAddress from;
        try {
            from = ch.receive(buf);
        } catch (PortUnreachableException e) {
            throw refused();
        }
        if (from == null) return null;
        buf.flip();
        return new Datagram((InetSocketAddress) from, Arrays.copyOf(buf.array(), buf.limit()));
    }

    private PortUnreachableException refused() {
        String ip = server.getAddress().getHostAddress();
        return new PortUnreachableException("connection refused: nothing listens on UDP port " + server.getPort() + " at "
                + (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + " (its host answered ICMP port unreachable)");
    }

    @Override public void close() throws IOException {
        try {
            selector.close();
        } finally {
            try {
                connected.close();
            } finally {
                if (others != null) others.close();
            }
        }
    }
}
