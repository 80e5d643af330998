package wirepad.dns;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import wirepad.bytes.Hex;

/**
 * One EDNS(0) option: {OPTION-CODE, OPTION-LENGTH, OPTION-DATA} (RFC 6891 §6.1.2). Known codes get
 * a record; any other is {@link Generic} (code + bytes).
 */
public sealed interface EdnsOption {
    int NSID_CODE = 3, CLIENT_SUBNET_CODE = 8, COOKIE_CODE = 10, PADDING_CODE = 12, EXTENDED_ERROR_CODE = 15;

    int code();

    /** dig-like text, e.g. {@code NSID=6b6e6f74 ("knot")}. */
    String presentation();

    /** RFC 5001: the server's identifier, opaque bytes (empty in a query). */
    record Nsid(byte[] data) implements EdnsOption {
        public Nsid { data = data.clone(); }
        public int code() { return NSID_CODE; }
        public String presentation() {
            return data.length == 0 ? "NSID" : "NSID=" + Hex.of(data) + " (" + wirepad.bytes.Visible.quote(data) + ")";
        }
        @Override public byte[] data() { return data.clone(); }
        @Override public boolean equals(Object o) { return o instanceof Nsid n && Arrays.equals(n.data, data); }
        @Override public int hashCode() { return Arrays.hashCode(data); }
    }

    /** RFC 7873 §4: an 8-octet client cookie and an empty or 8..32-octet server cookie. */
    record Cookie(byte[] client, byte[] server) implements EdnsOption {
        public Cookie {
            if (client.length != 8) throw new IllegalArgumentException("client cookie must be 8 octets, got " + client.length);
            if (server.length != 0 && (server.length < 8 || server.length > 32))
                throw new IllegalArgumentException("server cookie must be 8..32 octets, got " + server.length);
            client = client.clone();
            server = server.clone();
        }
        public int code() { return COOKIE_CODE; }
        public String presentation() { return "COOKIE=" + Hex.of(client) + Hex.of(server); }
        @Override public byte[] client() { return client.clone(); }
        @Override public byte[] server() { return server.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Cookie c && Arrays.equals(c.client, client) && Arrays.equals(c.server, server);
        }
        @Override public int hashCode() { return Arrays.hashCode(client) * 31 + Arrays.hashCode(server); }
    }

    /**
     * RFC 7871 §6: family (1 IPv4, 2 IPv6), source and scope prefix lengths, and the address cut to
     * ceil(source/8) octets.
     */
    record ClientSubnet(int family, int sourcePrefix, int scopePrefix, byte[] address) implements EdnsOption {
        public ClientSubnet {
            int max = family == 1 ? 32 : family == 2 ? 128 : 0;
            if (max == 0) throw new IllegalArgumentException("client subnet family " + family + " (1 IPv4, 2 IPv6)");
            if (sourcePrefix > max || scopePrefix > max || sourcePrefix < 0 || scopePrefix < 0)
                throw new IllegalArgumentException("client subnet prefix beyond " + max + " bits");
            if (address.length != (sourcePrefix + 7) / 8)
                throw new IllegalArgumentException("client subnet address has " + address.length
                        + " octets; source prefix /" + sourcePrefix + " needs " + (sourcePrefix + 7) / 8 + " (RFC 7871 §6)");
            address = address.clone();
        }
        public int code() { return CLIENT_SUBNET_CODE; }
        public String presentation() {
            byte[] full = new byte[family == 1 ? 4 : 16];
            System.arraycopy(address, 0, full, 0, address.length);
            String a = family == 1 ? Addresses.ipv4(full) : Addresses.ipv6(full);
            return "CLIENT-SUBNET=" + a + "/" + sourcePrefix + "/" + scopePrefix;
        }
        @Override public byte[] address() { return address.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof ClientSubnet c && c.family == family && c.sourcePrefix == sourcePrefix
                    && c.scopePrefix == scopePrefix && Arrays.equals(c.address, address);
        }
        @Override public int hashCode() { return Arrays.hashCode(address) * 31 + sourcePrefix; }
    }

    /** RFC 7830: {@code length} octets of padding (sent as zeros). */
    record Padding(int length) implements EdnsOption {
        public Padding { if (length < 0 || length > 0xffff) throw new IllegalArgumentException("padding length " + length); }
        public int code() { return PADDING_CODE; }
        public String presentation() { return "PADDING=" + length; }
    }

    /** RFC 8914 §2: INFO-CODE and optional UTF-8 EXTRA-TEXT. */
    record ExtendedError(int infoCode, String text) implements EdnsOption {
        public int code() { return EXTENDED_ERROR_CODE; }
        public String presentation() {
            return "EDE=" + infoCode + (text.isEmpty() ? "" : " (" + wirepad.bytes.Visible.quote(text.getBytes(StandardCharsets.UTF_8)) + ")");
        }
    }

    /** Any other option code: code and bytes as they came. */
    record Generic(int code, byte[] data) implements EdnsOption {
        public Generic { data = data.clone(); }
        public String presentation() { return "OPT" + code + "=" + Hex.of(data); }
        @Override public byte[] data() { return data.clone(); }
        @Override public boolean equals(Object o) { return o instanceof Generic g && g.code == code && Arrays.equals(g.data, data); }
        @Override public int hashCode() { return code * 31 + Arrays.hashCode(data); }
    }
}
