package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every record type: encode, decode, compare; presentation text parses back to the same RDATA. */
class RdataRoundTripTest {
    static final Name ORIGIN = Name.parse("example.lab.");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Rdata.A.of("192.0.2.1"), "192.0.2.1"),
                Arguments.of(Rdata.AAAA.of("2001:db8::53"), "2001:db8::53"),
                Arguments.of(new Rdata.NS(Name.parse("ns1.example.lab")), "ns1.example.lab."),
                Arguments.of(new Rdata.CNAME(Name.parse("www.example.lab")), "www.example.lab."),
                Arguments.of(new Rdata.PTR(Name.parse("host.example.lab")), "host.example.lab."),
                Arguments.of(new Rdata.MX(10, Name.parse("mail.example.lab")), "10 mail.example.lab."),
                Arguments.of(new Rdata.SOA(Name.parse("ns1.example.lab"), Name.parse("hostmaster.example.lab"),
                        2024010101L, 7200, 3600, 1209600, 300),
                        "ns1.example.lab. hostmaster.example.lab. 2024010101 7200 3600 1209600 300"),
                Arguments.of(Rdata.TXT.of("v=spf1 -all", "second \"quoted\" string"),
                        "\"v=spf1 -all\" \"second \\\"quoted\\\" string\""),
                Arguments.of(new Rdata.TXT(List.of(new byte[] {0, 'a', (byte) 0xff})), "\"\\000a\\255\""),
                Arguments.of(new Rdata.SRV(0, 5, 5060, Name.parse("sip.example.lab")), "0 5 5060 sip.example.lab."),
                Arguments.of(new Rdata.CAA(0, "issue", "ca.example.net".getBytes()), "0 issue \"ca.example.net\""),
                Arguments.of(new Rdata.CAA(128, "tbs", new byte[0]), "128 tbs \"\""),
                Arguments.of(new Rdata.Unknown(65, new byte[] {0x0a, 0x0b, 0x0c, 0x0d}), "\\# 4 0a0b0c0d"),
                Arguments.of(new Rdata.Unknown(4000, new byte[0]), "\\# 0"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void wireRoundTrip(Rdata data, String text) throws DnsFormatException {
        assertEquals(text, data.presentation());
        for (boolean compress : new boolean[] {true, false}) {
            ResourceRecord rr = new ResourceRecord(Name.parse("x.example.lab"), 1, 3600, data);
            Message m = new Message(Header.query(7).response(true, 0), List.of(new Question(rr.name(), rr.type(), 1)),
                    List.of(rr), List.of(), List.of());
            byte[] wire = Builder.encode(m, compress);
            Message back = Parser.parse(wire);
            assertEquals(m, back);
            assertEquals(rr.presentation(), back.answers().get(0).presentation());
            assertArrayEquals(wire, Builder.encode(back, compress), "re-encoding is stable");
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void textRoundTrip(Rdata data, String text) {
        assertEquals(data, RdataText.parse(data.type(), text, ORIGIN));
    }

    @Test void genericFormWorksForKnownTypesToo() {
        assertEquals(Rdata.A.of("10.0.0.1"), RdataText.parse(1, "\\# 4 0a000001", ORIGIN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RdataText.parse(1, "\\# 3 0a0000", ORIGIN));
        assertTrue(e.getMessage().contains("must be 4 bytes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RdataText.parse(65, "\\# 2 0a", ORIGIN));
    }

    @Test void relativeNamesInRdataTakeTheOrigin() {
        assertEquals(new Rdata.MX(5, Name.parse("mail.example.lab.")), RdataText.parse(15, "5 mail", ORIGIN));
        assertEquals(new Rdata.CNAME(ORIGIN), RdataText.parse(5, "@", ORIGIN));
    }

    @Test void ednsRoundTripWithEveryOption() throws DnsFormatException {
        List<EdnsOption> opts = List.of(
                new EdnsOption.Nsid("ns1".getBytes()),
                new EdnsOption.Cookie(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, new byte[] {9, 9, 9, 9, 9, 9, 9, 9}),
                new EdnsOption.ClientSubnet(1, 24, 0, new byte[] {(byte) 192, 0, 2}),
                new EdnsOption.Padding(11),
                new EdnsOption.ExtendedError(18, "prohibited"),
                new EdnsOption.Generic(65001, new byte[] {(byte) 0xde, (byte) 0xad}));
        Edns edns = new Edns(1232, 1, 0, true, 0, opts);
        Message m = Message.query(0x1234, Question.of("example.lab", RRType.A), edns);
        Message back = Parser.parse(Builder.encode(m));
        assertEquals(edns, back.edns());
        assertEquals(16, back.rcode(), "extended rcode 1 << 4 | header 0 = BADVERS");
        assertEquals("NSID=6e7331 (\"ns1\") COOKIE=01020304050607080909090909090909 CLIENT-SUBNET=192.0.2.0/24/0 "
                + "PADDING=11 EDE=18 (\"prohibited\") OPT65001=dead", back.additional().get(0).data().presentation());
    }

    @Test void headerFlagsRoundTrip() throws DnsFormatException {
        for (int bit = 0; bit < 16; bit++) {
            int flags = 1 << bit;
            Header h = Header.fromFlags(0xbeef, flags);
            assertEquals(flags, h.flags());
            Message back = Parser.parse(Builder.encode(new Message(h, List.of(), List.of(), List.of(), List.of())));
            assertEquals(h, back.header());
        }
    }
}
