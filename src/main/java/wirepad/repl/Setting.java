package wirepad.repl;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A setting changed with {@code set NAME VALUE}. {@code check} returns the value in its canonical
 * form or throws IllegalArgumentException with a one-line reason; {@code values} feed completion.
 */
public record Setting(String name, String summary, String initial, List<String> values, UnaryOperator<String> check) {
    public Setting {
        values = List.copyOf(values);
        check.apply(initial);
    }

    /** on|off|auto. */
    public static Setting onOffAuto(String name, String summary, String initial) {
        return new Setting(name, summary, initial, List.of("on", "off", "auto"), v -> switch (v) {
            case "on", "off", "auto" -> v;
            default -> throw new IllegalArgumentException("want on, off or auto, got '" + v + "'");
        });
    }

    /** A whole number in [min, max], or "auto" when {@code auto} is true. */
    public static Setting number(String name, String summary, String initial, int min, int max, boolean auto) {
        return new Setting(name, summary, initial, auto ? List.of("auto") : List.of(), v -> {
            if (auto && v.equals("auto")) return v;
            try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) return Integer.toString(n);
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("want a number from " + min + " to " + max
                    + (auto ? " or auto" : "") + ", got '" + v + "'");
        });
    }

    /** A duration: {@code 500ms}, {@code 5s}, {@code 2m}. */
    public static Setting duration(String name, String summary, String initial) {
        return new Setting(name, summary, initial, List.of("500ms", "5s", "30s"), v -> {
            if (Durations.parse(v).isZero())
                throw new IllegalArgumentException("want more than zero (a zero timeout would wait forever), got '" + v + "'");
            return v;
        });
    }

    /**
     * A duration, or {@code word} (the initial value) meaning "as another setting says":
     * {@code connect-timeout} follows {@code timeout} until it is set on its own.
     */
    public static Setting durationOr(String word, String name, String summary) {
        return new Setting(name, summary, word, List.of(word, "500ms", "5s", "30s"), v -> {
            if (v.equals(word)) return v;
            if (Durations.parse(v).isZero())
                throw new IllegalArgumentException("want more than zero (a zero timeout would wait forever) or " + word + ", got '" + v + "'");
            return v;
        });
    }
}
