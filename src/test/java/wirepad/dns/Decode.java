package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import wirepad.bytes.Hex;

/**
 * Test helper: decodes a message whole and again after it arrived one byte at a time over TCP
 * framing (RFC 1035 §4.2.2); both must agree, field by field and in presentation form.
 */
final class Decode {
    private Decode() {}

    static Message both(String hex) throws DnsFormatException {
        byte[] wire = Hex.parse(hex);
        assertNotNull(wire, "test hex");
        return both(wire);
    }

    /** Decodes {@code wire} whole and split; a message that fails must fail the same way both times. */
    static Message both(byte[] wire) throws DnsFormatException {
        Message whole;
        try {
            whole = Parser.parse(wire);
        } catch (DnsFormatException e) {
            DnsFormatException split = assertThrows(DnsFormatException.class, () -> Parser.parse(split(wire)));
            assertEquals(e.getMessage(), split.getMessage(), "the same error whole and split");
            throw e;
        }
        Message split = Parser.parse(split(wire));
        assertEquals(whole, split);
        assertEquals(text(whole), text(split));
        return whole;
    }

    /** The message after it went through TCP framing one byte at a time. */
    private static byte[] split(byte[] wire) {
        TcpFramer f = new TcpFramer();
        byte[] framed = TcpFramer.frame(wire);
        byte[] got = null;
        for (int i = 0; i < framed.length; i++) {
            assertNull(got, "a frame before its last byte");
            f.feed(framed, i, 1);
            got = f.next();
        }
        assertNotNull(got, "the frame after its last byte");
        return got;
    }

    static String text(Message m) {
        StringBuilder sb = new StringBuilder();
        for (var l : java.util.List.of(m.answers(), m.authority(), m.additional()))
            for (ResourceRecord rr : l) sb.append(rr.presentation()).append('\n');
        return sb.toString();
    }
}
