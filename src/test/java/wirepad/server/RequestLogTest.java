package wirepad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import wirepad.http.HttpMessage;
import wirepad.http.MessageParser;
import wirepad.http.ParseResult;
import wirepad.http.ParserOptions;
import wirepad.http.Role;
import wirepad.net.Endpoint;

/** The log shows the whole head and a bounded preview of the body, then counts the rest. */
class RequestLogTest {
    static HttpMessage parse(String s) {
        MessageParser p = new MessageParser(Role.REQUEST, ParserOptions.STRICT);
        p.feed(s.getBytes(StandardCharsets.ISO_8859_1));
        return ((ParseResult.Done) p.next()).message();
    }

    @Test void aLongBodyIsCutAfterThePreview() {
        String body = "a".repeat(1000);
        String log = RequestLog.flow(new Endpoint("127.0.0.1", 40138), new Endpoint("127.0.0.1", 8080),
                parse("PUT /u HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\n\r\n" + body));
        assertEquals("127.0.0.1.40138-127.0.0.1.08080: PUT /u HTTP/1.1␍␊\nHost: h␍␊\nContent-Length: 1000␍␊\n␍␊\n"
                + "a".repeat(RequestLog.PREVIEW) + "\n… " + (1000 - RequestLog.PREVIEW) + " more bytes\n", log);
    }

    @Test void aShortBodyIsShownWhole() {
        String log = RequestLog.flow(new Endpoint("127.0.0.1", 40138), new Endpoint("127.0.0.1", 8080),
                parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nx\ry"));
        assertEquals("127.0.0.1.40138-127.0.0.1.08080: POST / HTTP/1.1␍␊\nHost: h␍␊\nContent-Length: 3␍␊\n␍␊\nx␍y", log);
    }
}
