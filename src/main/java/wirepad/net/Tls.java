package wirepad.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS through the JDK's SSLSocket: SNI from the host name, certificates verified against the JDK
 * trust store (with host name checking) unless the user asked for {@code --insecure}. A failed
 * handshake is explained by its cause: the names a certificate has when it has not the one asked
 * for, a server that answered the ClientHello with something that is not TLS.
 */
final class Tls {
    private Tls() {}

    /** The trust decision of one connection, which remembers the certificates the server presented. */
    static final class Trust extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager verify; // null: --insecure, anything goes
        volatile X509Certificate[] presented;

        Trust(X509ExtendedTrustManager verify) { this.verify = verify; }

        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket s) throws CertificateException {
            presented = chain;
            if (verify != null) verify.checkServerTrusted(chain, authType, s);
        }

        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine e) throws CertificateException {
            presented = chain;
            if (verify != null) verify.checkServerTrusted(chain, authType, e);
        }

        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            presented = chain;
            if (verify != null) verify.checkServerTrusted(chain, authType);
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket s) throws CertificateException {
            throw new CertificateException("wirepad is the client here");
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine e) throws CertificateException {
            throw new CertificateException("wirepad is the client here");
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("wirepad is the client here");
        }

        @Override public X509Certificate[] getAcceptedIssuers() { return verify == null ? new X509Certificate[0] : verify.getAcceptedIssuers(); }
    }

    /**
     * What to trust, decided before any connection is made: the JDK's trust store, exactly the PEM
     * certificates of {@code --cacert} (curl's option of that name), or anything ({@code --insecure}).
     */
    static Trust trust(Connection.Options o) throws NetException {
        if (o.insecure()) return new Trust(null);
        try {
            KeyStore ks = null;
            if (o.caFile() != null) ks = caFile(o.caFile());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            for (TrustManager tm : tmf.getTrustManagers()) if (tm instanceof X509ExtendedTrustManager x) return new Trust(x);
            throw new NetException(NetException.Kind.TLS, "the JDK offers no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new NetException(NetException.Kind.TLS, "cannot set up certificate checking: " + e.getMessage());
        }
    }

    private static KeyStore caFile(String file) throws NetException, GeneralSecurityException {
        String no = " (no connection was made)";
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int n = 0;
            for (java.security.cert.Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in))
                ks.setCertificateEntry("ca" + n++, c);
            if (n == 0) throw new NetException(NetException.Kind.CA_FILE, "no certificate in the --cacert file " + file
                    + " (it wants PEM: -----BEGIN CERTIFICATE-----)" + no);
            return ks;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NetException(NetException.Kind.CA_FILE, "cannot read the --cacert file " + file + ": no such file" + no);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new NetException(NetException.Kind.CA_FILE, "cannot read the --cacert file " + file + ": permission denied" + no);
        } catch (IOException e) {
            throw new NetException(NetException.Kind.CA_FILE, "cannot read the --cacert file " + file + ": " + e.getMessage() + no);
        } catch (CertificateException e) {
            throw new NetException(NetException.Kind.CA_FILE, "cannot use the --cacert file " + file + " as trusted certificates: "
                    + e.getMessage() + no);
        }
    }

    static SSLSocket wrap(Socket plain, String host, int port, Connection.Options o, Trust trust, Ledger ledger) throws IOException {
        SSLContext ctx;
        try {
            ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {trust}, null);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(plain, host, port, true);
        SSLParameters p = s.getSSLParameters();
        String sni = o.sni() != null ? o.sni() : isIpLiteral(host) ? null : host;
        if (sni != null) p.setServerNames(List.of(new SNIHostName(sni)));
        if (!o.insecure()) p.setEndpointIdentificationAlgorithm("HTTPS");
        s.setSSLParameters(p);
        s.startHandshake();
        SSLSession session = s.getSession();
        String subject = "?", issuer = "?", notAfter = "?";
        java.security.cert.Certificate[] chain = session.getPeerCertificates();
        if (chain.length > 0 && chain[0] instanceof X509Certificate c) {
            subject = c.getSubjectX500Principal().getName();
            issuer = c.getIssuerX500Principal().getName();
            notAfter = c.getNotAfter().toInstant().toString();
        }
        ledger.tls(new TlsInfo(session.getProtocol(), session.getCipherSuite(), sni, subject, issuer, notAfter, !o.insecure()));
        return s;
    }

    /** A failed handshake, in words that name the cause; the kind says whether the certificate was the problem. */
    static NetException failed(String target, String host, IOException e, Connection.Options o, Trust trust) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        String m = root.getMessage() == null ? String.valueOf(e.getMessage()) : root.getMessage();
        String all = e.getMessage() + " / " + m;
        String head = "TLS handshake with " + target + " failed: ";
        X509Certificate[] chain = trust.presented;
        if (m.contains("No subject alternative") || m.contains("No name matching")) {
            List<String> names = chain == null || chain.length == 0 ? List.of() : names(chain[0]);
            return new NetException(NetException.Kind.TLS_CERTIFICATE, head + "host name mismatch: the certificate is for "
                    + (names.isEmpty() ? "no host name at all" : String.join(", ", names)) + ", not " + host
                    + " (connect by one of its names; --insecure skips the check, knowingly)");
        }
        if (all.contains("Unsupported or unrecognized SSL message") || all.contains("plaintext connection"))
            return new NetException(NetException.Kind.TLS, head + "the server answered the TLS ClientHello with bytes that are not TLS"
                    + " (plain HTTP on this port? try without --tls)");
        if (all.contains("Remote host terminated the handshake"))
            return new NetException(NetException.Kind.TLS, head + "the server closed the connection during the handshake"
                    + " (is it a TLS port? does it want another TLS version or SNI name?)");
        boolean certificate = chain != null && (e instanceof SSLHandshakeException) && (m.contains("certification path")
                || m.contains("validity") || m.contains("expired") || m.contains("not yet valid") || root instanceof CertificateException);
        if (certificate)
            return new NetException(NetException.Kind.TLS_CERTIFICATE, head + m + " (the certificate is not trusted;"
                    + (o.caFile() == null ? " --cacert PEM trusts a private CA;" : "") + " --insecure skips the check, knowingly)");
        return new NetException(NetException.Kind.TLS, head + m);
    }

    /** The host names and addresses a certificate is for: its subject alternative names, else its CN. */
    static List<String> names(X509Certificate c) {
        List<String> out = new ArrayList<>();
        try {
            if (c.getSubjectAlternativeNames() != null)
                for (List<?> san : c.getSubjectAlternativeNames()) {
                    Object type = san.get(0);
                    if (type.equals(2) || type.equals(7)) out.add(String.valueOf(san.get(1)));
                }
        } catch (java.security.cert.CertificateParsingException ignored) {
            // unreadable extension: fall back to the CN below
        }
        if (out.isEmpty()) {
            String dn = c.getSubjectX500Principal().getName();
            for (String part : dn.split(",")) if (part.startsWith("CN=")) out.add(part.substring(3) + " (CN only)");
        }
        return out;
    }

    private static boolean isIpLiteral(String h) { return h.contains(":") || h.matches("[0-9.]+"); }
}
