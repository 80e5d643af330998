package wirepad.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LedgerTest {
    @Test void slicesByOffsetInEachDirection() {
        Ledger l = new Ledger(new Endpoint("127.0.0.1", 1), new Endpoint("127.0.0.1", 2), System.nanoTime());
        l.record(Direction.SENT, "GET / ".getBytes(), 0, 6);
        l.record(Direction.RECEIVED, "HTTP/1.1".getBytes(), 0, 8);
        l.record(Direction.SENT, "HTTP/1.1".getBytes(), 0, 8);
        assertArrayEquals("/ HTTP".getBytes(), l.slice(Direction.SENT, 4, 10));
        assertArrayEquals("1.1".getBytes(), l.slice(Direction.RECEIVED, 5, 99));
        assertEquals(14, l.total(Direction.SENT));
        assertEquals(6, l.entries().get(2).offset());
    }

    @Test void keepsAtMostSixteenMebibytesWithOffsetsIntact() {
        Ledger l = new Ledger(new Endpoint("127.0.0.1", 1), new Endpoint("127.0.0.1", 2), System.nanoTime());
        byte[] mib = new byte[1024 * 1024];
        for (int i = 0; i < 20; i++) {
            Arrays.fill(mib, (byte) i);
            l.record(Direction.RECEIVED, mib, 0, mib.length);
        }
        assertEquals(20L * mib.length, l.total(Direction.RECEIVED), "totals count every byte");
        assertEquals(4L * mib.length, l.dropped(), "the oldest 4 MiB are gone");
        assertEquals(4L * mib.length, l.entries().get(0).offset());
        byte[] last = l.slice(Direction.RECEIVED, 19L * mib.length, 20L * mib.length);
        assertEquals(mib.length, last.length);
        assertTrue(last[0] == 19 && last[last.length - 1] == 19);
        assertEquals(0, l.slice(Direction.RECEIVED, 0, mib.length).length, "dropped bytes are not invented");
    }

    @Test void trimDropsTheOldestChunksDownToACap() {
        Ledger l = new Ledger(new Endpoint("127.0.0.1", 1), new Endpoint("127.0.0.1", 2), System.nanoTime());
        for (int i = 0; i < 10; i++) l.record(Direction.RECEIVED, new byte[] {(byte) i, (byte) i, (byte) i}, 0, 3);
        assertEquals(30, l.kept());
        l.trim(10);
        assertEquals(9, l.kept(), "whole chunks go: 3 of 3 bytes are kept");
        assertEquals(21, l.dropped());
        assertEquals(21, l.entries().get(0).offset(), "offsets stay true");
        assertEquals(30, l.total(Direction.RECEIVED));
        l.trim(0);
        assertEquals(0, l.kept());
        assertEquals(0, l.entries().size());
        l.record(Direction.RECEIVED, new byte[] {1}, 0, 1);
        assertEquals(30, l.entries().get(0).offset(), "a new chunk continues the count");
    }
}
