package wirepad.net;

import java.util.List;

/**
 * One exchange as the views see it: where it went, the requests as sent, the connection's ledger
 * and what was read. History keeps these so any earlier exchange can be re-rendered.
 */
public record ExchangeLog(int number, String target, List<byte[]> requests, Ledger ledger, Exchange.Result result,
                          long connectNs, long tlsNs, int sentFrom, int sentTo) {

    /** The response bytes of this exchange (a reused connection's ledger holds earlier ones too). */
    public byte[] received() {
        return ledger.slice(Direction.RECEIVED, result.receivedFrom(), result.receivedTo());
    }

    /** Bytes of this exchange (both directions) the ledger no longer keeps: it holds the last 16 MiB of a connection. */
    public long missing() {
        long want = (long) (sentTo - sentFrom) + (result.receivedTo() - result.receivedFrom());
        return Math.max(0, want - sent().length - received().length);
    }

    public byte[] sent() {
        return ledger.slice(Direction.SENT, sentFrom, sentTo);
    }
}
