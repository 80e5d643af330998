package wirepad.net;

/**
 * Where to connect, as typed on a command line or at the REPL prompt: {@code host:port},
 * {@code [::1]:port}, or (where a default port applies) a bare {@code host} or {@code [::1]}.
 * One rule for the CLI and the REPL. An IPv6 address must be in brackets, as in a URL
 * (RFC 3986 §3.2.2): {@code ::1:8090} is refused with the bracketed form, since it could mean
 * port 8090 of ::1 or the address ::1:8090. A URL is refused too: wirepad sends the bytes as
 * they are, so the path and the Host line belong in the request, not in the address.
 */
public record HostPort(String host, int port) {
    /** No default port: HOST:PORT is required. */
    public static final int REQUIRED = -1;

    /** @throws IllegalArgumentException what is wrong, with the form that would work */
    public static HostPort parse(String s, int defaultPort) {
        if (s.contains("://")) throw new IllegalArgumentException(url(s));
        String host = s, p = null;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) throw new IllegalArgumentException("missing ']' in " + s + " (an IPv6 address is written [::1]:PORT)");
            host = s.substring(1, close);
            if (close + 1 < s.length()) {
                if (s.charAt(close + 1) != ':') throw new IllegalArgumentException("expected ':PORT' after ']' in " + s + " (e.g. [::1]:8080)");
                p = s.substring(close + 2);
            }
        } else if (s.indexOf(':') >= 0 && s.indexOf(':') != s.lastIndexOf(':')) {
            int last = s.lastIndexOf(':');
            String tail = s.substring(last + 1), lead = s.substring(0, last);
            throw new IllegalArgumentException("an IPv6 address goes in brackets: " + (tail.matches("\\d{1,5}") && !lead.isEmpty() && !lead.endsWith(":")
                    ? "[" + lead + "]:" + tail + " (or [" + s + "]:PORT if all of " + s + " is the address)" : "[" + s + "]:PORT"));
        } else if (s.indexOf(':') >= 0) {
            host = s.substring(0, s.indexOf(':'));
            p = s.substring(s.indexOf(':') + 1);
        }
        if (host.isEmpty()) throw new IllegalArgumentException("no host before the port in " + s + " (HOST:PORT, e.g. 127.0.0.1:8080)");
        if (p == null && defaultPort == REQUIRED) throw new IllegalArgumentException("expected HOST:PORT, got " + s + " (e.g. 127.0.0.1:8080)");
        return new HostPort(host, p == null ? defaultPort : port(p, s));
    }

    private static int port(String p, String whole) {
        try {
            int n = Integer.parseInt(p);
            if (n < 1 || n > 65535) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port \"" + p + "\" in " + whole + " (1-65535)");
        }
    }

    /** The message for a URL where HOST:PORT belongs, with the address to give instead. */
    static String url(String s) {
        return "a URL is not HOST:PORT: give " + fromUrl(s) + " (the request goes out as it is, so the path (" + path(s)
                + ") and the Host line belong in it)";
    }

    /** {@code http://h:8080/x} → {@code h:8080}; {@code https://h/x} → {@code --tls h:443}. */
    public static String fromUrl(String s) {
        boolean tls = s.startsWith("https://");
        String rest = s.substring(s.indexOf("://") + 3);
        int slash = indexOfAny(rest, "/?#");
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        if (authority.contains("@")) authority = authority.substring(authority.lastIndexOf('@') + 1);
        boolean hasPort = authority.startsWith("[") ? authority.contains("]:") : authority.contains(":");
        return (tls ? "--tls " : "") + (authority.isEmpty() ? "HOST:PORT" : hasPort ? authority : authority + (tls ? ":443" : ":80"));
    }

    /** The origin-form target of a URL: its path and query ("/" when it has none); the fragment is not sent (RFC 9110 §4.2.4). */
    public static String path(String s) {
        String rest = s.substring(s.indexOf("://") + 3);
        int slash = indexOfAny(rest, "/?#");
        String t = slash < 0 ? "/" : rest.substring(slash);
        if (t.indexOf('#') >= 0) t = t.substring(0, t.indexOf('#'));
        return t.isEmpty() ? "/" : t.startsWith("?") ? "/" + t : t;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    @Override public String toString() { return Endpoint.hostPort(host, port); }
}
