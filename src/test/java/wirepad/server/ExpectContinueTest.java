package wirepad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wirepad.server.lab.LabHandler;

/**
 * Expect: 100-continue (RFC 9110 §10.1.1), answers decided by the head alone, and HTTP/1.0
 * keep-alive, over loopback. Each head is sent whole and again one byte at a time: same answer.
 */
class ExpectContinueTest {
    HttpServer echo, lab;
    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach void start() throws Exception {
        echo = HttpServer.start("echo", new EchoHandler(EchoServerTest.FIXED), HttpServer.Options.loopback(0).withIdle(5000),
                EchoServerTest.FIXED, events::add);
        lab = HttpServer.start("lab", new LabHandler(EchoServerTest.FIXED, null), HttpServer.Options.loopback(0).withIdle(5000),
                EchoServerTest.FIXED, events::add);
    }

    @AfterEach void stop() {
        echo.close();
        lab.close();
    }

    static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    /** Writes the head whole or byte by byte (each byte flushed on its own). */
    static void write(OutputStream out, String head, boolean split) throws IOException {
        if (!split) {
            out.write(b(head));
        } else {
            for (byte x : b(head)) {
                out.write(x);
                out.flush();
            }
        }
        out.flush();
    }

    /** Reads until {@code want} has arrived (or the peer closes, or 5 s pass). */
    static String readUntil(InputStream in, String want) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!got.toString(StandardCharsets.ISO_8859_1).contains(want)) {
            int n = in.read(buf);
            if (n < 0) break;
            got.write(buf, 0, n);
        }
        return got.toString(StandardCharsets.ISO_8859_1);
    }

    @Test void aWaitingUploadGets100ContinueThenTheAnswer() throws IOException {
        for (boolean split : new boolean[] {false, true}) {
            try (Socket s = new Socket("127.0.0.1", echo.port())) {
                s.setSoTimeout(5000);
                write(s.getOutputStream(), "PUT /up HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n", split);
                assertEquals("HTTP/1.1 100 Continue\r\n\r\n", readUntil(s.getInputStream(), "\r\n\r\n"), "split=" + split);
                s.getOutputStream().write(b("hello"));
                String rest = readUntil(s.getInputStream(), "You have requested: /up\n");
                assertTrue(rest.startsWith("HTTP/1.1 200 OK\r\n") && rest.endsWith("You have requested: /up\n"), rest);
            }
        }
    }

    @Test void anEmptyBodyWithExpectGets100ThenTheAnswer() throws IOException {
        try (Socket s = new Socket("127.0.0.1", echo.port())) {
            s.setSoTimeout(5000);
            write(s.getOutputStream(), "POST /e HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nExpect: 100-continue\r\n\r\n", false);
            String got = readUntil(s.getInputStream(), "You have requested: /e\n");
            assertTrue(got.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"), got);
        }
    }

    @Test void http10IgnoresTheExpectation() throws IOException {
        try (Socket s = new Socket("127.0.0.1", echo.port())) {
            s.setSoTimeout(300);
            write(s.getOutputStream(), "PUT /up HTTP/1.0\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n", false);
            try {
                int n = s.getInputStream().read();
                throw new AssertionError("the server answered an HTTP/1.0 expectation: first byte " + n);
            } catch (SocketTimeoutException expected) {
                // RFC 9110 §10.1.1: a 100-continue in an HTTP/1.0 request MUST be ignored
            }
            s.setSoTimeout(5000);
            s.getOutputStream().write(b("hello"));
            assertTrue(readUntil(s.getInputStream(), "/up\n").startsWith("HTTP/1.1 200 OK\r\n"));
        }
    }

    @Test void theLabAnswers415And405FromTheHeadWithoutTheBody() throws IOException {
        String[][] cases = {
            {"POST /widgets HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\nContent-Length: 1000000\r\nExpect: 100-continue\r\n\r\n",
                "HTTP/1.1 415 Unsupported Media Type\r\n", "Content-Type is \"text/plain\""},
            {"PUT /widgets/1 HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000\r\nExpect: 100-continue\r\n\r\n",
                "HTTP/1.1 405 Method Not Allowed\r\n", "405 Method Not Allowed: PUT /widgets/1; allowed: GET, HEAD"},
        };
        for (String[] c : cases) {
            for (boolean split : new boolean[] {false, true}) {
                try (Socket s = new Socket("127.0.0.1", lab.port())) {
                    s.setSoTimeout(5000);
                    write(s.getOutputStream(), c[0], split);
                    String got = EchoServerTest.readAll(s.getInputStream()); // the server closes: it will not read the body
                    assertTrue(got.startsWith(c[1]), got);
                    assertTrue(got.contains("\r\nConnection: close\r\n") && got.contains(c[2]), got);
                    assertTrue(!got.contains("100 Continue"), got);
                }
            }
        }
        assertTrue(events.stream().anyMatch(e -> e.startsWith("lab #") && e.endsWith(": answered 415 Unsupported Media Type without reading"
                + " the rest of the request; closing")), events.toString());
    }

    @Test void aFormPostWithExpectIsCreated() throws IOException {
        String form = "name=My%20Widget&color=blue&stock=20";
        try (Socket s = new Socket("127.0.0.1", lab.port())) {
            s.setSoTimeout(5000);
            write(s.getOutputStream(), "POST /widgets HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + form.length() + "\r\nExpect: 100-continue\r\n\r\n", false);
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", readUntil(s.getInputStream(), "\r\n\r\n"));
            s.getOutputStream().write(b(form));
            assertTrue(readUntil(s.getInputStream(), "\r\n\r\n").startsWith("HTTP/1.1 201 Created\r\n"));
        }
    }

    @Test void aContentLengthOverTheLimitIs413BeforeTheBody() throws IOException {
        for (boolean split : new boolean[] {false, true}) {
            try (Socket s = new Socket("127.0.0.1", echo.port())) {
                s.setSoTimeout(5000);
                long big = HttpServer.MAX_BODY + 1;
                write(s.getOutputStream(), "POST /big HTTP/1.1\r\nHost: a\r\nContent-Length: " + big + "\r\n\r\n", split);
                String got = EchoServerTest.readAll(s.getInputStream());
                assertTrue(got.startsWith("HTTP/1.1 413 Content Too Large\r\n"), got);
                assertTrue(got.contains("413 Content Too Large: the body is 33554433 bytes; this server reads at most 33554432 (32 MiB)"
                        + " per request, so it did not read it (RFC 9110 §15.5.14).\n"), got);
            }
        }
    }

    @Test void aChunkedBodyPastWhatOneRequestMayHoldIs413() throws IOException {
        try (Socket s = new Socket("127.0.0.1", echo.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(b("POST /chunks HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"));
            byte[] chunk = new byte[65536 + 9];
            System.arraycopy(b("10000\r\n"), 0, chunk, 0, 7);
            java.util.Arrays.fill(chunk, 7, 7 + 65536, (byte) 'x');
            chunk[chunk.length - 2] = '\r';
            chunk[chunk.length - 1] = '\n';
            long sent = 0;
            // bounded: the cap is 20 MiB of chunked bytes; stop as soon as the server has answered
            while (s.getInputStream().available() == 0 && sent < 40L * 1024 * 1024) {
                out.write(chunk, 0, chunk.length - 2); // no final CRLF yet: it starts the next write
                out.write(chunk, chunk.length - 2, 2);
                sent += chunk.length;
            }
            String got = readUntil(s.getInputStream(), "15.5.14).\n");
            assertTrue(got.startsWith("HTTP/1.1 413 Content Too Large\r\n"), got);
            assertTrue(got.contains("bytes of a chunked body came; this server holds at most 20971520 (20 MiB) of one"), got);
            assertTrue(sent < 30L * 1024 * 1024, "answered after " + sent + " bytes");
        }
    }

    @Test void http10KeepAliveIsSaidAndKept() throws IOException {
        for (HttpServer srv : List.of(echo, lab)) {
            try (Socket s = new Socket("127.0.0.1", srv.port())) {
                s.setSoTimeout(5000);
                for (int i = 0; i < 2; i++) { // the second request proves the connection stayed
                    s.getOutputStream().write(b("GET /widgets HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"));
                    String head = readUntil(s.getInputStream(), "\r\n\r\n");
                    assertTrue(head.startsWith("HTTP/1.1 200 OK\r\n") && head.contains("\r\nConnection: keep-alive\r\n"), head);
                    int len = Integer.parseInt(head.replaceAll("(?s).*\r\nContent-Length: (\\d+)\r\n.*", "$1"));
                    String body = head.substring(head.indexOf("\r\n\r\n") + 4);
                    if (body.length() < len) s.getInputStream().readNBytes(len - body.length());
                }
            }
        }
    }

    @Test void aCannedReplyWithoutKeepAliveEndsAnHttp10Connection() throws Exception {
        try (HttpServer canned = HttpServer.start("canned", new CannedHandler(b("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), false),
                HttpServer.Options.loopback(0), EchoServerTest.FIXED, null);
             Socket s = new Socket("127.0.0.1", canned.port())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(b("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
            // the reply does not say keep-alive, so an HTTP/1.0 client waits for the close: it comes
            assertEquals("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", EchoServerTest.readAll(s.getInputStream()));
        }
    }
}
