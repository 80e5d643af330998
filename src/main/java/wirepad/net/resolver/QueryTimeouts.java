package wirepad.net.resolver;

/**
 * dig's words for how long to wait and how often to ask, for {@code dns query} and the REPL's
 * {@code dig} and {@code lookup}: {@code +timeout=T} is T seconds per try (T below 1 counts as 1,
 * as in dig), {@code +timeout=300ms} is milliseconds; {@code +tries=N} is N tries in all (below 1
 * counts as 1) and {@code +retry=N} is N tries after the first. dig's {@code +time=T} is the same
 * as {@code +timeout=T}.
 */
public final class QueryTimeouts {
    private QueryTimeouts() {}

    public static final int MAX_MILLIS = 600_000, MAX_TRIES = 100;

    /** True for the option words this class reads. */
    public static boolean isOption(String word) {
        return word.startsWith("+timeout=") || word.startsWith("+time=") || word.startsWith("+tries=") || word.startsWith("+retry=");
    }

    /** The value of {@code +timeout=T} or {@code +timeout=Nms} in milliseconds; IllegalArgumentException says what is wanted. */
    public static int timeoutMillis(String option) {
        String v = value(option);
        boolean ms = v.endsWith("ms");
        long n = number(option, ms ? v.substring(0, v.length() - 2) : v, "seconds (+timeout=2) or milliseconds with ms (+timeout=300ms)");
        long millis = ms ? Math.max(1, n) : Math.max(1, n) * 1000;
        if (millis > MAX_MILLIS) throw new IllegalArgumentException(option + ": at most " + MAX_MILLIS / 1000 + " seconds");
        return (int) millis;
    }

    /** The number of tries {@code +tries=N} or {@code +retry=N} asks for, at least 1. */
    public static int tries(String option) {
        long n = number(option, value(option), "a number of " + (option.startsWith("+retry=") ? "retries" : "tries"));
        if (option.startsWith("+retry=")) n++;
        if (n > MAX_TRIES) throw new IllegalArgumentException(option + ": at most " + MAX_TRIES + " tries");
        return (int) Math.max(1, n);
    }

    private static String value(String option) { return option.substring(option.indexOf('=') + 1); }

    private static long number(String option, String digits, String want) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9'))
            throw new IllegalArgumentException(option + ": want " + want);
        return Long.parseLong(digits);
    }
}
