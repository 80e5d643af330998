package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.bytes.Hex;

/**
 * Issue #11, the decoder: each disagreement with dnspython, Wireshark, ldns, BIND's and Knot's
 * tools, as the exact bytes. Every message is decoded whole and byte by byte ({@link Decode#both}).
 */
class DecoderConformanceTest {
    /** Header of a response: id 1, flags qr rd ra, then the counts. */
    static String header(int qd, int an, int ns, int ar) { return String.format("0001 8180 %04x %04x %04x %04x ", qd, an, ns, ar); }

    /** One answer record owned by the root: type, class, TTL 60, and the RDATA hex. */
    static String rr(int type, int cls, String rdata) {
        byte[] d = Hex.parse(rdata);
        return String.format("00 %04x %04x 0000003c %04x %s ", type, cls, d.length, rdata);
    }

    static Rdata answer(int type, String rdata) throws DnsFormatException {
        return Decode.both(header(0, 1, 0, 0) + rr(type, 1, rdata)).answers().get(0).data();
    }

    @Test void caaTagOfMoreThan15Octets() throws DnsFormatException {
        // RFC 8659 §4.1: tag length 1..255 (RFC 6844 said 15); a 20-letter tag
        String tag = "abcdefghijklmnopqrst";
        Rdata d = answer(257, "00 14 " + Hex.of(tag.getBytes()) + " 78");
        assertEquals("0 abcdefghijklmnopqrst \"x\"", d.presentation());
        assertEquals(d, RdataText.parse(257, d.presentation(), Name.ROOT));
        DnsFormatException zero = assertThrows(DnsFormatException.class, () -> answer(257, "00 00 78"));
        assertTrue(zero.getMessage().contains("CAA tag length 0 (must be 1..255, RFC 8659 §4.1)"), zero.getMessage());
    }

    @Test void ipv4MappedAaaaPrintsADottedQuad() throws DnsFormatException {
        assertEquals("::ffff:192.0.2.1", answer(28, "00000000000000000000ffffc0000201").presentation());
        // not mapped: ::c000:201 (IPv4-compatible is deprecated and printed as hex) and ::fffe:c000:201
        assertEquals("::c000:201", answer(28, "000000000000000000000000c0000201").presentation());
        assertEquals("::fffe:c000:201", answer(28, "00000000000000000000fffec0000201").presentation());
        assertEquals(Rdata.AAAA.of("::ffff:192.0.2.1"), RdataText.parse(28, "::ffff:192.0.2.1", Name.ROOT));
    }

    @Test void paddingBytesAndInvalidUtf8InEdeSurviveARoundTrip() throws DnsFormatException {
        // OPT with PADDING of 3 non-zero bytes and EDE 18 whose text is "a", 0xff, "b" (not UTF-8)
        String hex = header(0, 0, 0, 1) + rr(41, 1232, "000c 0003 01ff02 000f 0005 0012 61ff62");
        Message m = Decode.both(hex);
        List<EdnsOption> o = m.edns().options();
        assertArrayEquals(new byte[] {1, (byte) 0xff, 2}, ((EdnsOption.Padding) o.get(0)).data());
        assertEquals("PADDING=3 (not zeros: 01ff02)", o.get(0).presentation());
        assertArrayEquals(new byte[] {'a', (byte) 0xff, 'b'}, ((EdnsOption.ExtendedError) o.get(1)).extraText());
        assertEquals("EDE=18 (\"a\\xffb\")", o.get(1).presentation());
        assertEquals(Hex.of(Hex.parse(hex)), Hex.of(Builder.encode(m)), "re-encoded byte for byte");
    }

    @Test void keepaliveOption() throws DnsFormatException {
        // RFC 7828 §3.1: empty from a client, a 16-bit timeout in 100 ms units from a server
        Message m = Decode.both(header(0, 0, 0, 1) + rr(41, 1232, "000b 0000 000b 0002 012c"));
        assertEquals(List.of(new EdnsOption.Keepalive(-1), new EdnsOption.Keepalive(300)), m.edns().options());
        assertEquals("KEEPALIVE", m.edns().options().get(0).presentation());
        assertEquals("KEEPALIVE=300 (30.0 s)", m.edns().options().get(1).presentation());
        DnsFormatException e = assertThrows(DnsFormatException.class, () -> Parser.parse(Hex.parse(header(0, 0, 0, 1) + rr(41, 1232, "000b 0001 01"))));
        assertTrue(e.getMessage().contains("KEEPALIVE length 1 (must be 0 or 2, RFC 7828 §3.1)"), e.getMessage());
    }

    @Test void aSecondOptStaysInTheAdditionalRecords() throws DnsFormatException {
        Message m = Decode.both(header(0, 0, 0, 2) + rr(41, 1232, "") + rr(41, 512, "000a 0008 0102030405060708"));
        assertEquals(1, m.warnings().size());
        assertEquals(1232, m.edns().udpSize());
        List<ResourceRecord> rest = m.additionalWithoutOpt();
        assertEquals(1, rest.size(), "ARCOUNT 2 = the EDNS OPT + the one listed");
        assertEquals(512, rest.get(0).rclass());
    }
}
