package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.view.EnvView;

/** The CGI/Rack env mapping (RFC 3875 §4.1) and the [status, headers, body] triple, parsed whole and byte by byte. */
class RackEnvTest {
    static final String SEED_POST = "POST /widgets HTTP/1.1\r\nHost: bob.test\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: 36\r\n\r\nname=My%20Widget&color=blue&stock=20";

    static RackEnv env(String req) { return RackEnv.of(Parse.one(Parse.req(req)), "srv", 8080, null); }

    static boolean noted(RackEnv e, String text) { return e.notes().stream().anyMatch(n -> n.contains(text)); }

    @Test void theSeedsPost() {
        RackEnv e = env(SEED_POST);
        assertEquals("POST", e.get("REQUEST_METHOD"));
        assertEquals("", e.get("SCRIPT_NAME"));
        assertEquals("/widgets", e.get("PATH_INFO"));
        assertEquals("", e.get("QUERY_STRING"));
        assertEquals("bob.test", e.get("SERVER_NAME"));
        assertEquals("80", e.get("SERVER_PORT"), "Host without a port: the default port");
        assertEquals("HTTP/1.1", e.get("SERVER_PROTOCOL"));
        assertEquals("application/x-www-form-urlencoded", e.get("CONTENT_TYPE"));
        assertEquals("36", e.get("CONTENT_LENGTH"));
        assertNull(e.get("HTTP_CONTENT_TYPE"), "no HTTP_ prefix for Content-Type (RFC 3875 §4.1.18)");
        assertTrue(noted(e, "the seed's \"HTTP_CONTENT_TYPE\""));
        assertEquals("name=My%20Widget&color=blue&stock=20", e.get("rack.input"));
        assertEquals(List.of(new FormUrlEncoded.Field("name", "My Widget"), new FormUrlEncoded.Field("color", "blue"),
                new FormUrlEncoded.Field("stock", "20")), e.form());
        String ruby = EnvView.render(e);
        assertTrue(ruby.contains("\"PATH_INFO\"       => \"/widgets\",\n"), ruby);
        assertTrue(ruby.contains("\"rack.input\"      => \"name=My%20Widget&color=blue&stock=20\"\n}"), ruby);
    }

    @Test void queryHostPortAndAbsoluteForm() {
        RackEnv e = env("GET http://x.test:81/a/b?c=d&e HTTP/1.1\r\nHost: x.test:81\r\nX-Thing-One: 1\r\n\r\n");
        assertEquals("/a/b", e.get("PATH_INFO"));
        assertEquals("c=d&e", e.get("QUERY_STRING"));
        assertEquals("x.test", e.get("SERVER_NAME"));
        assertEquals("81", e.get("SERVER_PORT"));
        assertEquals("1", e.get("HTTP_X_THING_ONE"));
        assertTrue(noted(e, "absolute-form"));
        RackEnv v6 = env("GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n");
        assertEquals("[::1]", v6.get("SERVER_NAME"));
        assertEquals("8080", v6.get("SERVER_PORT"));
        RackEnv old = RackEnv.of(Parse.one(Parse.req("GET / HTTP/1.0\r\n\r\n")), "srv", 8080, "127.0.0.1");
        assertEquals("srv", old.get("SERVER_NAME"));
        assertEquals("8080", old.get("SERVER_PORT"));
        assertEquals("127.0.0.1", old.get("REMOTE_ADDR"));
    }

    @Test void absoluteFormTargetOverridesHost() {
        // RFC 9112 §3.2.2: the server MUST ignore Host and use the target's authority.
        RackEnv e = env("GET http://other.test:8443/p HTTP/1.1\r\nHost: bob.test\r\n\r\n");
        assertEquals("other.test", e.get("SERVER_NAME"));
        assertEquals("8443", e.get("SERVER_PORT"));
        assertEquals("bob.test", e.get("HTTP_HOST"), "the app still sees the Host field");
        assertEquals("/p", e.get("PATH_INFO"));
        assertTrue(noted(e, "RFC 9112 §3.2.2"), () -> String.join("\n", e.notes()));
        RackEnv noPort = env("GET http://u:pw@other.test?x=1 HTTP/1.1\r\nHost: bob.test:9\r\n\r\n");
        assertEquals("other.test", noPort.get("SERVER_NAME"));
        assertEquals("80", noPort.get("SERVER_PORT"), "http's default port, not Host's 9");
        assertEquals("/", noPort.get("PATH_INFO"));
        assertEquals("x=1", noPort.get("QUERY_STRING"));
        assertEquals("443", env("GET https://[::1]/ HTTP/1.1\r\nHost: h\r\n\r\n").get("SERVER_PORT"));
        assertEquals("[::1]", env("GET https://[::1]/ HTTP/1.1\r\nHost: h\r\n\r\n").get("SERVER_NAME"));
    }

    @Test void underscoreCollidesWithDash() {
        RackEnv e = env("POST / HTTP/1.1\r\nHost: h\r\nTransfer_Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc");
        assertEquals("chunked", e.get("HTTP_TRANSFER_ENCODING"), "Transfer_Encoding lands on the Transfer-Encoding key");
        assertEquals("abc", e.get("rack.input"), "while the server framed the body by Content-Length");
        assertTrue(noted(e, "smuggling risk"));
        RackEnv both = env("GET / HTTP/1.1\r\nHost: h\r\nX-Forwarded-For: 1.1.1.1\r\nX_Forwarded_For: 6.6.6.6\r\n\r\n");
        assertEquals("1.1.1.1, 6.6.6.6", both.get("HTTP_X_FORWARDED_FOR"));
        assertTrue(noted(both, "2 fields merged"));
    }

    @Test void mergedDroppedAndRiskyFields() {
        RackEnv e = env("GET / HTTP/1.1\r\nHost: h\r\nCookie: a=1\r\nAccept: x\r\nCookie: b=2\r\nAccept: y\r\nProxy: evil\r\n"
                + "Authorization: Basic eA==\r\n\r\n");
        assertEquals("a=1; b=2", e.get("HTTP_COOKIE"));
        assertEquals("x, y", e.get("HTTP_ACCEPT"));
        assertTrue(noted(e, "httpoxy"));
        assertTrue(noted(e, "SHOULD NOT pass Authorization"));
    }

    @Test void chunkedBodyIsDecodedIntoRackInput() {
        RackEnv e = env("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
        assertEquals("abcde", e.get("rack.input"));
        assertTrue(noted(e, "decoded chunk data (5 bytes from 3 chunks)"));
        assertTrue(noted(e, "HTTP_TRANSFER_ENCODING describes the hop"));
    }

    @Test void rubyLiteralsEscapeEveryByte() {
        assertEquals("\"a\\\"b\\\\c\\r\\n\\t\\x00\\xFF\\#{x}#y\"", EnvView.ruby("a\"b\\c\r\n\t\u0000\u00ff#{x}#y"));
    }

    @Test void responseTriple() {
        HttpMessage m = Parse.one(Parse.resp("HTTP/1.1 201 Created\r\nLocation: /widgets/42\r\nConnection: keep-alive\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n"));
        RackResponse r = RackResponse.of(m);
        assertEquals(201, r.status());
        assertEquals(List.of(new RackResponse.Header("Location", List.of("/widgets/42"))), r.headers());
        assertEquals("[\n  201,\n  {\n    \"Location\" => \"/widgets/42\"\n  },\n  [\"ok\"]\n]\n", EnvView.render(r).split("note: ")[0]);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Transfer-Encoding: chunked is added by the server")));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Rack 3 wants lower-case header names (\"location\", not \"Location\")")));
    }

    @Test void repeatedFieldsAreOneKeyWithAnArray() {
        RackResponse r = RackResponse.of(Parse.one(Parse.resp("HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\ncontent-length: 0\r\n"
                + "Set-Cookie: b=2\r\n\r\n")));
        String ruby = EnvView.render(r);
        assertEquals("[\n  200,\n  {\n    \"Set-Cookie\" => [\"a=1\", \"b=2\"],\n    \"content-length\" => \"0\"\n  },\n  [\"\"]\n]\n",
                ruby.split("note: ")[0]);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("2 Set-Cookie fields: one key with an array of values")), ruby);
        RackResponse lower = RackResponse.of(Parse.one(Parse.resp("HTTP/1.1 204 No Content\r\nx-a: 1\r\n\r\n")));
        assertTrue(lower.notes().stream().noneMatch(n -> n.contains("lower-case")), "all names are lower-case already: no note");
    }
}
