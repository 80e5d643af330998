package wirepad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import wirepad.net.Direction;
import wirepad.net.Endpoint;
import wirepad.net.Ledger;

/** The ledgers of one server share one byte cap: the oldest connections give up their bytes first. */
class ServerLedgersTest {
    static Ledger ledger(long start) { return new Ledger(new Endpoint("127.0.0.1", 1), new Endpoint("127.0.0.1", 2), start); }

    @Test void overTheCapTheOldestBytesGoFirst() {
        ServerLedgers all = new ServerLedgers(1000);
        Ledger old = ledger(1), mid = ledger(2), now = ledger(3);
        for (Ledger l : new Ledger[] {old, mid, now}) all.opened(l);
        byte[] hundred = new byte[100];
        for (int i = 0; i < 4; i++) all.record(old, Direction.RECEIVED, hundred, 0, 100);
        for (int i = 0; i < 4; i++) all.record(mid, Direction.RECEIVED, hundred, 0, 100);
        assertEquals(800, old.kept() + mid.kept(), "under the cap nothing goes");
        for (int i = 0; i < 3; i++) all.record(now, Direction.RECEIVED, hundred, 0, 100);
        long total = old.kept() + mid.kept() + now.kept();
        assertTrue(total <= 1000, "kept " + total);
        assertEquals(0, old.kept(), "the oldest connection gave its bytes first");
        assertEquals(300, now.kept(), "the newest keeps all of its own");
        assertEquals(400, old.dropped());
    }

    @Test void keepsTheLastHundredConnections() {
        ServerLedgers all = new ServerLedgers(1000);
        for (int i = 0; i < 150; i++) all.opened(ledger(i));
        assertEquals(ServerLedgers.KEPT, all.list().size());
        assertEquals(50, all.list().get(0).startNanos());
    }
}
