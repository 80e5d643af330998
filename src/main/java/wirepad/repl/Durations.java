package wirepad.repl;

import java.time.Duration;

/** Durations as people type them: {@code 250ms}, {@code 5s}, {@code 2m}; a bare number is seconds. */
public final class Durations {
    private Durations() {}

    public static Duration parse(String text) {
        String t = text.strip();
        int split = 0;
        while (split < t.length() && Character.isDigit(t.charAt(split))) split++;
        if (split == 0 || split > 9) throw new IllegalArgumentException("want a duration like 500ms, 5s or 2m, got '" + text + "'");
        long n = Long.parseLong(t.substring(0, split));
        return switch (t.substring(split)) {
            case "ms" -> Duration.ofMillis(n);
            case "s", "" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> throw new IllegalArgumentException("want a duration like 500ms, 5s or 2m, got '" + text + "'");
        };
    }
}
