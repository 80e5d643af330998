package wirepad.net;

/** An address and port as shown in views: {@code 127.0.0.1:8080}, {@code [::1]:8080}. */
public record Endpoint(String address, int port) {
    /** tcpflow's label: address, a dot, the port in 5 digits ({@code 127.0.0.1.08080}). */
    public String flowLabel() {
        String p = Integer.toString(port);
        return address + "." + "00000".substring(Math.min(5, p.length())) + p;
    }

    @Override public String toString() { return (address.contains(":") ? "[" + address + "]" : address) + ":" + port; }

    public static Endpoint of(java.net.InetSocketAddress a) {
        String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        int pct = host.indexOf('%');
        return new Endpoint(pct >= 0 ? host.substring(0, pct) : host, a.getPort());
    }
}
