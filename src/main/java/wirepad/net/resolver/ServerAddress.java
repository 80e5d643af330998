package wirepad.net.resolver;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Parses {@code @server[:port]}: "192.0.2.1", "192.0.2.1:5353", "::1", "[::1]:5353", "localhost:53". */
public final class ServerAddress {
    private ServerAddress() {}

    public static InetSocketAddress parse(String text, int defaultPort) throws UnknownHostException {
        String s = text.startsWith("@") ? text.substring(1) : text;
        String host = s;
        int port = defaultPort;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) throw new IllegalArgumentException("missing ']' in \"" + text + "\"");
            host = s.substring(1, close);
            String rest = s.substring(close + 1);
            if (rest.startsWith(":")) port = port(rest.substring(1), text);
            else if (!rest.isEmpty()) throw new IllegalArgumentException("unexpected \"" + rest + "\" in \"" + text + "\"");
        } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':')) {
            host = s.substring(0, s.indexOf(':'));
            port = port(s.substring(s.indexOf(':') + 1), text);
        }
        if (host.isEmpty()) throw new IllegalArgumentException("no server in \"" + text + "\"");
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    private static int port(String p, String whole) {
        try {
            int v = Integer.parseInt(p);
            if (v < 0 || v > 65535) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port \"" + p + "\" in \"" + whole + "\"");
        }
    }

    /** dig's form: {@code 127.0.0.1#5353(127.0.0.1)}. */
    public static String show(InetSocketAddress a) {
        String ip = a.getAddress().getHostAddress();
        return ip + "#" + a.getPort() + "(" + ip + ")";
    }
}
