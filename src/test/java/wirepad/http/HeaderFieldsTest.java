package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static wirepad.http.Parse.at;
import static wirepad.http.Parse.b;
import static wirepad.http.Parse.one;
import static wirepad.http.Parse.req;
import static wirepad.http.Parse.text;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Field lines are kept exactly as received: raw name case, order, duplicates, spans (RFC 9112 §5). */
class HeaderFieldsTest {
    @Test
    void keptExactlyInOrderWithDuplicates() {
        String in = "GET / HTTP/1.1\r\nhOsT: a\r\nX-Dup: 1\r\nAccept: */*\r\nx-dup: 2\r\nX-DUP: 3\r\n\r\n";
        HttpMessage m = one(req(in));
        List<String> names = m.headers().stream().map(HeaderField::name).toList();
        assertEquals(List.of("hOsT", "X-Dup", "Accept", "x-dup", "X-DUP"), names);
        assertEquals(List.of("1", "2", "3"), m.all("x-DUP").stream().map(HeaderField::value).toList());
        assertEquals("a", m.header("host"));
    }

    @Test
    void spansPointAtTheInput() {
        String in = "GET / HTTP/1.1\r\nHost:example.org\r\nX-A: \t spaced value \t\r\nEmpty:\r\n\r\n";
        byte[] bytes = b(in);
        HttpMessage m = one(req(in));
        HeaderField host = m.headers().get(0);
        assertEquals(at(in, "Host:"), host.line().start());
        assertEquals("Host:example.org", text(bytes, host.line()));
        assertEquals("Host", text(bytes, host.nameSpan()));
        assertEquals("example.org", text(bytes, host.valueSpan()));
        HeaderField xa = m.headers().get(1);
        assertEquals("spaced value", xa.value());
        assertEquals(at(in, "spaced"), xa.valueSpan().start());
        assertEquals("X-A: \t spaced value \t", text(bytes, xa.line()));
        HeaderField empty = m.headers().get(2);
        assertEquals("", empty.value());
        assertEquals(0, empty.valueSpan().length());
        assertEquals(m.head().end(), bytes.length);
    }

    @Test
    void valuesMayHoldObsTextAndInnerWhitespace() {
        HttpMessage m = one(req("GET / HTTP/1.1\r\nHost: h\r\nX: caf\u00e9 \t au lait\r\n\r\n"));
        assertEquals("caf\u00e9 \t au lait", m.header("X"));
    }

    @Test
    void tokenCharactersAreAllowedInNames() {
        HttpMessage m = one(req("GET / HTTP/1.1\r\nHost: h\r\n!#$%&'*+-.^_`|~09azAZ: v\r\n\r\n"));
        assertEquals("!#$%&'*+-.^_`|~09azAZ", m.headers().get(1).name());
    }

    @Test
    void colonsInsideTheValueStay() {
        HttpMessage m = one(req("GET / HTTP/1.1\r\nHost: h:80\r\nX: a: b:\r\n\r\n"));
        assertEquals("h:80", m.header("host"));
        assertEquals("a: b:", m.header("x"));
    }

    @Test
    void headSpanEndsAfterTheEmptyLine() {
        String in = "GET / HTTP/1.1\r\nHost: h\r\n\r\n";
        HttpMessage m = one(req(in));
        assertEquals(0, m.head().start());
        assertEquals(in.length(), m.head().end());
        assertEquals(0, m.bodySpan().length());
    }
}
