package wirepad.server.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.http.HttpMessage;
import wirepad.http.ParserOptions;
import wirepad.net.Connection;
import wirepad.net.Direction;
import wirepad.net.Exchange;
import wirepad.server.HttpServer;

/** The lab over loopback: a server on port 0, requests through Connection/Exchange. */
class LabServerTest {
    static final Clock FIXED = Clock.fixed(Instant.parse("2020-04-10T23:00:00Z"), ZoneOffset.UTC);
    HttpServer server;

    @BeforeEach void start() throws Exception { server = lab(null); }

    @AfterEach void stop() { server.close(); }

    static HttpServer lab(Path root) throws Exception {
        return HttpServer.start("lab", new LabHandler(FIXED, root), HttpServer.Options.loopback(0).withIdle(3000), FIXED, null);
    }

    static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    static String s(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }

    Exchange.Result send(String request) throws Exception { return send(server, request, ParserOptions.STRICT); }

    static Exchange.Result send(HttpServer srv, String request, ParserOptions profile) throws Exception {
        try (Connection c = Connection.open("127.0.0.1", srv.port(), Connection.Options.DEFAULT.withTimeouts(3000, 3000))) {
            return Exchange.run(c, List.of(b(request)), Exchange.WritePlan.WHOLE, profile);
        }
    }

    static HttpMessage only(Exchange.Result r) {
        assertNull(r.error(), () -> "error: " + r.error());
        assertEquals(1, r.responses().size(), r.stopped());
        return r.responses().get(0);
    }

    static String get(String path) { return "GET " + path + " HTTP/1.1\r\nHost: lab\r\n\r\n"; }

    static String post(String path, String type, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: lab\r\n" + (type == null ? "" : "Content-Type: " + type + "\r\n")
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    @Test void theRootMustBeADirectory(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("some.txt"), "x");
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> new LabHandler(FIXED, file));
        assertEquals(file + " is a file, not a directory (give the directory whose files are served)", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> new LabHandler(FIXED, dir.resolve("none")));
        assertEquals(dir.resolve("none") + ": no such directory", e.getMessage());
    }

    @Test void widgetsListIsTheSeedsPage() throws Exception {
        HttpMessage m = only(send(get("/widgets")));
        assertEquals(200, m.status());
        assertEquals("text/html; charset=UTF-8", m.header("Content-Type"));
        assertEquals("239", m.header("Content-Length"), "the seed's Content-Length: 239");
        assertEquals("Fri, 10 Apr 2020 23:00:00 GMT", m.header("Date"));
        assertTrue(s(m.body()).contains("<title>Bob's Widgets</title>"));
        assertTrue(s(m.body()).contains("<li><a href=\"/widgets/1\">Widget 1</a></li>"));
        assertTrue(s(m.body()).contains("<a href=\"/widgets/new\">Add a new Widget</a>"));
    }

    @Test void postingTheSeedsFormCreatesAWidget() throws Exception {
        String body = "name=My%20Widget&color=blue&stock=20";
        assertEquals(36, body.length());
        HttpMessage m = only(send(post("/widgets", "application/x-www-form-urlencoded", body)));
        assertEquals(201, m.status());
        assertEquals("Created", m.statusLine().reason());
        assertEquals("/widgets/2", m.header("Location"));
        HttpMessage page = only(send(get("/widgets/2")));
        assertTrue(s(page.body()).contains("<h1>My Widget</h1>") && s(page.body()).contains("blue") && s(page.body()).contains("20"));
        assertTrue(s(only(send(get("/widgets"))).body()).contains("/widgets/2\">My Widget<"));
        assertEquals(404, only(send(get("/widgets/99"))).status());
    }

    @Test void newFormPostsTheThreeFields() throws Exception {
        String html = s(only(send(get("/widgets/new"))).body());
        assertTrue(html.contains("method=\"post\" action=\"/widgets\""));
        for (String f : List.of("name", "color", "stock")) assertTrue(html.contains("name=\"" + f + "\""), f);
    }

    @Test void formProblemsAreNamedPrecisely() throws Exception {
        String form = "application/x-www-form-urlencoded";
        HttpMessage dup = only(send(post("/widgets", form, "name=A&name=B&color=b&stock=1")));
        assertEquals(422, dup.status());
        assertTrue(s(dup.body()).contains("  - name is given 2 times (\"A\", \"B\"): a widget has one name"), s(dup.body()));
        assertFalse(s(dup.body()).contains("Content-Length smaller"), "the length matched: no hint about it");
        HttpMessage big = only(send(post("/widgets", form, "name=a&color=b&stock=99999999999999999999")));
        assertTrue(s(big.body()).contains("stock \"99999999999999999999\" is out of range: want a whole number from 0 to 999999999"),
                s(big.body()));
        assertFalse(s(big.body()).contains("not a whole number"));
        assertTrue(s(only(send(post("/widgets", form, "name=a&color=b&stock=-3"))).body()).contains("stock \"-3\" is negative"));
        assertFalse(s(only(send(post("/widgets", form, "name=a&color=b&stock=lots"))).body()).contains("Content-Length smaller"));
        assertEquals(201, only(send(post("/widgets", form, "name=a&color=b&stock=000000000007"))).status(), "leading zeros are still 7");
    }

    @Test void badPostsGet4xxThatSayWhy() throws Exception {
        HttpMessage m = only(send(post("/widgets", "text/plain", "hi")));
        assertEquals(415, m.status());
        assertTrue(s(m.body()).contains("Content-Type is \"text/plain\""));
        m = only(send(post("/widgets", null, "name=a&color=b&stock=1")));
        assertEquals(415, m.status());
        assertTrue(s(m.body()).contains("no Content-Type"));
        m = only(send("POST /widgets HTTP/1.1\r\nHost: lab\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n"));
        assertEquals(411, m.status());
        assertTrue(s(m.body()).contains("Content-Length"));
        m = only(send(post("/widgets", "application/x-www-form-urlencoded", "name=%zz&color=b&stock=1")));
        assertEquals(400, m.status());
        assertTrue(s(m.body()).contains("two hex digits"), s(m.body()));
        m = only(send(post("/widgets", "application/x-www-form-urlencoded", "name=a&color=b&stock=lots")));
        assertEquals(422, m.status());
        assertTrue(s(m.body()).contains("stock \"lots\" is not a whole number"));
        // Content-Length 30 of a 36-byte form: the form is cut short ("stock=" loses its digits' end)...
        Exchange.Result r = send("POST /widgets HTTP/1.1\r\nHost: lab\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 30\r\n\r\nname=My%20Widget&color=blue&stock=20");
        assertEquals(422, r.responses().get(0).status());
        assertTrue(s(r.responses().get(0).body()).contains("received 30 body bytes (Content-Length: 30)"));
        assertTrue(s(r.responses().get(0).body()).contains("(a Content-Length smaller than the body cuts the form short"), "plausible here");
        assertEquals(405, only(send("DELETE /widgets HTTP/1.1\r\nHost: lab\r\n\r\n")).status());
    }

    @Test void tooLongContentLengthGets408ThatCountsTheMissingBytes() throws Exception {
        HttpServer quick = HttpServer.start("lab", new LabHandler(FIXED, null), HttpServer.Options.loopback(0).withIdle(300), FIXED, null);
        try {
            HttpMessage m = only(send(quick, post("/widgets", "application/x-www-form-urlencoded", "name=a&color=b&stock=1")
                    .replace("Content-Length: 22", "Content-Length: 40"), ParserOptions.STRICT));
            assertEquals(408, m.status());
            assertTrue(s(m.body()).contains("18 more body bytes"), s(m.body()));
        } finally {
            quick.close();
        }
    }

    @Test void echoEndpoints() throws Exception {
        HttpMessage m = only(send("GET /get?a=1&b=two+words HTTP/1.1\r\nHost: lab\r\nX-Case: Kept\r\n\r\n"));
        String json = s(m.body());
        assertTrue(json.contains("\"args\":{\"a\":\"1\",\"b\":\"two words\"}"), json);
        assertTrue(json.contains("[\"Host\",\"lab\"],[\"X-Case\",\"Kept\"]"), json);
        json = s(only(send(post("/post", "application/x-www-form-urlencoded", "x=1&y=%41"))).body());
        assertTrue(json.contains("\"data\":\"x=1&y=%41\"") && json.contains("\"form\":{\"x\":\"1\",\"y\":\"A\"}"), json);
        assertTrue(s(only(send("PUT /anything/deep HTTP/1.1\r\nHost: lab\r\nContent-Length: 2\r\n\r\nhi")).body()).contains("\"method\":\"PUT\""));
        assertTrue(s(only(send(get("/headers"))).body()).startsWith("{\"headers\":[[\"Host\",\"lab\"]]}"));
        assertEquals(405, only(send(post("/get", "text/plain", "x"))).status());
    }

    @Test void statusRedirectBytes() throws Exception {
        HttpMessage m = only(send(get("/status/418?body=short+and+stout")));
        assertEquals(418, m.status());
        assertEquals("short and stout", s(m.body()));
        assertEquals(0, only(send(get("/status/204"))).body().length);
        assertEquals(400, only(send(get("/status/100"))).status());
        m = only(send(get("/redirect/3")));
        assertEquals(302, m.status());
        assertEquals("/redirect/2", m.header("Location"));
        assertEquals("/get", only(send(get("/redirect/1"))).header("Location"));
        byte[] a = only(send(get("/bytes/64?seed=7"))).body(), again = only(send(get("/bytes/64?seed=7"))).body();
        assertEquals(64, a.length);
        assertArrayEquals(a, again, "same seed, same bytes");
        assertEquals(400, only(send(get("/bytes/999999999"))).status());
    }

    @Test void streamIsChunkedOneLinePerChunk() throws Exception {
        HttpMessage m = only(send(get("/stream/3")));
        assertEquals("chunked", m.header("Transfer-Encoding"));
        assertEquals(4, m.chunks().size(), "3 lines and the last chunk");
        assertEquals(3, s(m.body()).split("\n").length);
    }

    @Test void chunkedExactlyAsAsked() throws Exception {
        Exchange.Result r = send(get("/chunked?sizes=3,5,0&ext=a=b&trailers=X-A:1,X-B:two"));
        HttpMessage m = only(r);
        assertEquals("X-A, X-B", m.header("Trailer"));
        String raw = s(m.raw());
        assertTrue(raw.endsWith("\r\n\r\n3;a=b\r\naaa\r\n5;a=b\r\nbbbbb\r\n0;a=b\r\nX-A: 1\r\nX-B: two\r\n\r\n"), raw);
        assertEquals("aaabbbbb", s(m.body()));
        assertEquals(2, m.trailers().size());
        HttpMessage quiet = only(send(get("/chunked?sizes=1,0&trailers=X-A:1&announce=0")));
        assertNull(quiet.header("Trailer"), "announce=0: trailers nobody announced");
        assertEquals(1, quiet.trailers().size());
        assertEquals(400, only(send(get("/chunked?sizes=0&trailers=X-A:1&announce=maybe"))).status());
        // sizes without a final 0: the body never ends, the server closes
        Exchange.Result open = send(get("/chunked?sizes=4"));
        assertNotNull(open.error(), open.stopped());
        assertEquals(400, only(send(get("/chunked?sizes=x"))).status());
    }

    @Test void rawReflectsTheExactBytes() throws Exception {
        String req = "GET /raw HTTP/1.1\r\nhOsT:   lab\r\nX-b: 2\r\nx-A:1\t\r\n\r\n";
        assertEquals(req, s(only(send(req)).body()));
        String hex = s(only(send(get("/raw?hex=1"))).body());
        assertTrue(hex.startsWith("00000000  47 45 54 20 2f 72 61 77"), hex);
        HttpServer lenient = HttpServer.start("lab", new LabHandler(FIXED, null),
                HttpServer.Options.loopback(0).withProfile(ParserOptions.LENIENT), FIXED, null);
        try {
            String lf = "GET /raw HTTP/1.1\nHost: lab\n\n";
            assertEquals(lf, s(only(send(lenient, lf, ParserOptions.STRICT)).body()), "bare LF kept as sent");
        } finally {
            lenient.close();
        }
    }

    @Test void keepAliveAndPipelining() throws Exception {
        try (Connection c = Connection.open("127.0.0.1", server.port(), Connection.Options.DEFAULT)) {
            Exchange.Result r = Exchange.run(c, List.of(b(get("/get")), b(get("/widgets")), b(get("/status/201"))),
                    Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals(3, r.responses().size());
            assertEquals(201, r.responses().get(2).status());
            Exchange.Result again = Exchange.run(c, List.of(b(get("/headers"))), Exchange.WritePlan.WHOLE, ParserOptions.STRICT);
            assertEquals(200, only(again).status());
        }
    }

    @Test void indexDocumentsEveryFault() throws Exception {
        String page = s(only(send(get("/"))).body());
        for (Malformed m : Malformed.values()) {
            assertTrue(page.contains(m.path()), m.path());
            assertTrue(page.contains(m.advice), m.path());
        }
        assertEquals(404, only(send(get("/nope"))).status());
    }

    @Test void staticFilesFirstThenTheApp(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("widgets.html"), "<p>static widgets</p>");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/index.html"), "docs index");
        Files.writeString(dir.getParent().resolve("secret-" + dir.getFileName()), "secret");
        HttpServer web = lab(dir);
        try {
            HttpMessage m = only(send(web, get("/widgets"), ParserOptions.STRICT));
            assertEquals("<p>static widgets</p>", s(m.body()));
            assertEquals("web server (static file /widgets.html)", m.header("X-Served-By"));
            assertEquals("docs index", s(only(send(web, get("/docs/"), ParserOptions.STRICT)).body()));
            assertEquals(201, only(send(web, post("/widgets", "application/x-www-form-urlencoded", "name=a&color=b&stock=1"),
                    ParserOptions.STRICT)).status(), "POST goes to the app");
            assertTrue(s(only(send(web, get("/widgets/1"), ParserOptions.STRICT)).body()).contains("Widget 1"), "not found -> the app");
            assertEquals(404, only(send(web, get("/../secret-" + dir.getFileName()), ParserOptions.STRICT)).status());
            assertEquals(404, only(send(web, get("/%2e%2e/secret-" + dir.getFileName()), ParserOptions.STRICT)).status());
        } finally {
            web.close();
            Files.delete(dir.getParent().resolve("secret-" + dir.getFileName()));
        }
    }

    @Test void delayAndDripAreSlowButBounded() throws Exception {
        long t0 = System.nanoTime();
        assertEquals(200, only(send(get("/delay/0.3"))).status());
        assertTrue(System.nanoTime() - t0 >= 250_000_000L);
        t0 = System.nanoTime();
        HttpMessage m = only(send(get("/drip?numbytes=4&duration=0.4")));
        assertEquals("****", s(m.body()));
        assertTrue(System.nanoTime() - t0 >= 250_000_000L);
        assertEquals(400, only(send(get("/delay/soon"))).status());
    }

    @Test void stoppingTheServerEndsAPendingDelay() throws Exception {
        HttpServer srv = lab(null);
        try (Connection c = Connection.open("127.0.0.1", srv.port(), Connection.Options.DEFAULT.withTimeouts(3000, 8000))) {
            c.write(b(get("/delay/10")));
            Thread.sleep(200);
            long t0 = System.nanoTime();
            srv.close();
            byte[] buf = new byte[100];
            int n = c.read(buf);
            assertTrue(n == Connection.EOF || n >= 0 && c.read(buf) == Connection.EOF, "connection ends");
            assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "well before the 10 s delay");
        } finally {
            srv.close();
        }
    }

    @Test void everyRequestIsInTheLedger() throws Exception {
        String req = get("/get");
        send(req);
        String got = s(server.ledgers().get(server.ledgers().size() - 1).bytes(Direction.RECEIVED));
        assertEquals(req, got);
    }

    @Test void badParametersAre400NamingThemNeverClamped() throws Exception {
        String[][] cases = {
                {"/drip?numbytes=-1", "numbytes=-1: out of range: want a whole number from 0 to 10240"},
                {"/drip?numbytes=99999", "numbytes=99999: out of range: want a whole number from 0 to 10240"},
                {"/drip?code=abc", "code=abc: want a whole number from 200 to 599"},
                {"/drip?code=99", "code=99: out of range"},
                {"/drip?delay=x", "delay=x: want seconds from 0 to 10"},
                {"/drip?delay=6&duration=6", "duration=6: delay + duration is at most 10 s"},
                {"/delay/11", "/delay/N wants seconds from 0 to 10 (fractions allowed), not \"11\": out of range"},
                {"/bytes/4?seed=abc", "seed=abc: want a whole number from -9223372036854775808 to 9223372036854775807"},
                {"/raw?hex=yes", "hex=yes: want 1 or true (or 0, false); ?hex alone means 1"},
        };
        for (String[] c : cases) {
            HttpMessage m = only(send(get(c[0])));
            assertEquals(400, m.status(), c[0]);
            assertTrue(s(m.body()).startsWith("400 Bad Request: " + c[1]), c[0] + ": " + s(m.body()));
        }
        for (String hex : new String[] {"/raw?hex", "/raw?hex=true", "/raw?hex=1"})
            assertTrue(s(only(send(get(hex))).body()).startsWith("00000000  47 45 54 20"), hex);
        assertTrue(s(only(send(get("/raw?hex=0"))).body()).startsWith("GET /raw?hex=0 HTTP/1.1"));
    }

    @Test void dripWith204Or304SendsNoContent() throws Exception {
        for (String code : new String[] {"204", "304"}) {
            Exchange.Result r = send(get("/drip?numbytes=5&duration=0&code=" + code) + get("/get"));
            assertEquals(2, r.responses().size(), r.stopped());
            assertEquals(Integer.parseInt(code), r.responses().get(0).status());
            assertEquals(0, r.responses().get(0).body().length);
            assertEquals(null, r.responses().get(0).header("Content-Length"));
            assertEquals(200, r.responses().get(1).status(), "the next response is not out of step");
            assertEquals(0, r.leftover());
        }
    }
}
