package wirepad.cli;

/** {@code host:port}, {@code [::1]:port}, or a bare host with a default port; the port is one to connect to (1-65535). */
record HostPort(String host, int port) {
    static HostPort parse(String s, int defaultPort) {
        String host = s;
        int port = defaultPort;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) throw new IllegalArgumentException("missing ']' in " + s + " (an IPv6 address is written [::1]:PORT)");
            host = s.substring(1, close);
            if (close + 1 < s.length()) {
                if (s.charAt(close + 1) != ':') throw new IllegalArgumentException("expected ':' after ']' in " + s);
                port = port(s.substring(close + 2), s);
            }
        } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':')) {
            host = s.substring(0, s.indexOf(':'));
            port = port(s.substring(s.indexOf(':') + 1), s);
        }
        if (host.isEmpty()) throw new IllegalArgumentException("no host before the port in " + s + " (HOST:PORT, e.g. 127.0.0.1:8080)");
        return new HostPort(host, port);
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

    @Override public String toString() { return (host.contains(":") ? "[" + host + "]" : host) + ":" + port; }
}
