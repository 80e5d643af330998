package wirepad.server;

import java.nio.charset.StandardCharsets;
import wirepad.http.HeaderField;
import wirepad.http.HttpMessage;

/**
 * {@code Expect: 100-continue} (RFC 9110 §10.1.1): the client waits for a {@code 100 Continue}
 * before it sends the body, so a server answers it as soon as the head is read, unless the head
 * already decides the final status. A 100-continue in an HTTP/1.0 request MUST be ignored.
 */
final class Expect {
    private Expect() {}

    static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    /** Whether this request waits for a 100 Continue before sending its body. */
    static boolean continues(HttpMessage head) {
        if (!head.version().equals("HTTP/1.1")) return false;
        for (HeaderField f : head.all("Expect"))
            for (String token : f.value().split(","))
                if (token.strip().equalsIgnoreCase("100-continue")) return true;
        return false;
    }
}
