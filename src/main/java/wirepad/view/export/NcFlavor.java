package wirepad.view.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Which netcat {@code nc} is, since they differ in how they end: OpenBSD nc (Debian's default) ends
 * when its input ends only with {@code -N}; traditional netcat with {@code -q SECS}; ncat half-closes
 * by itself and ends when the server closes. Without one of those, {@code printf ... | nc} sits on an
 * open keep-alive connection until the server's idle timeout.
 */
public enum NcFlavor {
    OPENBSD("-N ", ""),
    TRADITIONAL("-q 1 ", ""),
    NCAT("", ""),
    /** an nc that is none of the above: the OpenBSD flag, and a note */
    OTHER("-N ", "   # -N ends nc when the input ends (OpenBSD nc); this nc is another kind: see its -h for the same"),
    /** no nc installed here */
    NONE("-N ", "   # no nc found here; -N ends OpenBSD nc (Debian's) when the input ends; traditional nc: -q 1; ncat: no flag");

    /** The options that make this nc end by itself, with a trailing space when not empty. */
    public final String flags;
    /** A shell comment to end the line with, or "". */
    public final String note;

    NcFlavor(String flags, String note) {
        this.flags = flags;
        this.note = note;
    }

    /** Asks the {@code nc} on the PATH ({@code nc -h}, at most 2 s). */
    public static NcFlavor installed() {
        try {
            Process p = new ProcessBuilder("nc", "-h").redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return OTHER;
            }
            return of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OTHER;
        }
    }

    /** The flavor that printed this {@code -h} text. */
    static NcFlavor of(String help) {
        if (help.contains("Ncat")) return NCAT;
        if (help.matches("(?s).*\\s-N\\s.*")) return OPENBSD;
        if (help.matches("(?s).*\\s-q\\s.*")) return TRADITIONAL;
        return OTHER;
    }
}
