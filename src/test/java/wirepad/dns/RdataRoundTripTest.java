package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import wirepad.bytes.Hex;

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
                Arguments.of(new Rdata.CAA(0, "a".repeat(200), new byte[] {'x'}), "0 " + "a".repeat(200) + " \"x\""),
                Arguments.of(Rdata.AAAA.of("::ffff:192.0.2.1"), "::ffff:192.0.2.1"),
                Arguments.of(new Rdata.HINFO("INTEL-386".getBytes(), "Linux 6".getBytes()), "\"INTEL-386\" \"Linux 6\""),
                Arguments.of(new Rdata.URI(10, 1, "ftp://ftp1.example.com/public".getBytes()), "10 1 \"ftp://ftp1.example.com/public\""),
                Arguments.of(new NameRdata.Dname(Name.parse("other.lab")), "other.lab."),
                Arguments.of(new NameRdata.Rp(Name.parse("louie.trantor.umd.edu"), Name.parse("lam1.people.umd.edu")),
                        "louie.trantor.umd.edu. lam1.people.umd.edu."),
                Arguments.of(new NameRdata.Afsdb(1, Name.parse("afs.example.lab")), "1 afs.example.lab."),
                Arguments.of(new NameRdata.Rt(10, Name.parse("relay.example.lab")), "10 relay.example.lab."),
                Arguments.of(new NameRdata.Px(10, Name.parse("net2.it"), Name.parse("PRMD-net2.ADMD-p400.C-it")), "10 net2.it. PRMD-net2.ADMD-p400.C-it."),
                Arguments.of(new NameRdata.Naptr(100, 10, "S".getBytes(), "SIP+D2U".getBytes(), new byte[0], Name.parse("_sip._udp.example.lab")),
                        "100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.lab."),
                Arguments.of(new DnssecRdata.Ds(43, 60485, 5, 1, Hex.parse("2bb183af5f22588179a53b0a98631fad1a292118")),
                        "60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118"),
                Arguments.of(new DnssecRdata.Ds(59, 0, 0, 0, new byte[] {0}), "0 0 0 00"),
                Arguments.of(new DnssecRdata.Dnskey(48, 257, 3, 13, Hex.parse("0102030405060708")), "257 3 13 AQIDBAUGBwg="),
                Arguments.of(new DnssecRdata.Dnskey(60, 0, 3, 0, new byte[] {0}), "0 3 0 AA=="),
                Arguments.of(new DnssecRdata.Rrsig(46, 1, 13, 3, 3600, 1767225600L, 1764547200L, 12345, Name.parse("example.lab"), Hex.parse("0a0b0c")),
                        "A 13 3 3600 20260101000000 20251201000000 12345 example.lab. CgsM"),
                Arguments.of(new DnssecRdata.Rrsig(24, 0, 8, 0, 0, 1767225600L, 1764547200L, 7, Name.parse("example.lab"), Hex.parse("0a")),
                        "TYPE0 8 0 0 20260101000000 20251201000000 7 example.lab. Cg=="),
                Arguments.of(new DnssecRdata.Zonemd(2024010101L, 1, 1, Hex.parse("00112233445566778899aabbccddeeff")),
                        "2024010101 1 1 00112233445566778899AABBCCDDEEFF"),
                Arguments.of(new DenialRdata.Nsec(Name.parse("host.example.lab"), new int[] {1, 15, 46, 47, 1234}),
                        "host.example.lab. A MX RRSIG NSEC TYPE1234"),
                Arguments.of(new DenialRdata.Nsec3(1, 1, 12, Hex.parse("aabbccdd"), Hex.parse("1234567890abcdef1234567890abcdef12345678"), new int[] {1, 46}),
                        "1 1 12 AABBCCDD 28Q5CU4GLF6UU4HKAPS91AUDTS938LJO A RRSIG"),
                Arguments.of(new DenialRdata.Nsec3Param(1, 0, 0, new byte[0]), "1 0 0 -"),
                Arguments.of(new DenialRdata.Csync(66, 3, new int[] {1, 2, 28}), "66 3 A NS AAAA"),
                Arguments.of(new DenialRdata.Nxt(Name.parse("medium.foo.tld"), new int[] {1, 24, 30}), "medium.foo.tld. A SIG NXT"),
                Arguments.of(new FingerprintRdata.Sshfp(4, 2, Hex.parse("0123456789abcdef")), "4 2 0123456789ABCDEF"),
                Arguments.of(new FingerprintRdata.Tlsa(3, 1, 1, Hex.parse("d2abde240d7cd3ee")), "3 1 1 D2ABDE240D7CD3EE"),
                Arguments.of(new SvcbRdata.Svcb(64, 0, Name.parse("pool.svc.example"), List.of()), "0 pool.svc.example."),
                Arguments.of(new SvcbRdata.Svcb(65, 1, Name.ROOT, List.of(
                        new SvcbRdata.Param(0, Hex.parse("00010003")), new SvcbRdata.Param(1, Hex.parse("026832026833")),
                        new SvcbRdata.Param(2, new byte[0]), new SvcbRdata.Param(3, Hex.parse("01bb")),
                        new SvcbRdata.Param(4, Hex.parse("c0000201c0000202")), new SvcbRdata.Param(5, Hex.parse("00010203")),
                        new SvcbRdata.Param(6, Hex.parse("20010db8000000000000000000000001")), new SvcbRdata.Param(65000, "hi".getBytes()))),
                        "1 . mandatory=alpn,port alpn=h2,h3 no-default-alpn port=443 ipv4hint=192.0.2.1,192.0.2.2 ech=AAECAw== ipv6hint=2001:db8::1 key65000=\"hi\""),
                Arguments.of(new SvcbRdata.Svcb(64, 16, Name.parse("foo.example.com"), List.of(new SvcbRdata.Param(1, Hex.parse("07662c6f6f626172026832")))),
                        "16 foo.example.com. alpn=f\\\\,oobar,h2"),
                Arguments.of(new LocRdata(0x12, 0x16, 0x13, (1L << 31) + 188_543_000L, (1L << 31) + 17_612_000L, 10_000_000L - 200),
                        "52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m"),
                Arguments.of(new TsigRdata(Name.parse("hmac-sha256"), 1733450000L, 300, Hex.parse("0102"), 4660, 0, new byte[0]),
                        "hmac-sha256. 1733450000 300 2 AQI= 4660 NOERROR 0"),
                Arguments.of(new TsigRdata(Name.parse("hmac-sha256"), 1733450000L, 300, new byte[0], 4660, 18, Hex.parse("000067523c10")),
                        "hmac-sha256. 1733450000 300 0 4660 BADTIME 6 AABnUjwQ"),
                Arguments.of(new Rdata.Unknown(260, new byte[] {0x0a, 0x0b, 0x0c, 0x0d}), "\\# 4 0a0b0c0d"),
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
        assertThrows(IllegalArgumentException.class, () -> RdataText.parse(260, "\\# 2 0a", ORIGIN));
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
