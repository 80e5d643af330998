package wirepad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import wirepad.http.HttpDate;

class DateFieldTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now;

        HandClock(Instant now) { this.now = now; }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    @Test void formattedOncePerSecondAndAlwaysTheRightSecond() {
        HandClock clock = new HandClock(Instant.parse("2019-05-22T04:06:21.100Z"));
        DateField d = new DateField(clock);
        String first = d.now();
        assertEquals("Wed, 22 May 2019 04:06:21 GMT", first);
        clock.now = Instant.parse("2019-05-22T04:06:21.900Z");
        assertSame(first, d.now(), "the same second: the text made before");
        clock.now = Instant.parse("2019-05-22T04:06:22.000Z");
        assertEquals("Wed, 22 May 2019 04:06:22 GMT", d.now());
        clock.now = Instant.parse("2019-05-22T04:06:21.500Z"); // a clock set back: still its own second
        assertEquals(HttpDate.format(clock.now), d.now());
    }
}
