package wirepad.net;

/** What the TLS handshake agreed on, and who the peer says it is. */
public record TlsInfo(String protocol, String cipher, String sni, String subject, String issuer, String notAfter,
                      boolean verified) {
    public String describe() {
        return protocol + " " + cipher + (sni == null ? "" : ", SNI " + sni) + "\n  subject " + subject + "\n  issuer  " + issuer
                + "\n  expires " + notAfter + (verified ? "" : "\n  certificate NOT verified (--insecure)");
    }
}
