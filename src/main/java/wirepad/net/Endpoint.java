package wirepad.net;

import java.net.Inet6Address;
import java.net.InetAddress;

/** An address and port as shown in views: {@code 127.0.0.1:8080}, {@code [::1]:8080}. */
public record Endpoint(String address, int port) {
    /** tcpflow's label: address, a dot, the port in 5 digits ({@code 127.0.0.1.08080}, {@code ::1.08080}). */
    public String flowLabel() {
        String p = Integer.toString(port);
        return address + "." + "00000".substring(Math.min(5, p.length())) + p;
    }

    /** HOST:PORT with an IPv6 address in brackets (RFC 3986 §3.2.2): {@code [::1]:8080}. */
    @Override public String toString() { return hostPort(address, port); }

    /** {@code host:port}, or {@code [host]:port} when the host is an IPv6 literal. */
    public static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** The socket address as a literal: IPv6 in RFC 5952 form ({@code ::1}, not {@code 0:0:0:0:0:0:0:1}), no %scope. */
    public static Endpoint of(java.net.InetSocketAddress a) {
        InetAddress ip = a.getAddress();
        String host = ip instanceof Inet6Address ? ipv6(ip.getAddress()) : ip != null ? ip.getHostAddress() : a.getHostString();
        int pct = host.indexOf('%');
        return new Endpoint(pct >= 0 ? host.substring(0, pct) : host, a.getPort());
    }

    /**
     * RFC 5952 §4: 16 bytes as eight groups of lower-case hex without leading zeros; the longest run
     * of two or more zero groups (the first, on a tie) becomes {@code ::} (§4.2.1-4.2.3).
     */
    static String ipv6(byte[] b) {
        if (b.length != 16) throw new IllegalArgumentException("an IPv6 address is 16 bytes, not " + b.length);
        return wirepad.dns.Addresses.ipv6(b); // the same RFC 5952 text as DNS's AAAA records
    }
}
