package wirepad.net;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS through the JDK's SSLSocket: SNI from the host name, certificates verified against the JDK
 * trust store (with host name checking) unless the user asked for {@code --insecure}.
 */
final class Tls {
    private Tls() {}

    static SSLSocket wrap(Socket plain, String host, int port, Connection.Options o, Ledger ledger) throws IOException {
        SSLSocketFactory f = o.insecure() ? trustAll() : o.caFile() != null ? trusting(o.caFile())
                : (SSLSocketFactory) SSLSocketFactory.getDefault();
        SSLSocket s = (SSLSocket) f.createSocket(plain, host, port, true);
        SSLParameters p = s.getSSLParameters();
        String sni = o.sni() != null ? o.sni() : isIpLiteral(host) ? null : host;
        if (sni != null) p.setServerNames(List.of(new SNIHostName(sni)));
        if (!o.insecure()) p.setEndpointIdentificationAlgorithm("HTTPS");
        s.setSSLParameters(p);
        s.startHandshake();
        SSLSession session = s.getSession();
        String subject = "?", issuer = "?", notAfter = "?";
        Certificate[] chain = session.getPeerCertificates();
        if (chain.length > 0 && chain[0] instanceof X509Certificate c) {
            subject = c.getSubjectX500Principal().getName();
            issuer = c.getIssuerX500Principal().getName();
            notAfter = c.getNotAfter().toInstant().toString();
        }
        ledger.tls(new TlsInfo(session.getProtocol(), session.getCipherSuite(), sni, subject, issuer, notAfter, !o.insecure()));
        return s;
    }

    static String explain(SSLHandshakeException e, Connection.Options o) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        String m = root.getMessage() == null ? e.getMessage() : root.getMessage();
        boolean certificate = m != null && (m.contains("certification path") || m.contains("No subject alternative")
                || m.contains("No name matching") || m.contains("validity") || m.contains("expired"));
        return m + (certificate && !o.insecure() ? " (the certificate is not trusted; --insecure skips the check, knowingly)" : "");
    }

    private static boolean isIpLiteral(String h) { return h.contains(":") || h.matches("[0-9.]+"); }

    /** Trusts exactly the PEM certificates in {@code file} (curl's --cacert), with full verification. */
    private static SSLSocketFactory trusting(String file) throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
            java.security.KeyStore ks = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
            ks.load(null, null);
            int n = 0;
            for (Certificate c : java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(in))
                ks.setCertificateEntry("ca" + n++, c);
            if (n == 0) throw new IOException("no certificate in " + file);
            javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx.getSocketFactory();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("cannot read the --cacert file " + file + ": no such file", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use " + file + " as trusted certificates: " + e.getMessage(), e);
        }
    }

    /** Only for --insecure: accepts any certificate (the user asked, and views say so). */
    private static SSLSocketFactory trustAll() throws IOException {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new X509TrustManager() {
                @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, null);
            return ctx.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
