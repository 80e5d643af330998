package wirepad.dns;

/** TTL text: seconds as "1d2h3m4s" for people, and the BIND-style units for zone files. */
public final class Ttl {
    private Ttl() {}

    public static String human(long seconds) {
        if (seconds == 0) return "0s";
        StringBuilder sb = new StringBuilder();
        long s = seconds;
        long[] unit = {604800, 86400, 3600, 60, 1};
        String[] name = {"w", "d", "h", "m", "s"};
        for (int i = 0; i < unit.length; i++) {
            if (s >= unit[i]) {
                sb.append(s / unit[i]).append(name[i]);
                s %= unit[i];
            }
        }
        return sb.toString();
    }

    /** Parses "3600", "1h", "1h30m", "2d" (units w d h m s, any case); IllegalArgumentException otherwise. */
    public static long parse(String text) {
        if (text.isEmpty()) throw new IllegalArgumentException("empty TTL");
        long total = 0, cur = 0;
        boolean digits = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= '0' && c <= '9') {
                cur = cur * 10 + (c - '0');
                digits = true;
                if (cur > 0xffffffffL) throw new IllegalArgumentException("TTL \"" + text + "\" is above 2^32-1");
                continue;
            }
            long mult = switch (c) {
                case 'w' -> 604800; case 'd' -> 86400; case 'h' -> 3600; case 'm' -> 60; case 's' -> 1;
                default -> throw new IllegalArgumentException("bad TTL \"" + text + "\" (use seconds or units w d h m s)");
            };
            if (!digits) throw new IllegalArgumentException("bad TTL \"" + text + "\": unit without a number");
            total += cur * mult; // at most 2^32-1 + (2^32-1) * 604800: no long overflow before the check
            if (total > 0xffffffffL) throw new IllegalArgumentException("TTL \"" + text + "\" adds up to more than 2^32-1");
            cur = 0;
            digits = false;
        }
        total += cur;
        if (total > 0xffffffffL) throw new IllegalArgumentException("TTL \"" + text + "\" is above 2^32-1");
        return total;
    }
}
