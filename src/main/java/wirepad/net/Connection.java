package wirepad.net;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * A client TCP (or TLS) connection whose every byte goes through a {@link Ledger}. Connect and
 * read-idle timeouts always apply; failures become a {@link NetException} in words.
 */
public final class Connection implements Closeable {
    /** Connection settings; the defaults are 5 s for connect and read-idle, plain TCP. */
    /**
     * @param caFile certificates (PEM) to trust instead of the JDK's trust store, like curl's --cacert; null = the JDK's
     */
    public record Options(int connectTimeoutMs, int idleTimeoutMs, boolean tls, boolean insecure, String sni, String caFile) {
        public static final Options DEFAULT = new Options(5000, 5000, false, false, null, null);

        public Options withTls(boolean on, boolean skipVerify) { return new Options(connectTimeoutMs, idleTimeoutMs, on, skipVerify, sni, caFile); }

        public Options withTimeouts(int connectMs, int idleMs) { return new Options(connectMs, idleMs, tls, insecure, sni, caFile); }

        public Options withSni(String name) { return new Options(connectTimeoutMs, idleTimeoutMs, tls, insecure, name, caFile); }

        public Options withCaFile(String file) { return new Options(connectTimeoutMs, idleTimeoutMs, tls, insecure, sni, file); }
    }

    /** Result of a read: bytes, EOF or the idle timeout. */
    public static final int EOF = -1, IDLE = -2;

    /** Writes are handed to the socket in pieces of at most this many bytes, each recorded when accepted, so a write cut short says where. */
    static final int WRITE_PIECE = 16 * 1024;

    private final Socket socket;
    /** The TCP socket under the TLS one (the same socket without TLS). */
    private final Socket plain;
    private final boolean tls;
    private volatile boolean truncated;
    private final InputStream in;
    private final OutputStream out;
    private final Ledger ledger;
    private final String target;
    private final long connectNanos, tlsNanos;
    private volatile boolean aborted;
    private volatile int idleMs;
    private WriteGuard guard;

    private synchronized WriteGuard guard() {
        if (guard == null) guard = new WriteGuard();
        return guard;
    }

    private Connection(Socket s, Socket plain, Ledger ledger, String target, long connectNanos, long tlsNanos) throws IOException {
        this.socket = s;
        this.plain = plain;
        this.tls = s != plain;
        this.in = s.getInputStream();
        this.out = s.getOutputStream();
        this.ledger = ledger;
        this.target = target;
        this.connectNanos = connectNanos;
        this.tlsNanos = tlsNanos;
        this.idleMs = s.getSoTimeout();
    }

    /**
     * A connect (and TLS handshake) under way, which another thread (Ctrl-C) can stop: {@link #close()}
     * closes the socket, so a blocked connect or handshake ends at once and {@link #open} says it was
     * cancelled. Nothing was sent or received by then, so there is nothing to keep.
     */
    public static final class Opening implements AutoCloseable {
        private volatile boolean cancelled;
        private Socket socket;   // while the open is under way; null once it is done

        /** Cancels: the open under way ends at once (or the next one does not start). */
        @Override public synchronized void close() {
            cancelled = true;
            if (socket != null) closeQuietly(socket);
        }

        public boolean cancelled() { return cancelled; }

        synchronized void attach(Socket s) {
            socket = s;
            if (cancelled) closeQuietly(s);
        }

        /**
         * The open is done: a later cancel is the exchange's to handle ({@link Connection#abort}, which
         * says "cancelled" and keeps what came), so this one lets go of the socket instead of closing it.
         */
        synchronized void opened() { socket = null; }
    }

    public static Connection open(String host, int port, Options o) throws NetException { return open(host, port, o, new Opening()); }

    /** Connects (and shakes hands for TLS); {@code opening} lets another thread cancel that. */
    public static Connection open(String host, int port, Options o, Opening opening) throws NetException {
        String target = Endpoint.hostPort(host, port); // [::1]:8080, as typed
        // The --cacert file is read before any connection is made: an unreadable one is not a handshake failure.
        Tls.Trust trust = o.tls() ? Tls.trust(o) : null;
        long t0 = System.nanoTime();
        Socket s = new Socket();
        opening.attach(s);
        try {
            s.setTcpNoDelay(true);
            InetSocketAddress to = new InetSocketAddress(host, port); // resolves the name (it cannot be cut short)
            if (opening.cancelled()) throw new SocketException("cancelled");
            s.connect(to, o.connectTimeoutMs());
            s.setSoTimeout(o.idleTimeoutMs());
        } catch (IOException | IllegalArgumentException e) {
            closeQuietly(s);
            if (opening.cancelled()) throw cancelled(target, "connecting to", t0);
            throw connectFailed(e, host, port, target, o);
        }
        long connected = System.nanoTime();
        Ledger ledger = new Ledger(Endpoint.of((InetSocketAddress) s.getLocalSocketAddress()),
                Endpoint.of((InetSocketAddress) s.getRemoteSocketAddress()), t0);
        Socket used = s;
        long tls = 0;
        if (trust != null) {
            try {
                used = Tls.wrap(s, host, port, o, trust, ledger);
                tls = System.nanoTime() - connected;
            } catch (IOException e) {
                closeQuietly(s);
                if (opening.cancelled()) throw cancelled(target, "in the TLS handshake with", t0);
                if (e instanceof SocketTimeoutException)
                    throw new NetException(NetException.Kind.TIMEOUT, "TLS handshake with " + target + " timed out after " + o.idleTimeoutMs() + " ms");
                throw Tls.failed(target, host, e, o, trust);
            }
        }
        opening.opened();
        try {
            return new Connection(used, s, ledger, target, connected - t0, tls);
        } catch (IOException e) {
            closeQuietly(used);
            throw new NetException("cannot use the connection to " + target + ": " + e.getMessage());
        }
    }

    /** "cancelled while connecting to 127.0.0.1:9 (after 1 203 ms): no request was sent, no response came". */
    private static NetException cancelled(String target, String doing, long t0) {
        return new NetException(NetException.Kind.CANCELLED, "cancelled while " + doing + " " + target + " (after "
                + Exchange.grouped((System.nanoTime() - t0) / 1_000_000) + " ms): no request was sent, no response came");
    }

    private static NetException connectFailed(Exception x, String host, int port, String target, Options o) {
        try {
            throw x;
        } catch (UnknownHostException e) {
            return new NetException(NetException.Kind.RESOLVE, "cannot resolve host '" + host + "'");
        } catch (SocketTimeoutException e) {
            return new NetException(NetException.Kind.TIMEOUT, "no answer from " + target + " within " + o.connectTimeoutMs() + " ms (connect timeout)");
        } catch (ConnectException e) {
            return new NetException(NetException.Kind.CONNECT, "connection refused by " + target + " (is anything listening on port " + port + "?)");
        } catch (NoRouteToHostException e) {
            return new NetException(NetException.Kind.CONNECT, target + " is unreachable (no route to host)");
        } catch (Exception e) {
            return new NetException(NetException.Kind.CONNECT, "cannot connect to " + target + ": " + e.getMessage());
        }
    }

    public Ledger ledger() { return ledger; }

    public String target() { return target; }

    /** The read-idle timeout in force. */
    public int idleMs() { return idleMs; }

    public long connectNanos() { return connectNanos; }

    public long tlsNanos() { return tlsNanos; }

    public void write(byte[] b) throws NetException { write(b, 0, b.length); }

    /**
     * Writes in pieces of {@link #WRITE_PIECE} bytes, each recorded in the ledger once the socket took it,
     * so when the peer closes mid-write the ledger says how far the write got.
     */
    public void write(byte[] b, int off, int len) throws NetException {
        int at = off, end = off + len;
        do {
            int n = Math.min(WRITE_PIECE, end - at);
            try {
                guard().write(socket, out, b, at, n, idleMs);
            } catch (IOException e) {
                throw failure("writing", e);
            }
            ledger.record(Direction.SENT, b, at, n);
            at += n;
        } while (at < end);
    }

    /** Reads what is there (blocking up to the idle timeout): a byte count, {@link #EOF} or {@link #IDLE}. */
    public int read(byte[] buf) throws NetException {
        try {
            int n = in.read(buf);
            if (n < 0) {
                // JDK 17 treats a TCP close without TLS close_notify as if close_notify had come, but then it
                // shuts down the input of the TCP socket under it; after a real close_notify it does not.
                truncated = tls && plain.isInputShutdown();
                ledger.closedBy(!tls ? "peer closed" : truncated ? "peer closed (TCP close without TLS close_notify)"
                        : "peer closed (TLS close_notify)");
                return EOF;
            }
            ledger.record(Direction.RECEIVED, buf, 0, n);
            return n;
        } catch (SocketTimeoutException e) {
            return IDLE;
        } catch (IOException e) {
            throw failure("reading", e);
        }
    }

    /**
     * After {@link #EOF} on a TLS connection: the peer closed TCP without sending close_notify first, so the
     * bytes before the close may have been cut short by anyone on the path (RFC 9112 §9.8, RFC 8446 §6.1).
     */
    public boolean truncated() { return truncated; }

    public boolean tls() { return tls; }

    /** Bytes the peer sent that nobody has read yet (0 when none, or when that cannot be told). */
    public int pending() {
        try {
            return in.available();
        } catch (IOException e) {
            return 0;
        }
    }

    public void idleTimeout(int ms) throws NetException {
        try {
            socket.setSoTimeout(ms);
            idleMs = ms;
        } catch (SocketException e) {
            throw failure("setting the timeout", e);
        }
    }

    /** Half-close: no more bytes from us (the peer sees EOF), reading goes on. */
    public void shutdownOutput() throws NetException {
        try {
            socket.shutdownOutput();
        } catch (IOException e) {
            throw failure("shutting down output", e);
        }
    }

    /** From another thread (Ctrl-C): closes the socket so a blocked read returns at once. */
    public void abort() {
        aborted = true;
        ledger.closedBy("wirepad closed (cancelled)");
        closeQuietly(socket);
    }

    public boolean aborted() { return aborted; }

    @Override public void close() {
        ledger.closedBy("wirepad closed");
        closeQuietly(socket);
        synchronized (this) {
            if (guard != null) guard.close();
        }
    }

    private NetException failure(String doing, IOException e) {
        NetException.Kind kind = doing.equals("writing") ? NetException.Kind.SEND : NetException.Kind.RECEIVE;
        if (aborted) return new NetException(NetException.Kind.CANCELLED, "cancelled while " + doing);
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("the peer took no bytes")) return new NetException(NetException.Kind.TIMEOUT, target + ": " + m + " while " + doing);
        if (m.contains("reset")) return new NetException(kind, "connection reset by " + target + " while " + doing + " (after "
                + ledger.total(Direction.RECEIVED) + " bytes received)");
        if (m.contains("Broken pipe")) return new NetException(kind, target + " closed the connection while " + doing + " (broken pipe)");
        return new NetException(kind, "error while " + doing + " " + target + ": " + m);
    }

    static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing: nothing left to report
        }
    }
}
