package wirepad.dns;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import wirepad.bytes.Hex;

/**
 * One EDNS(0) option: {OPTION-CODE, OPTION-LENGTH, OPTION-DATA} (RFC 6891 §6.1.2). Known codes get
 * a record; any other is {@link Generic} (code + bytes).
 */
public sealed interface EdnsOption {
    int NSID_CODE = 3, CLIENT_SUBNET_CODE = 8, COOKIE_CODE = 10, KEEPALIVE_CODE = 11, PADDING_CODE = 12, EXTENDED_ERROR_CODE = 15;

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

    /**
     * RFC 7828 §3.1: the idle timeout in units of 100 ms, or none (-1: an empty option, as a client
     * sends it).
     */
    record Keepalive(int timeout) implements EdnsOption {
        public Keepalive { if (timeout < -1 || timeout > 0xffff) throw new IllegalArgumentException("keepalive timeout " + timeout); }
        public int code() { return KEEPALIVE_CODE; }
        public String presentation() {
            return timeout < 0 ? "KEEPALIVE" : "KEEPALIVE=" + timeout + " (" + timeout / 10 + "." + timeout % 10 + " s)";
        }
    }

    /**
     * RFC 7830 §3: padding octets. They SHOULD be zero but a receiver accepts any, so the bytes are
     * kept as they came (a round trip gives them back).
     */
    record Padding(byte[] data) implements EdnsOption {
        public Padding {
            if (data.length > 0xffff) throw new IllegalArgumentException("padding length " + data.length);
            data = data.clone();
        }
        /** {@code length} zero octets, what a sender should use. */
        public Padding(int length) { this(new byte[checkLength(length)]); }
        private static int checkLength(int length) {
            if (length < 0 || length > 0xffff) throw new IllegalArgumentException("padding length " + length);
            return length;
        }
        public int length() { return data.length; }
        public int code() { return PADDING_CODE; }
        public String presentation() {
            for (byte b : data) if (b != 0) return "PADDING=" + data.length + " (not zeros: " + Hex.of(data) + ")";
            return "PADDING=" + data.length;
        }
        @Override public byte[] data() { return data.clone(); }
        @Override public boolean equals(Object o) { return o instanceof Padding p && Arrays.equals(p.data, data); }
        @Override public int hashCode() { return Arrays.hashCode(data); }
    }

    /**
     * RFC 8914 §2: INFO-CODE and EXTRA-TEXT. The text should be UTF-8, but the bytes are kept as
     * they came, so invalid UTF-8 survives a round trip and is shown escaped.
     */
    record ExtendedError(int infoCode, byte[] extraText) implements EdnsOption {
        public ExtendedError {
            if (infoCode < 0 || infoCode > 0xffff) throw new IllegalArgumentException("EDE info code " + infoCode);
            extraText = extraText.clone();
        }
        public ExtendedError(int infoCode, String text) { this(infoCode, text.getBytes(StandardCharsets.UTF_8)); }
        /** The text decoded as UTF-8 (invalid sequences become U+FFFD). */
        public String text() { return new String(extraText, StandardCharsets.UTF_8); }
        public int code() { return EXTENDED_ERROR_CODE; }
        /** RFC 8914 §5.2: the INFO-CODE names, for the annotated view. */
        public static String infoName(int code) {
            String[] names = {"Other Error", "Unsupported DNSKEY Algorithm", "Unsupported DS Digest Type", "Stale Answer",
                    "Forged Answer", "DNSSEC Indeterminate", "DNSSEC Bogus", "Signature Expired", "Signature Not Yet Valid",
                    "DNSKEY Missing", "RRSIGs Missing", "No Zone Key Bit Set", "NSEC Missing", "Cached Error", "Not Ready",
                    "Blocked", "Censored", "Filtered", "Prohibited", "Stale NXDomain Answer", "Not Authoritative",
                    "Not Supported", "No Reachable Authority", "Network Error", "Invalid Data"};
            return code >= 0 && code < names.length ? names[code] : "unassigned";
        }
        public String presentation() {
            return "EDE=" + infoCode + (extraText.length == 0 ? "" : " (" + wirepad.bytes.Visible.quote(extraText) + ")");
        }
        @Override public byte[] extraText() { return extraText.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof ExtendedError e && e.infoCode == infoCode && Arrays.equals(e.extraText, extraText);
        }
        @Override public int hashCode() { return infoCode * 31 + Arrays.hashCode(extraText); }
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
