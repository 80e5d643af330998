package wirepad.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.net.OneConnectionServer.readHead;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import wirepad.http.ParserOptions;
import wirepad.view.CurlView;
import wirepad.view.Footer;
import wirepad.view.LedgerView;
import wirepad.view.SideBySide;
import wirepad.view.Timing;

/**
 * How a client exchange ends when it does not end cleanly: a write the server cuts short, a cancel
 * or a reset mid-body, a switch to another protocol, pipelined requests wirepad cannot parse, and
 * the timing of a reused connection. Each against a loopback server the test runs itself.
 */
class ClientEndingsTest {
    static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    static ServerSocket serve(OneConnectionServer.Script script) throws Exception { return OneConnectionServer.start(script); }

    static Connection open(ServerSocket ss, int idleMs) throws NetException {
        return Connection.open("127.0.0.1", ss.getLocalPort(), Connection.Options.DEFAULT.withTimeouts(5000, idleMs));
    }

    static ExchangeLog log(Connection c, List<byte[]> reqs, Exchange.Result r, int sentFrom) {
        return new ExchangeLog(1, c.target(), reqs, c.ledger(), r, sentFrom == 0 ? c.connectNanos() : 0, 0, sentFrom,
                (int) c.ledger().total(Direction.SENT));
    }

    @Test void aServerThatAnswersAndClosesMidUploadIsShownAndTheCutIsNamed() throws Exception {
        byte[] body = new byte[8 * 1024 * 1024];
        byte[] req = b("POST /upload HTTP/1.1\r\nHost: h\r\nContent-Length: " + body.length + "\r\n\r\n" + new String(body, StandardCharsets.ISO_8859_1));
        try (ServerSocket ss = serve(s -> {
                readHead(s.getInputStream());
                s.getOutputStream().write(b("HTTP/1.1 413 Content Too Large\r\nContent-Length: 9\r\nConnection: close\r\n\r\ntoo large"));
                s.getOutputStream().flush();
                s.shutdownOutput();
                Thread.sleep(200); // then close with the upload unread: the client's write fails
            });
             Connection c = open(ss, 5000)) {
            Exchange.Result r = Exchange.run(c, List.of(req), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertNotNull(r.writeCut(), "an 8 MiB upload cannot all fit in the socket buffers: " + r.stopped());
            assertTrue(r.writeCut().matches("the request was cut short after [0-9 ]+ of 8 388 6\\d\\d bytes: .*closed the connection while writing.*|"
                    + "the request was cut short after [0-9 ]+ of 8 388 6\\d\\d bytes: connection reset .*"), r.writeCut());
            assertEquals(1, r.responses().size(), r.stopped());
            assertEquals(413, r.responses().get(0).status());
            assertEquals("too large", new String(r.responses().get(0).body(), StandardCharsets.ISO_8859_1));
            assertEquals(Ending.COMPLETE, r.ending());
            ExchangeLog x = log(c, List.of(req), r, 0);
            assertTrue(CurlView.render(x).contains("* the request was cut short after "), CurlView.render(x));
            assertTrue(SideBySide.render(x, 200).contains("sent      the request was cut short after "));
            assertTrue(Footer.render(x).startsWith("note: the request was cut short after "));
        }
    }

    @Test void cancelMidBodyKeepsWhatCame() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (ServerSocket ss = serve(s -> {
                readHead(s.getInputStream());
                s.getOutputStream().write(b("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello"));
                s.getOutputStream().flush();
                done.await(10, TimeUnit.SECONDS); // and never the other 95 bytes
            });
             Connection c = open(ss, 30_000)) {
            Thread canceller = new Thread(() -> {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (c.ledger().total(Direction.RECEIVED) < 43 && System.nanoTime() < until) pause();
                c.abort();
            });
            canceller.start();
            byte[] get = b("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
            Exchange.Result r = Exchange.run(c, List.of(get), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            done.countDown();
            canceller.join(10_000);
            assertEquals("stopped: cancelled after 5 of 100 body bytes", r.stopped());
            assertEquals(Ending.CANCELLED, r.ending());
            assertFalse(r.complete());
            assertEquals("hello", new String(r.partial().body(), StandardCharsets.ISO_8859_1));
            ExchangeLog x = log(c, List.of(get), r, 0);
            assertTrue(CurlView.render(x).contains("* stopped: cancelled after 5 of 100 body bytes\n"), CurlView.render(x));
            assertTrue(CurlView.render(x).contains("< Content-Length: 100\n< \nhello\n"), CurlView.render(x));
            assertTrue(SideBySide.render(x, 200).contains("body      5 of 100 bytes so far"));
            assertTrue(LedgerView.render(x).contains("wirepad closed (cancelled)"), LedgerView.render(x));
            assertTrue(Footer.render(x).contains("stopped: cancelled after 5 of 100 body bytes"));
        }
    }

    @Test void aResetMidBodyKeepsWhatCame() throws Exception {
        try (ServerSocket ss = serve(s -> {
                readHead(s.getInputStream());
                s.getOutputStream().write(b("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello"));
                s.getOutputStream().flush();
                Thread.sleep(300);
                s.setSoLinger(true, 0); // RST instead of FIN
            });
             Connection c = open(ss, 5000)) {
            Exchange.Result r = Exchange.run(c, List.of(b("GET / HTTP/1.1\r\nHost: h\r\n\r\n")), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals("stopped: connection reset by " + c.target() + " while reading, after 5 of 100 body bytes", r.stopped());
            assertEquals(Ending.RESET, r.ending());
            assertEquals(5, r.partial().body().length);
        }
    }

    @Test void after101TheBytesBelongToTheNewProtocolInEveryLine() throws Exception {
        try (ServerSocket ss = serve(s -> {
                readHead(s.getInputStream());
                s.getOutputStream().write(b("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\u0081\u0002hi"));
                s.getOutputStream().flush();
                Thread.sleep(300);
            });
             Connection c = open(ss, 5000)) {
            byte[] req = b("GET /chat HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
            Exchange.Result r = Exchange.run(c, List.of(req), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals(Ending.SWITCHED, r.ending());
            assertTrue(r.complete());
            assertEquals(0, r.leftover());
            assertFalse(r.reusable());
            int after = (int) c.ledger().total(Direction.RECEIVED) - r.responses().get(0).span().end();
            assertEquals(after, r.switched());
            assertTrue(r.stopped().startsWith("stopped: 101 Switching Protocols: the connection speaks websocket now, not HTTP; "), r.stopped());
            ExchangeLog x = log(c, List.of(req), r, 0);
            String curl = CurlView.render(x);
            assertFalse(curl.contains("answer no request") || curl.contains("out of step") || curl.contains("incomplete")
                    || curl.contains("left intact"), curl);
            assertTrue(curl.contains("after the switch: they belong to the new protocol, not to HTTP:"), curl);
            assertTrue(curl.endsWith("* Connection switched protocols: after the 101 its bytes belong to the new protocol, not to HTTP\n"), curl);
            String side = SideBySide.render(x, 200);
            assertTrue(side.contains("of the new protocol (not HTTP)"), side);
            assertFalse(side.contains("incomplete"), side);
        }
    }

    @Test void a2xxToConnectMakesATunnelAndTheBytesAfterItAreNotAnAnswer() throws Exception {
        try (ServerSocket ss = serve(s -> {
                readHead(s.getInputStream());
                s.getOutputStream().write(b("HTTP/1.1 200 Connection Established\r\n\r\n\u0016\u0003\u0001"));
                s.getOutputStream().flush();
                Thread.sleep(300);
            });
             Connection c = open(ss, 5000)) {
            byte[] req = b("CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n");
            Exchange.Result r = Exchange.run(c, List.of(req), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals(Ending.SWITCHED, r.ending(), r.stopped());
            assertEquals(0, r.leftover());
            if (r.switched() > 0)
                assertEquals("stopped: 200 Connection Established: the connection is a tunnel now (CONNECT), not HTTP; 3 bytes after the head belong to it",
                        r.stopped());
            String curl = CurlView.render(log(c, List.of(req), r, 0));
            assertFalse(curl.contains("answer no request") || curl.contains("out of step"), curl);
        }
    }

    @Test void pipelinedAnswersToRequestsWirepadCannotParseAreStillAnswers() throws Exception {
        // request 2 breaks a rule (a raw byte in the target); request 3 after it is fine. A lenient server answers all three.
        byte[] three = b("GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /caf\u00c3\u00a9 HTTP/1.1\r\nHost: h\r\n\r\nGET /c HTTP/1.1\r\nHost: h\r\n\r\n");
        Exchange.Batch batch = Exchange.Batch.of(three);
        assertEquals(List.of("GET", "GET", "GET"), batch.methods());
        assertTrue(batch.restNote().endsWith("so a response to it is expected, and to the 1 request after it"), batch.restNote());
        String ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        try (ServerSocket ss = serve(s -> {
                for (int i = 0; i < 3; i++) readHead(s.getInputStream());
                s.getOutputStream().write(b(ok + ok + ok));
                s.getOutputStream().flush();
                Thread.sleep(300);
            });
             Connection c = open(ss, 5000)) {
            Exchange.Result r = Exchange.run(c, List.of(three), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals(3, r.responses().size(), r.stopped());
            assertEquals(0, r.leftover());
            assertTrue(r.complete());
            String side = SideBySide.render(log(c, List.of(three), r, 0), 200);
            assertTrue(side.contains("response 3\n"), side);
            String curl = CurlView.render(log(c, List.of(three), r, 0));
            assertFalse(curl.contains("answer no request"), curl);
            assertTrue(curl.contains("* response 2\n< HTTP/1.1 200 OK\n") && curl.contains("* response 3\n< HTTP/1.1 200 OK\n"), curl);
        }
    }

    @Test void aReusedConnectionSeparatesTheIdleTimeFromTheExchange() throws Exception {
        String ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        try (ServerSocket ss = serve(s -> {
                readHead(s.getInputStream());
                s.getOutputStream().write(b(ok));
                readHead(s.getInputStream());
                s.getOutputStream().write(b(ok));
                Thread.sleep(300);
            });
             Connection c = open(ss, 5000)) {
            byte[] get = b("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
            Exchange.run(c, List.of(get), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            Thread.sleep(400); // the user at the prompt
            int sentFrom = (int) c.ledger().total(Direction.SENT);
            Exchange.Result r = Exchange.run(c, List.of(get), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            ExchangeLog x = log(c, List.of(get), r, sentFrom);
            List<String> t = Timing.lines(x);
            assertTrue(t.get(0).matches("reused · idle [0-9 ]+\\.\\d ms"), t.toString());
            double idle = Double.parseDouble(t.get(0).replaceAll("[^0-9.]", ""));
            assertTrue(idle >= 380, t.toString());
            double first = Double.parseDouble(t.get(1).replaceFirst("first byte ([0-9 .]+) ms.*", "$1").replace(" ", ""));
            assertTrue(first < idle, "first byte counts from the request, not from the connect: " + t);
            assertTrue(r.firstByteNs() - r.startNs() >= 0);
            assertTrue(LedgerView.render(x).matches("(?s).*\n +\\+[0-9 .]+ ms  this exchange starts \\(idle [0-9 .]+ ms before it\\)\n.*"),
                    LedgerView.render(x));
            String curl = CurlView.render(x);
            assertTrue(curl.matches("(?s)\\* Re-using the open connection to [^\n]+\n\\* Idle ([0-9 ]+\\.\\d) ms since the last exchange"
                    + " \\(time at the prompt, not the server's\\)\n.*"), curl);
            assertTrue(curl.contains("* Idle " + t.get(0).substring("reused · idle ".length()) + " since"), "curl and side views agree: " + curl);
            // open: neither view says closed
            assertFalse(LedgerView.render(x).contains("closed"), LedgerView.render(x));
            assertTrue(CurlView.render(x).contains("* Connection left intact"), CurlView.render(x));
            c.close();
            // closed: both do
            assertTrue(LedgerView.render(x).contains("wirepad closed"), LedgerView.render(x));
            assertTrue(CurlView.render(x).contains("* Connection closed (wirepad closed): the response allowed reuse"), CurlView.render(x));
        }
    }

    @Test void emptyReplyIsItsOwnEnding() throws Exception {
        try (ServerSocket ss = serve(s -> readHead(s.getInputStream()));
             Connection c = open(ss, 5000)) {
            Exchange.Result r = Exchange.run(c, List.of(b("GET / HTTP/1.1\r\nHost: h\r\n\r\n")), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals(Ending.EMPTY_REPLY, r.ending());
            assertEquals("stopped: peer closed without sending a response", r.stopped());
            assertNull(r.partial());
        }
    }

    /** A short pause in a bounded wait loop (no busy spinning on a shared machine). */
    static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
