package wirepad.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.http.ParserOptions;
import wirepad.view.CurlView;

/**
 * How a TLS exchange ends (RFC 9112 §9.8: a close-delimited body ended by a TCP close without
 * close_notify is a truncation) and what a failed handshake says. The certificate is made with
 * keytool in a temp dir, for localhost only.
 */
class TlsEndingsTest {
    @TempDir static Path dir;
    static SSLContext serverCtx;
    static Path caPem;

    @BeforeAll static void certificate() throws Exception {
        Path ks = dir.resolve("server.p12");
        caPem = dir.resolve("server.pem");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        TlsTest.run(keytool, "-genkeypair", "-alias", "lab", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=wirepad endings test, O=wirepad", "-ext", "SAN=dns:localhost,dns:lab.test",
                "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
        TlsTest.run(keytool, "-exportcert", "-rfc", "-alias", "lab", "-keystore", ks.toString(), "-storepass", "changeit", "-file", caPem.toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(ks.toFile())) { store.load(in, "changeit".toCharArray()); }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        serverCtx = SSLContext.getInstance("TLS");
        serverCtx.init(kmf.getKeyManagers(), null, null);
    }

    /** One TLS connection: read the request, answer with a close-delimited body, end with or without close_notify. */
    static ServerSocket server(boolean closeNotify) throws Exception {
        return OneConnectionServer.start(raw -> {
            SSLSocket s = (SSLSocket) serverCtx.getSocketFactory().createSocket(raw, null, raw.getPort(), false);
            s.setUseClientMode(false);
            s.getInputStream().read(new byte[4096]);
            s.getOutputStream().write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nthe body ends at the close\n".getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            if (closeNotify) s.close(); // close_notify, then the TCP close
            // else: the TCP close alone, when the script ends
        });
    }

    static Exchange.Result get(ServerSocket ss) throws NetException {
        try (Connection c = Connection.open("localhost", ss.getLocalPort(),
                Connection.Options.DEFAULT.withTls(true, false).withCaFile(caPem.toString()))) {
            return Exchange.run(c, List.of("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)),
                    Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
        }
    }

    @Test void closeNotifyEndsACloseDelimitedBodyCleanly() throws Exception {
        try (ServerSocket ss = server(true)) {
            Exchange.Result r = get(ss);
            assertEquals(Ending.COMPLETE, r.ending(), r.stopped());
            assertTrue(r.complete());
            assertEquals("stopped: peer closed after 27 bytes (close-delimited body, TLS close_notify)", r.stopped());
        }
    }

    @Test void aTcpCloseWithoutCloseNotifyIsATruncation() throws Exception {
        try (ServerSocket ss = server(false)) {
            Exchange.Result r = get(ss);
            assertEquals(Ending.TLS_TRUNCATED, r.ending(), r.stopped());
            assertFalse(r.complete());
            assertEquals("stopped: peer closed the TCP connection without TLS close_notify after 27 bytes: the close-delimited body"
                    + " may be cut short (RFC 9112 §9.8: a truncation, not a clean end)", r.stopped());
            assertEquals(1, r.responses().size(), "the bytes that came are kept and shown");
        }
    }

    @Test void theCurlViewSaysTheBodyMayBeCutShort() throws Exception {
        try (ServerSocket ss = server(false);
             Connection c = Connection.open("localhost", ss.getLocalPort(), Connection.Options.DEFAULT.withTls(true, false).withCaFile(caPem.toString()))) {
            byte[] get = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            Exchange.Result r = Exchange.run(c, List.of(get), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            String curl = CurlView.render(new ExchangeLog(1, c.target(), List.of(get), c.ledger(), r, c.connectNanos(), c.tlsNanos(), 0,
                    (int) c.ledger().total(Direction.SENT)));
            assertTrue(curl.contains("* Connection closed (peer closed, TCP close without TLS close_notify): TCP closed without TLS close_notify,"
                    + " so the body may be cut short"), curl);
        }
    }

    @Test void aHostNameMismatchNamesTheNamesTheCertificateHas() throws Exception {
        try (ServerSocket ss = server(true)) {
            NetException e = assertThrows(NetException.class, () -> Connection.open("127.0.0.1", ss.getLocalPort(),
                    Connection.Options.DEFAULT.withTls(true, false).withCaFile(caPem.toString())));
            assertEquals(NetException.Kind.TLS_CERTIFICATE, e.kind());
            assertEquals("TLS handshake with 127.0.0.1:" + ss.getLocalPort() + " failed: host name mismatch: the certificate is for"
                    + " localhost, lab.test, not 127.0.0.1 (connect by one of its names; --insecure skips the check, knowingly)", e.getMessage());
        }
    }

    @Test void anUnreadableCaFileFailsBeforeAnyConnection() throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            NetException e = assertThrows(NetException.class, () -> Connection.open("localhost", ss.getLocalPort(),
                    Connection.Options.DEFAULT.withTls(true, false).withCaFile(dir.resolve("missing.pem").toString())));
            assertEquals(NetException.Kind.CA_FILE, e.kind());
            assertEquals("cannot read the --cacert file " + dir.resolve("missing.pem") + ": no such file (no connection was made)", e.getMessage());
            ss.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, ss::accept, "no TCP connection was made");
        }
    }

    @Test void aPlainHttpPortAnsweringTheClientHelloIsNamed() throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = ss.accept()) {
                    s.getInputStream().read(new byte[4096]); // the ClientHello, read as a (bad) request
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } catch (Exception ignored) {
                    // the client side reports
                }
            });
            t.setDaemon(true);
            t.start();
            NetException e = assertThrows(NetException.class, () -> Connection.open("localhost", ss.getLocalPort(),
                    Connection.Options.DEFAULT.withTls(true, false).withCaFile(caPem.toString())));
            assertEquals(NetException.Kind.TLS, e.kind());
            assertEquals("TLS handshake with localhost:" + ss.getLocalPort() + " failed: the server answered the TLS ClientHello with bytes"
                    + " that are not TLS (plain HTTP on this port? try without --tls)", e.getMessage());
            t.join(TimeUnit.SECONDS.toMillis(5));
        }
    }
}
