package wirepad.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.http.ParserOptions;

/** TLS against a local server whose certificate the test makes with keytool. */
class TlsTest {
    @TempDir static Path dir;
    static SSLServerSocket server;
    static Thread acceptor;
    static final List<String> sniSeen = Collections.synchronizedList(new ArrayList<>());
    static Path caPem;

    @BeforeAll static void start() throws Exception {
        Path ks = dir.resolve("server.p12");
        caPem = dir.resolve("server.pem");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "lab", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=wirepad test server, O=wirepad", "-ext", "SAN=dns:localhost",
                "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
        run(keytool, "-exportcert", "-rfc", "-alias", "lab", "-keystore", ks.toString(), "-storepass", "changeit", "-file", caPem.toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(ks.toFile())) { store.load(in, "changeit".toCharArray()); }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        server = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 16, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (SSLSocket s = (SSLSocket) server.accept()) {
                    s.setSoTimeout(5000);
                    s.startHandshake();
                    for (SNIServerName n : ((ExtendedSSLSession) s.getSession()).getRequestedServerNames())
                        if (n instanceof SNIHostName h) sniSeen.add(h.getAsciiName());
                    byte[] req = new byte[4096];
                    int n = s.getInputStream().read(req);
                    if (n <= 0) continue;
                    s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecret".getBytes(StandardCharsets.ISO_8859_1));
                    s.getOutputStream().flush();
                } catch (Exception e) {
                    // a client that failed verification hangs up mid-handshake: keep serving
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll static void stop() throws Exception { server.close(); }

    static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "keytool timed out");
        assertEquals(0, p.exitValue(), out);
    }

    static Exchange.Result get(Connection c) throws NetException {
        return Exchange.run(c, List.of("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)),
                Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
    }

    @Test void verificationIsOnByDefaultAndExplainsTheFailure() {
        NetException e = assertThrows(NetException.class,
                () -> Connection.open("localhost", server.getLocalPort(), Connection.Options.DEFAULT.withTls(true, false)));
        assertTrue(e.getMessage().startsWith("TLS handshake with localhost:" + server.getLocalPort() + " failed: "), e.getMessage());
        assertTrue(e.getMessage().contains("--insecure skips the check"), e.getMessage());
    }

    @Test void trustedCaVerifiesAndSendsSni() throws Exception {
        try (Connection c = Connection.open("localhost", server.getLocalPort(), Connection.Options.DEFAULT.withTls(true, false).withCaFile(caPem.toString()))) {
            Exchange.Result r = get(c);
            assertEquals("secret", new String(r.responses().get(0).body(), StandardCharsets.ISO_8859_1));
            TlsInfo t = c.ledger().tls();
            assertTrue(t.verified());
            assertTrue(t.protocol().startsWith("TLSv1."), t.protocol());
            assertTrue(t.subject().contains("CN=wirepad test server"), t.subject());
            assertEquals("localhost", t.sni());
            assertTrue(c.tlsNanos() > 0);
        }
        assertTrue(sniSeen.contains("localhost"), sniSeen.toString());
    }

    @Test void hostNameIsCheckedAgainstTheCertificate() {
        // the certificate names localhost only: reaching the same server as 127.0.0.1 must fail the check
        NetException e = assertThrows(NetException.class, () -> Connection.open("127.0.0.1", server.getLocalPort(),
                Connection.Options.DEFAULT.withTls(true, false).withCaFile(caPem.toString())));
        assertTrue(e.getMessage().contains("TLS handshake with 127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
    }

    @Test void insecureSkipsVerificationAndSaysSo() throws Exception {
        try (Connection c = Connection.open("127.0.0.1", server.getLocalPort(), Connection.Options.DEFAULT.withTls(true, true))) {
            assertEquals(200, get(c).responses().get(0).status());
            assertFalse(c.ledger().tls().verified());
            assertTrue(c.ledger().tls().describe().contains("NOT verified (--insecure)"));
        }
    }

    @Test void pemFileWithoutCertificatesIsAClearError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "nothing here\n");
        NetException e = assertThrows(NetException.class, () -> Connection.open("localhost", server.getLocalPort(),
                Connection.Options.DEFAULT.withTls(true, false).withCaFile(empty.toString())));
        assertTrue(e.getMessage().contains("empty.pem"), e.getMessage());
    }
}
