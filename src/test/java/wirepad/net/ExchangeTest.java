package wirepad.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.http.ParserOptions;
import wirepad.server.CannedHandler;
import wirepad.server.EchoHandler;
import wirepad.server.HttpServer;

class ExchangeTest {
    static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    static final byte[] GET = b("GET / HTTP/1.1\r\nHost: h\r\n\r\n");

    static Exchange.Result against(String canned, boolean close, int idleMs) throws Exception {
        try (HttpServer s = HttpServer.start("canned", new CannedHandler(b(canned), close), HttpServer.Options.loopback(0),
                Clock.systemUTC(), null);
             Connection c = Connection.open("127.0.0.1", s.port(), Connection.Options.DEFAULT.withTimeouts(2000, idleMs))) {
            return Exchange.run(c, List.of(GET), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
        }
    }

    @Test void contentLengthSatisfied() throws Exception {
        Exchange.Result r = against("HTTP/1.1 200 OK\r\nContent-Length: 22\r\n\r\nYou have requested: /\n", false, 3000);
        assertEquals("stopped: Content-Length satisfied (22 bytes)", r.stopped());
        assertTrue(r.complete());
        assertTrue(r.firstByteNs() > 0 && r.lastByteNs() >= r.firstByteNs());
    }

    @Test void shortBodyStopsOnIdleAndCountsMissingBytes() throws Exception {
        Exchange.Result r = against("HTTP/1.1 200 OK\r\nContent-Length: 22\r\n\r\nYou have", false, 300);
        assertEquals("stopped: timed out after 8 of 22 body bytes (idle-timeout 300 ms)", r.stopped());
        assertFalse(r.complete());
        assertEquals(0, r.responses().size());
        assertEquals(200, r.partial().status(), "the head of the cut-short response is kept for the views");
        assertEquals("22", r.partial().header("Content-Length"));
        assertEquals("You have", new String(r.partial().body(), StandardCharsets.ISO_8859_1));
    }

    @Test void aCompleteExchangeKeepsNoPartial() throws Exception {
        assertEquals(null, against("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi", false, 3000).partial());
    }

    @Test void requestsThatDoNotParseStillExpectAResponse() {
        // RFC 9112 §2.2: blank lines between requests are not a request; an incomplete tail waits for its rest.
        assertEquals(List.of("GET"), Exchange.Batch.of(b("GET / HTTP/1.1\r\nHost: h\r\n\r\n\r\n")).methods());
        assertEquals(List.of("GET"), Exchange.Batch.of(b("GET / HTTP/1.1\r\nHost: h\r\n\r\nGET /x HTTP/1.1\r\nHo")).methods());
        assertEquals(List.of("GET", "GET"), Exchange.Batch.of(b("GET / HTTP/1.1\r\nHost: h\r\n\r\nGET /x HTTP/1.1\r\nHost: h\r\n\r\n")).methods());
        // a rest that breaks a rule went out all the same: the server answers it (400, most likely)
        Exchange.Batch bad = Exchange.Batch.of(b("GET /a HTTP/1.1\r\nHost: h\r\n\r\nHEAD /caf\u00c3\u00a9 HTTP/1.1\r\nHost: h\r\n\r\n"));
        assertEquals(List.of("GET", "HEAD"), bad.methods(), "HEAD matters: its response has no body");
        assertEquals(28, bad.rest());
        assertEquals("wirepad could not parse request 2 (the last 33 bytes): byte 37: invalid byte \"\\xc3\" in the request-target"
                + " (URIs are ASCII; percent-encode it as %C3) (RFC 9112 §3.2); sent as typed all the same, so a response to it is expected",
                bad.restNote());
        Exchange.Batch alone = Exchange.Batch.of(b("GET /caf\u00c3\u00a9 HTTP/1.1\r\n\r\n"));
        assertEquals(List.of("GET"), alone.methods());
        assertTrue(alone.restNote().startsWith("wirepad could not parse this request: byte 8: "), alone.restNote());
        assertEquals(null, Exchange.Batch.of(GET).restNote());
    }

    @Test void aMalformedRequestInAPipelinedBatchGetsItsAnswerRead() throws Exception {
        try (HttpServer s = HttpServer.start("echo", new EchoHandler(Clock.systemUTC()), HttpServer.Options.loopback(0), Clock.systemUTC(), null);
             Connection c = Connection.open("127.0.0.1", s.port(), Connection.Options.DEFAULT)) {
            Exchange.Result r = Exchange.run(c, List.of(b("GET /q HTTP/1.1\r\nHost: x\r\n\r\nGET /caf\u00c3\u00a9 HTTP/1.1\r\nHost: x\r\n\r\n")),
                    Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals(2, r.responses().size(), r.stopped());
            assertEquals(400, r.responses().get(1).status());
            assertEquals("stopped: Content-Length satisfied (" + r.responses().get(1).body().length + " bytes)", r.stopped());
            assertTrue(r.complete());
            assertFalse(r.reusable());
        }
    }

    @Test void closeDelimitedBodyEndsWhenPeerCloses() throws Exception {
        String body = "x".repeat(1200);
        Exchange.Result r = against("HTTP/1.1 200 OK\r\n\r\n" + body, true, 3000);
        assertEquals("stopped: peer closed after 1 200 bytes (close-delimited body)", r.stopped());
        assertEquals(1200, r.responses().get(0).body().length);
        assertTrue(r.complete());
    }

    @Test void chunkedEndsAtLastChunk() throws Exception {
        Exchange.Result r = against("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n5\r\ndefgh\r\n0\r\n\r\n", false, 3000);
        assertEquals("stopped: last chunk read (2 chunks, 8 bytes decoded)", r.stopped());
    }

    @Test void brokenResponseIsAnErrorNamingTheByte() throws Exception {
        Exchange.Result r = against("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello", false, 3000);
        assertEquals(0, r.responses().size());
        assertEquals("RFC 9112 §6.3 rule 5", r.error().rule());
        assertTrue(r.stopped().startsWith("stopped: the response broke a rule at byte"), r.stopped());
    }

    @Test void peerClosingWithoutResponse() throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (var s = ss.accept()) {
                    s.getInputStream().readNBytes(GET.length);
                } catch (Exception ignored) {
                    // the test reports
                }
            });
            t.start();
            try (Connection c = Connection.open("127.0.0.1", ss.getLocalPort(), Connection.Options.DEFAULT)) {
                Exchange.Result r = Exchange.run(c, List.of(GET), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
                assertEquals("stopped: peer closed without sending a response", r.stopped());
            }
            t.join(5000);
        }
    }

    @Test void refusedConnectionIsExplained() throws Exception {
        int port;
        try (ServerSocket ss = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) { port = ss.getLocalPort(); }
        NetException e = assertThrows(NetException.class, () -> Connection.open("127.0.0.1", port, Connection.Options.DEFAULT));
        assertEquals("connection refused by 127.0.0.1:" + port + " (is anything listening on port " + port + "?)", e.getMessage());
    }

    @Test void pipelinedRequestsOnOneConnectionAllParsed() throws Exception {
        try (HttpServer s = HttpServer.start("echo", new EchoHandler(Clock.systemUTC()), HttpServer.Options.loopback(0), Clock.systemUTC(), null);
             Connection c = Connection.open("127.0.0.1", s.port(), Connection.Options.DEFAULT)) {
            Exchange.Result r = Exchange.run(c, List.of(b("GET /a HTTP/1.1\r\nHost: h\r\n\r\n"), b("HEAD /b HTTP/1.1\r\nHost: h\r\n\r\n"),
                    b("GET /c HTTP/1.1\r\nHost: h\r\n\r\n")), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals(3, r.responses().size());
            assertEquals("You have requested: /a\n", new String(r.responses().get(0).body(), StandardCharsets.ISO_8859_1));
            assertEquals(0, r.responses().get(1).body().length);
            assertEquals("23", r.responses().get(1).header("Content-Length"));
            assertEquals("You have requested: /c\n", new String(r.responses().get(2).body(), StandardCharsets.ISO_8859_1));
            // the same connection again: a second exchange reads only its own response
            Exchange.Result again = Exchange.run(c, List.of(b("GET /d HTTP/1.1\r\nHost: h\r\n\r\n")), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals("You have requested: /d\n", new String(again.responses().get(0).body(), StandardCharsets.ISO_8859_1));
            assertEquals(r.receivedTo(), again.receivedFrom());
        }
    }

    @Test void splitWritesShowInTheLedger() throws Exception {
        try (HttpServer s = HttpServer.start("echo", new EchoHandler(Clock.systemUTC()), HttpServer.Options.loopback(0), Clock.systemUTC(), null);
             Connection c = Connection.open("127.0.0.1", s.port(), Connection.Options.DEFAULT)) {
            Exchange.Result r = Exchange.run(c, List.of(GET), new Exchange.WritePlan(5, 20), ParserOptions.STRICT);
            assertTrue(r.complete());
            List<Ledger.Entry> sent = c.ledger().entries().stream().filter(e -> e.dir() == Direction.SENT).toList();
            assertEquals((GET.length + 4) / 5, sent.size());
            assertEquals(5, sent.get(1).offset());
            assertTrue(sent.get(1).nanos() - sent.get(0).nanos() >= 15_000_000L);
        }
    }

    @Test void abortFromAnotherThreadEndsABlockedReadAtOnce() throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             Connection c = Connection.open("127.0.0.1", ss.getLocalPort(), Connection.Options.DEFAULT.withTimeouts(2000, 30_000))) {
            try (var peer = ss.accept()) { // a peer that never answers
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException ignored) {
                        // the test ends anyway
                    }
                    c.abort();
                });
                t.start();
                long t0 = System.nanoTime();
                Exchange.Result r = Exchange.run(c, List.of(GET), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals("stopped: cancelled before any response byte", r.stopped());
                assertEquals(Ending.CANCELLED, r.ending());
                assertFalse(r.complete());
                assertTrue(ms < 5000, "took " + ms + " ms");
                t.join(5000);
            }
        }
    }

    @Test void resetByPeerIsExplained() throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (var s = ss.accept()) {
                    s.getInputStream().readNBytes(GET.length);
                    s.setSoLinger(true, 0); // close with RST instead of FIN
                } catch (Exception ignored) {
                    // the client side reports
                }
            });
            t.start();
            try (Connection c = Connection.open("127.0.0.1", ss.getLocalPort(), Connection.Options.DEFAULT)) {
                Exchange.Result r = Exchange.run(c, List.of(GET), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
                assertEquals("stopped: connection reset by 127.0.0.1:" + ss.getLocalPort() + " while reading, before any response byte", r.stopped());
                assertEquals(Ending.RESET, r.ending());
            }
            t.join(5000);
        }
    }

    @Test void connectTimeoutIsExplained() throws Exception {
        // A listener that never accepts, with its backlog full: further SYNs are dropped, so connect times out.
        try (ServerSocket ss = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            List<Connection> fill = new java.util.ArrayList<>();
            try {
                NetException e = null;
                for (int i = 0; i < 8 && e == null; i++) {
                    try {
                        fill.add(Connection.open("127.0.0.1", ss.getLocalPort(), Connection.Options.DEFAULT.withTimeouts(300, 300)));
                    } catch (NetException x) {
                        e = x;
                    }
                }
                org.junit.jupiter.api.Assumptions.assumeTrue(e != null, "this kernel accepted every connection; no timeout to see");
                assertEquals("no answer from 127.0.0.1:" + ss.getLocalPort() + " within 300 ms (connect timeout)", e.getMessage());
            } finally {
                for (Connection c : fill) c.close();
            }
        }
    }

    @Test void endlessInterimResponsesAreCutOff() throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (var s = ss.accept()) {
                    s.getInputStream().readNBytes(GET.length);
                    byte[] cont = b("HTTP/1.1 100 Continue\r\n\r\n");
                    for (int i = 0; i < 10_000; i++) s.getOutputStream().write(cont);  // bounded: the client stops far earlier
                } catch (Exception ignored) {
                    // the client hangs up
                }
            });
            t.start();
            try (Connection c = Connection.open("127.0.0.1", ss.getLocalPort(), Connection.Options.DEFAULT)) {
                Exchange.Result r = Exchange.run(c, List.of(GET), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
                assertEquals("stopped: more than 100 interim (1xx) responses and no final one (RFC 9110 §15.2: a client may stop waiting)", r.stopped());
                assertEquals(101, r.responses().size());
                assertFalse(r.complete());
            }
            t.join(5000);
        }
    }

    @Test void aPeerThatDoesNotReadCannotBlockAWriteForever() throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (var s = ss.accept()) {
                    Thread.sleep(4000); // accepts, never reads
                } catch (Exception ignored) {
                    // the test ends it
                }
            });
            t.start();
            byte[] big = new byte[20 * 1024 * 1024];
            try (Connection c = Connection.open("127.0.0.1", ss.getLocalPort(), Connection.Options.DEFAULT.withTimeouts(2000, 300))) {
                long t0 = System.nanoTime();
                NetException e = assertThrows(NetException.class, () -> c.write(big));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(e.getMessage().contains("the peer took no bytes for 300 ms (it is not reading)"), e.getMessage());
                assertTrue(ms < 3000, "took " + ms + " ms");
            }
            t.interrupt();
            t.join(5000);
        }
    }
}
