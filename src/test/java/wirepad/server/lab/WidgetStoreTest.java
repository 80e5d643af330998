package wirepad.server.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The widget store caps the bytes of its widgets' text, not only their count. */
class WidgetStoreTest {
    @Test void bigWidgetsFillTheStoreByBytes() {
        WidgetStore s = new WidgetStore();
        String big = "n".repeat(100_000); // 200 000 bytes in memory
        int added = 0;
        while (s.add(big, "blue", 1) != null) added++;
        assertEquals(5, added, "1 MiB holds five 200 kB widgets besides Widget 1");
        assertTrue(s.bytes() <= WidgetStore.MAX_BYTES, "bytes " + s.bytes());
        assertNull(s.add(big, "blue", 1));
        assertNotNull(s.add("small", "red", 1), "a small one still fits");
        assertEquals(7, s.all().size());
    }
}
