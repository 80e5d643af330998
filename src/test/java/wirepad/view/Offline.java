package wirepad.view;

import java.nio.charset.StandardCharsets;
import java.util.List;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.http.StreamParse;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Exchange;
import wirepad.net.ExchangeLog;
import wirepad.net.Ledger;

/** Exchanges built from bytes, without a socket: a ledger with one write and one read, the response parsed leniently. */
final class Offline {
    private Offline() {}

    static byte[] b(String latin1) { return latin1.getBytes(StandardCharsets.ISO_8859_1); }

    static Ledger ledger(String sent, String got) {
        Ledger l = new Ledger(new Endpoint("127.0.0.1", 40138), new Endpoint("127.0.0.1", 8080), System.nanoTime());
        byte[] s = b(sent), g = b(got);
        l.record(Direction.SENT, s, 0, s.length);
        l.record(Direction.RECEIVED, g, 0, g.length);
        return l;
    }

    static ExchangeLog exchange(String sent, String got) {
        Ledger l = ledger(sent, got);
        byte[] g = b(got);
        StreamParse p = StreamParse.of(Role.RESPONSE, ParserOptions.LENIENT, g);
        Exchange.Result r = new Exchange.Result(p.messages(), p.error(), "stopped: test", p.complete(), 0, 0, 0, g.length, 0, null);
        return new ExchangeLog(1, "127.0.0.1:8080", List.of(b(sent)), l, r, 100_000, 0, 0, b(sent).length);
    }
}
