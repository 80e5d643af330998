package wirepad.net;

/**
 * A network failure, in words for a person (never a stack trace): refused, unreachable, reset, timed out…
 * Its {@link Kind} says which failure it is, so a command can pick an exit status without reading the words.
 */
public final class NetException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What failed. */
    public enum Kind {
        /** the host name did not resolve */
        RESOLVE,
        /** refused, unreachable, or any other failed TCP connect */
        CONNECT,
        /** a connect, handshake or write that took longer than its timeout */
        TIMEOUT,
        /** the TLS handshake failed for a reason other than the certificate */
        TLS,
        /** the server's certificate was not accepted (not trusted, expired, wrong name) */
        TLS_CERTIFICATE,
        /** the --cacert file could not be read or holds no certificate (nothing was sent) */
        CA_FILE,
        /** writing failed: the peer closed or reset the connection */
        SEND,
        /** reading failed: the peer reset the connection */
        RECEIVE,
        /** the user cancelled (Ctrl-C) */
        CANCELLED,
        /** anything else (bad settings, a connection out of step) */
        OTHER
    }

    private final transient Kind kind;

    public NetException(String message) { this(Kind.OTHER, message); }

    public NetException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() { return kind; }
}
