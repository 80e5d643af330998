package wirepad.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * HTTP-date (RFC 9110 §5.6.7). Senders use IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT});
 * recipients also accept the obsolete RFC 850 ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and asctime
 * ({@code Sun Nov  6 08:49:37 1994}) forms.
 */
public final class HttpDate {
    private HttpDate() {}

    private static final DateTimeFormatter IMF = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    // RFC 9110 §5.6.7: a two-digit year more than 50 years in the future means the past century.
    private static final DateTimeFormatter RFC850 = new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.now(ZoneOffset.UTC).minusYears(49))
            .appendPattern(" HH:mm:ss 'GMT'").toFormatter(Locale.US);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    public static String format(Instant t) { return IMF.format(t); }

    /** Parses any of the three forms; returns null when it is none of them. */
    public static Instant parse(String s) {
        try {
            return Instant.from(IMF.parse(s));
        } catch (DateTimeParseException ignored) {
            // try the obsolete forms
        }
        try {
            return LocalDateTime.parse(s, RFC850).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try asctime
        }
        try {
            return LocalDateTime.parse(s, ASCTIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
