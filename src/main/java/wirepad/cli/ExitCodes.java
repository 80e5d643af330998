package wirepad.cli;

import wirepad.net.Ending;
import wirepad.net.Exchange;
import wirepad.net.NetException;

/**
 * Exit statuses of the commands that talk to a server ({@code send}): curl's numbers for the
 * network failures a curl user knows (6 resolve, 7 connect, 28 timeout, 35/60 TLS, 52 empty reply,
 * 56 receive error), so scripts can treat both the same way; 1 for a response that broke a rule.
 */
final class ExitCodes {
    private ExitCodes() {}

    static final int OK = 0, FAILED = 1, USAGE = 2;

    /** The table for {@code --help} and the README. */
    static final String TABLE = """
            Exit status (curl's numbers for network failures):
              0  a complete response (or a 101 / 2xx to CONNECT: the rest is another protocol)
              1  the response broke a rule                  2  usage error
              6  could not resolve the host                 7  could not connect (refused, unreachable)
             18  the peer closed before the response was complete
             28  timeout: connect, TLS handshake, or no byte within --idle-timeout
             35  TLS handshake failed                      60  the server's certificate was not accepted
             52  the peer closed without sending a byte    55  sending failed (the response, if any, is shown)
             56  receive failed: reset, or a TLS close without close_notify ending a body (RFC 9112 §9.8)
             77  the --cacert file cannot be read (no connection was made)
            """;

    static int of(NetException.Kind k) {
        return switch (k) {
            case RESOLVE -> 6;
            case CONNECT -> 7;
            case TIMEOUT -> 28;
            case TLS -> 35;
            case TLS_CERTIFICATE -> 60;
            case CA_FILE -> 77;
            case SEND -> 55;
            case RECEIVE -> 56;
            case CANCELLED, OTHER -> FAILED;
        };
    }

    static int of(Exchange.Result r) {
        Ending e = r.ending();
        return switch (e) {
            case COMPLETE, SWITCHED -> r.error() != null ? FAILED : r.complete() ? OK : 18;
            case PROTOCOL_ERROR, CANCELLED -> FAILED;
            case EMPTY_REPLY -> 52;
            case CLOSED_EARLY -> 18;
            case TLS_TRUNCATED, RESET -> 56;
            case TIMEOUT -> 28;
        };
    }
}
