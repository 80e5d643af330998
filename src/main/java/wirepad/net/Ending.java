package wirepad.net;

/**
 * How an exchange ended, for the exit status and the closing lines of every view. The words are in
 * {@link Exchange.Result#stopped()}; this says which case it was.
 */
public enum Ending {
    /** a final response for every request, each ended by its own framing */
    COMPLETE,
    /** a 101 or a 2xx to CONNECT: the bytes after its head belong to the new protocol, not to HTTP */
    SWITCHED,
    /** the response bytes broke a rule (or the peer sent 1xx responses without end) */
    PROTOCOL_ERROR,
    /** the peer closed without sending a single byte (curl: "Empty reply from server") */
    EMPTY_REPLY,
    /** the peer closed before every response was complete */
    CLOSED_EARLY,
    /** a close-delimited body ended by a TCP close without TLS close_notify: it may be cut short (RFC 9112 §9.8) */
    TLS_TRUNCATED,
    /** nothing more came within the idle timeout */
    TIMEOUT,
    /** the peer reset the connection while wirepad was reading */
    RESET,
    /** the user cancelled (Ctrl-C) */
    CANCELLED
}
