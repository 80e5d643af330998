package wirepad.http;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * HTTP-date (RFC 9110 §5.6.7), case-sensitive. Senders use IMF-fixdate; recipients also accept
 * the two obsolete forms. Parsing is strict: fixed widths, real calendar dates, the day name that
 * matches the date, hours 00-23, minutes 00-59, seconds 00-60.
 * <pre>
 *   IMF-fixdate  = day-name "," SP day SP month SP year SP time-of-day SP "GMT"   Sun, 06 Nov 1994 08:49:37 GMT
 *   rfc850-date  = day-name-l "," SP day "-" month "-" 2DIGIT SP time-of-day SP "GMT"   Sunday, 06-Nov-94 08:49:37 GMT
 *   asctime-date = day-name SP month SP ( 2DIGIT / ( SP DIGIT ) ) SP time-of-day SP year   Sun Nov  6 08:49:37 1994
 *   time-of-day  = hour ":" minute ":" second   ; 00:00:00 - 23:59:60 (leap second)
 * </pre>
 * A leap second (:60) reads as :59 of that minute, as java.time does ({@link DateTimeFormatter#ISO_INSTANT}).
 */
public final class HttpDate {
    private HttpDate() {}

    private static final DateTimeFormatter IMF = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] DAYS_LONG = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    public static String format(Instant t) { return IMF.format(t); }

    /** Parses any of the three forms; returns null when it is none of them. */
    public static Instant parse(String s) { return parse(s, LocalDate.now(ZoneOffset.UTC).getYear()); }

    /** As {@link #parse(String)}, with the current year given (it decides the century of an rfc850-date). */
    static Instant parse(String s, int currentYear) {
        if (s == null) return null;
        int comma = s.indexOf(',');
        if (comma == 3) return imf(s);
        if (comma > 3) return rfc850(s, comma, currentYear);
        return asctime(s);
    }

    //  S u n ,   0 6   N o v   1 9 9 4   0 8 : 4 9 : 3 7   G M T
    //  0     3 4 5   7 8    11  13    17  19    24        28 29
    private static Instant imf(String s) {
        if (s.length() != 29 || s.charAt(4) != ' ' || s.charAt(7) != ' ' || s.charAt(11) != ' ' || s.charAt(16) != ' '
                || s.charAt(25) != ' ' || !s.startsWith("GMT", 26)) return null;
        return build(index(DAYS, s.substring(0, 3)), num(s, 12, 4), index(MONTHS, s.substring(8, 11)) + 1, num(s, 5, 2), s, 17);
    }

    //  S u n d a y ,   0 6 - N o v - 9 4   0 8 : 4 9 : 3 7   G M T      (c = index of the comma)
    private static Instant rfc850(String s, int c, int currentYear) {
        if (s.length() != c + 24 || s.charAt(c + 1) != ' ' || s.charAt(c + 4) != '-' || s.charAt(c + 8) != '-'
                || s.charAt(c + 11) != ' ' || s.charAt(c + 20) != ' ' || !s.startsWith("GMT", c + 21)) return null;
        int yy = num(s, c + 9, 2);
        if (yy < 0) return null;
        // RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is the most recent past year with those digits
        int year = currentYear / 100 * 100 + yy;
        if (year > currentYear + 50) year -= 100;
        return build(index(DAYS_LONG, s.substring(0, c)), year, index(MONTHS, s.substring(c + 5, c + 8)) + 1, num(s, c + 2, 2), s, c + 12);
    }

    //  S u n   N o v     6   0 8 : 4 9 : 3 7   1 9 9 4
    //  0     3 4     7 8   10  12             20 21
    private static Instant asctime(String s) {
        if (s.length() != 24 || s.charAt(3) != ' ' || s.charAt(7) != ' ' || s.charAt(10) != ' ' || s.charAt(19) != ' ') return null;
        int day = s.charAt(8) == ' ' ? num(s, 9, 1) : num(s, 8, 2);
        return build(index(DAYS, s.substring(0, 3)), num(s, 20, 4), index(MONTHS, s.substring(4, 7)) + 1, day, s, 11);
    }

    /** Checks every field and the day name; {@code t} is where "HH:MM:SS" starts in {@code s}. */
    private static Instant build(int dayName, int year, int month, int day, String s, int t) {
        if (s.charAt(t + 2) != ':' || s.charAt(t + 5) != ':') return null;
        int hour = num(s, t, 2), minute = num(s, t + 3, 2), second = num(s, t + 6, 2);
        if (dayName < 0 || year < 0 || month < 1 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
            return null;
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) return null;
        LocalDate date = LocalDate.of(year, month, day);
        if (date.getDayOfWeek() != DayOfWeek.of(dayName + 1)) return null;
        return LocalDateTime.of(date, java.time.LocalTime.of(hour, minute, Math.min(second, 59))).toInstant(ZoneOffset.UTC);
    }

    /** The value of {@code n} ASCII digits at {@code from}, or -1. */
    private static int num(String s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int index(String[] names, String s) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(s)) return i;
        return -1;
    }
}
