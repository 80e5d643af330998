package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirepad.http.Parse.at;
import static wirepad.http.Parse.error;
import static wirepad.http.Parse.req;
import static wirepad.http.Parse.resp;

import org.junit.jupiter.api.Test;

/** The strict profile rejects, naming the offset, the rule and the RFC section. */
class StrictRejectsTest {
    private static final String GET = "GET / HTTP/1.1\r\nHost: h\r\n";

    private static ParseError bad(String fields, String atText, int plus, String rule) {
        String in = GET + fields + "\r\n";
        return error(req(in), at(in, atText) + plus, rule);
    }

    @Test
    void whitespaceBetweenNameAndColon() {
        ParseError e = bad("Content-Length : 0\r\n", "Content-Length :", 14, "RFC 9112 §5.1");
        assertTrue(e.message().contains("\"Content-Length :\""), e.message());
        assertTrue(e.message().contains("smuggling"), e.message());
        bad("X\t: 1\r\n", "X\t", 1, "RFC 9112 §5.1");
    }

    @Test
    void whitespaceInsideAName() {
        bad("Foo Bar: 1\r\n", "Foo Bar", 3, "RFC 9110 §5.1");
        bad("Foo \r\n", "Foo \r", 3, "RFC 9110 §5.1");
    }

    @Test
    void obsFold() {
        ParseError e = bad("X: a\r\n  b\r\n", "  b", 0, "RFC 9112 §5.2");
        assertTrue(e.message().contains("obs-fold"), e.message());
        bad("X: a\r\n\tb\r\n", "\tb", 0, "RFC 9112 §5.2");
    }

    @Test
    void whitespaceBeforeTheFirstField() {
        String in = "GET / HTTP/1.1\r\n Host: h\r\n\r\n";
        error(req(in), 16, "RFC 9112 §2.2");
    }

    @Test
    void bareLfEverywhere() {
        error(req("GET / HTTP/1.1\nHost: h\r\n\r\n"), 14, "RFC 9112 §2.2");
        error(req(GET + "X: 1\n\r\n"), GET.length() + 4, "RFC 9112 §2.2");
        error(req(GET + "\n"), GET.length(), "RFC 9112 §2.2");
        error(resp("HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n"), 15, "RFC 9112 §2.2");
    }

    @Test
    void bareCrAnywhere() {
        error(req("GET / HTTP/1.1\rHost: h\r\n\r\n"), 14, "RFC 9112 §2.2");
        error(req("GET /\rx HTTP/1.1\r\nHost: h\r\n\r\n"), 5, "RFC 9112 §2.2");
        error(req("GET\r/ HTTP/1.1\r\nHost: h\r\n\r\n"), 3, "RFC 9112 §2.2");
        bad("X: a\rb\r\n", "\rb", 0, "RFC 9112 §2.2");
        bad("X\r: a\r\n", "\r:", 0, "RFC 9112 §2.2");
        bad("\rX: a\r\n", "\rX", 0, "RFC 9112 §2.2");
        error(req(GET + "\r\r\n"), GET.length(), "RFC 9112 §2.2");
        error(resp("HTTP/1.1 200 O\rK\r\n\r\n"), 14, "RFC 9112 §2.2");
    }

    @Test
    void nulAndControlBytes() {
        ParseError e = bad("X: a\u0000b\r\n", "\u0000", 0, "RFC 9110 §5.5");
        assertTrue(e.message().contains("\\x00"), e.message());
        bad("X: a\u000bb\r\n", "\u000b", 0, "RFC 9110 §5.5");
        bad("X: a\u007fb\r\n", "\u007f", 0, "RFC 9110 §5.5");
        bad("X\u0000Y: a\r\n", "\u0000", 0, "RFC 9110 §5.1");
        bad("X\u0001: a\r\n", "\u0001", 0, "RFC 9110 §5.1");
    }

    @Test
    void invalidTokensInNames() {
        for (String n : new String[] {"X(Y)", "X\"Y", "X/Y", "X@Y", "X[Y", "X{Y", "X,Y", "X;Y", "X=Y", "X?Y", "X\\Y", "X\u00e9Y"})
            bad(n + ": a\r\n", n.substring(1), 0, "RFC 9110 §5.1");
        bad(": a\r\n", ": a", 0, "RFC 9110 §5.1");
        bad("NoColon\r\n", "NoColon", 7, "RFC 9112 §5");
    }

    @Test
    void invalidVersions() {
        error(req("GET / http/1.1\r\nHost: h\r\n\r\n"), 6, "RFC 9112 §2.3");
        error(req("GET / HTTP/2.0\r\nHost: h\r\n\r\n"), 11, "RFC 9112 §2.3");
        error(resp("HTTP/3.0 200 OK\r\n\r\n"), 5, "RFC 9112 §2.3");
    }
}
