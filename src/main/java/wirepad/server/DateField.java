package wirepad.server;

import java.time.Clock;
import java.time.Instant;
import wirepad.http.HttpDate;

/**
 * The value of a response's Date field (RFC 9110 §6.6.1: IMF-fixdate, whole seconds), formatted
 * once per second rather than once per response: a busy server answers many times a second and
 * the text only changes when the second does. One per handler; safe to share between threads.
 */
final class DateField {
    private record Formatted(long second, String text) {}

    private final Clock clock;
    private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    DateField(Clock clock) { this.clock = clock; }

    /** The Date value for now. */
    String now() {
        Instant t = clock.instant();
        Formatted f = last;
        if (f.second() != t.getEpochSecond()) last = f = new Formatted(t.getEpochSecond(), HttpDate.format(t));
        return f.text();
    }
}
