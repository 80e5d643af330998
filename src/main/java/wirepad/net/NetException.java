package wirepad.net;

/** A network failure, in words for a person (never a stack trace): refused, unreachable, reset, timed out… */
public final class NetException extends Exception {
    private static final long serialVersionUID = 1L;

    public NetException(String message) { super(message); }
}
