package wirepad.net.resolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The first {@code nameserver} of /etc/resolv.conf (resolv.conf(5)); 127.0.0.1 when there is none. */
public final class ResolvConf {
    public static final String FALLBACK = "127.0.0.1";

    private ResolvConf() {}

    public static String defaultServer() {
        try {
            return firstNameserver(Files.readString(Path.of("/etc/resolv.conf")));
        } catch (IOException | RuntimeException e) {
            return FALLBACK;
        }
    }

    /** Lines "nameserver ADDRESS"; '#' and ';' start comments; an IPv6 zone ("%eth0") is dropped. */
    public static String firstNameserver(String text) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            int c = indexOfComment(l);
            if (c >= 0) l = l.substring(0, c).strip();
            String[] f = l.split("\\s+");
            if (f.length >= 2 && f[0].equals("nameserver")) {
                String a = f[1];
                int pct = a.indexOf('%');
                return pct >= 0 ? a.substring(0, pct) : a;
            }
        }
        return FALLBACK;
    }

    private static int indexOfComment(String l) {
        int h = l.indexOf('#'), s = l.indexOf(';');
        return h < 0 ? s : s < 0 ? h : Math.min(h, s);
    }
}
