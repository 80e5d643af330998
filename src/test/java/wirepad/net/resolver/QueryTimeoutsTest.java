package wirepad.net.resolver;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Issue #11: +timeout and +tries mean what they mean in dig; "ms" makes milliseconds. */
class QueryTimeoutsTest {
    @Test void timeoutIsSecondsUnlessMs() {
        assertEquals(2000, QueryTimeouts.timeoutMillis("+timeout=2"));
        assertEquals(5000, QueryTimeouts.timeoutMillis("+time=5"));
        assertEquals(300, QueryTimeouts.timeoutMillis("+timeout=300ms"));
        assertEquals(1000, QueryTimeouts.timeoutMillis("+timeout=0"), "dig: below 1 second counts as 1");
        assertEquals(600_000, QueryTimeouts.timeoutMillis("+timeout=600"));
        for (String bad : new String[] {"+timeout=", "+timeout=2s", "+timeout=-1", "+timeout=1.5", "+timeout=ms", "+timeout=99999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryTimeouts.timeoutMillis(bad), bad);
            assertTrue(e.getMessage().startsWith(bad + ": want seconds (+timeout=2) or milliseconds with ms"), e.getMessage());
        }
        assertEquals("+timeout=601: at most 600 seconds", assertThrows(IllegalArgumentException.class, () -> QueryTimeouts.timeoutMillis("+timeout=601")).getMessage());
    }

    @Test void triesCountEveryTryRetryTheOnesAfterTheFirst() {
        assertEquals(3, QueryTimeouts.tries("+tries=3"));
        assertEquals(1, QueryTimeouts.tries("+tries=0"), "dig: below 1 counts as 1");
        assertEquals(3, QueryTimeouts.tries("+retry=2"));
        assertEquals(1, QueryTimeouts.tries("+retry=0"));
        assertEquals("+tries=x: want a number of tries", assertThrows(IllegalArgumentException.class, () -> QueryTimeouts.tries("+tries=x")).getMessage());
        assertEquals("+tries=101: at most 100 tries", assertThrows(IllegalArgumentException.class, () -> QueryTimeouts.tries("+tries=101")).getMessage());
        assertTrue(QueryTimeouts.isOption("+retry=1"));
        assertFalse(QueryTimeouts.isOption("+tcp"));
    }
}
