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
        Parser p = new Parser(Hex.parse(hex), true);
        p.message();
        assertTrue(p.labels().stream().anyMatch(l -> l.name().equals("additional[0].option[1].info_code") && l.note().equals("18 (Prohibited)")),
                p.labels().toString());
    }

    @Test void keepaliveOption() throws DnsFormatException {
        // RFC 7828 §3.1: empty from a client, a 16-bit timeout in 100 ms units from a server
        Message m = Decode.both(header(0, 0, 0, 1) + rr(41, 1232, "000b 0000 000b 0002 012c"));
        assertEquals(List.of(new EdnsOption.Keepalive(-1), new EdnsOption.Keepalive(300)), m.edns().options());
        assertEquals("KEEPALIVE", m.edns().options().get(0).presentation());
        assertEquals("KEEPALIVE=300 (30.0 s)", m.edns().options().get(1).presentation());
        DnsFormatException e = assertThrows(DnsFormatException.class, () -> Decode.both(Hex.parse(header(0, 0, 0, 1) + rr(41, 1232, "000b 0001 01"))));
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

    static String presentation(String hex) throws DnsFormatException {
        return Decode.text(Decode.both(hex));
    }

    @Test void classSpecificRdata() throws DnsFormatException {
        // A in class CH: a domain name (here "ch.", 02 63 68 00) and a 16-bit address, 0x0123, printed in octal
        assertEquals(".\t60\tCH\tA\tch. 443\n", presentation(header(0, 1, 0, 0) + rr(1, 3, "02636800 0123")));
        // A in HS, AAAA in CH: no layout in that class, RFC 3597 generic (never the IN layout)
        assertEquals(".\t60\tHS\tA\t\\# 4 c0000201\n", presentation(header(0, 1, 0, 0) + rr(1, 4, "c0000201")));
        assertEquals(".\t60\tCH\tAAAA\t\\# 4 c0000201\n", presentation(header(0, 1, 0, 0) + rr(28, 3, "c0000201")));
        assertEquals(".\t60\tCLASS9\tSRV\t\\# 3 010203\n", presentation(header(0, 1, 0, 0) + rr(33, 9, "010203")));
        // TXT is the same in every class (version.bind CH TXT)
        assertEquals(".\t60\tCH\tTXT\t\"9.18\"\n", presentation(header(0, 1, 0, 0) + rr(16, 3, "04392e3138")));
        // a CH A of the wrong size is an error at the byte, not an IN address
        DnsFormatException e = assertThrows(DnsFormatException.class, () -> Decode.both(Hex.parse(header(0, 1, 0, 0) + rr(1, 3, "056162"))));
        assertTrue(e.getMessage().contains("answer[0].domain"), e.getMessage());
        // zone files: RdataText reads A in CH, refuses the IN layout in another class
        assertEquals(new ClassRdata.ChaosA(Name.parse("ch."), 0x123), RdataText.parse(1, 3, List.of("ch.", "443"), Name.ROOT));
        IllegalArgumentException z = assertThrows(IllegalArgumentException.class, () -> RdataText.parse(28, 3, List.of("::1"), Name.ROOT));
        assertTrue(z.getMessage().contains("AAAA has no layout in class CH"), z.getMessage());
        assertEquals(new Rdata.Unknown(28, new byte[] {1}), RdataText.parse(28, 3, List.of("\\#", "1", "01"), Name.ROOT));
    }

    /** An UPDATE for example.lab (RFC 2136): two prerequisites and three updates. */
    static final String UPDATE = "0001 2800 0001 0002 0003 0000"
            + " 07 6578616d706c65 036c6162 00 0006 0001"          // zone: example.lab. IN SOA
            + " c00c 0001 00ff 00000000 0000"                      // prereq: example.lab. ANY A (RRset exists)
            + " 03 777777 c00c 00ff 00fe 00000000 0000"            // prereq: www.example.lab. NONE ANY (name not in use)
            + " c029 0001 0001 0000012c 0004 c0000201"             // update: add www A 192.0.2.1
            + " c029 0001 00fe 00000000 0004 c0000202"             // update: delete www A 192.0.2.2 (class NONE, IN layout)
            + " c029 00ff 00ff 00000000 0000";                     // update: delete all RRsets at www

    @Test void updateRecordsOfClassAnyAndNone() throws DnsFormatException {
        Message m = Decode.both(UPDATE);
        assertEquals(new ClassRdata.Empty(1), m.answers().get(0).data());
        assertEquals(new ClassRdata.Empty(255), m.answers().get(1).data());
        assertEquals(Rdata.A.of("192.0.2.2"), m.authority().get(1).data(), "class NONE carries the zone's (IN) RDATA");
        assertEquals(254, m.authority().get(1).rclass());
        assertEquals(Hex.of(Hex.parse(UPDATE)), Hex.of(Builder.encode(m)), "re-encoded byte for byte");
        assertEquals("RRset exists, value independent (RFC 2136 §2.4.1)", Update.operation(Section.ANSWER, m.answers().get(0), 1));
        assertEquals("name is not in use (RFC 2136 §2.4.5)", Update.operation(Section.ANSWER, m.answers().get(1), 1));
        assertEquals("add to an RRset (RFC 2136 §2.5.1)", Update.operation(Section.AUTHORITY, m.authority().get(0), 1));
        assertEquals("delete an RR from an RRset (RFC 2136 §2.5.4)", Update.operation(Section.AUTHORITY, m.authority().get(1), 1));
        assertEquals("delete all RRsets from a name (RFC 2136 §2.5.3)", Update.operation(Section.AUTHORITY, m.authority().get(2), 1));
        // the decoder's field names follow RFC 2136 §2
        Parser p = new Parser(Hex.parse(UPDATE), true);
        p.message();
        List<String> names = p.labels().stream().map(wirepad.bytes.Label::name).toList();
        assertTrue(names.containsAll(List.of("header.zocount", "header.prcount", "header.upcount", "header.adcount",
                "zone[0].name.label", "prereq[1].type", "update[2].class")), names.toString());
        // outside an UPDATE, empty RDATA in class ANY decodes too
        assertEquals(".\t0\tANY\tA\t\n", presentation(header(0, 1, 0, 0) + "00 0001 00ff 00000000 0000"));
    }

    @Test void namesInsideRdataAreDecompressed() throws DnsFormatException {
        // RFC 3597 §4: a receiver decompresses names in NAPTR, RP, AFSDB, RT, SIG, PX, NXT (and SRV); c00c = example.lab.
        String q = "0001 8180 0001 0008 0000 0000 07 6578616d706c65 036c6162 00 00ff 0001 ";
        String hex = q + rr(35, 1, "0064 000a 0153 075349502b443255 00 c00c")
                + rr(17, 1, "04 6d61696c c00c c00c")
                + rr(18, 1, "0001 03 616673 c00c")
                + rr(21, 1, "000a c00c")
                + rr(24, 1, "0001 08 02 00000e10 6a000000 69000000 3039 c00c 0a0b")
                + rr(26, 1, "000a c00c 01 78 c00c")
                + rr(30, 1, "03 6e7874 c00c 40000082")
                + rr(33, 1, "0001 0002 0003 03 737276 c00c");
        assertEquals("""
                .\t60\tIN\tNAPTR\t100 10 "S" "SIP+D2U" "" example.lab.
                .\t60\tIN\tRP\tmail.example.lab. example.lab.
                .\t60\tIN\tAFSDB\t1 afs.example.lab.
                .\t60\tIN\tRT\t10 example.lab.
                .\t60\tIN\tSIG\tA 8 2 3600 20260510034816 20251027232800 12345 example.lab. Cgs=
                .\t60\tIN\tPX\t10 example.lab. x.example.lab.
                .\t60\tIN\tNXT\tnxt.example.lab. A SIG NXT
                .\t60\tIN\tSRV\t1 2 3 srv.example.lab.
                """, presentation(hex));
        // sent again, the names in these types are written out in full (RFC 3597 §4: no compression when sending)
        byte[] again = Builder.encode(Parser.parse(Hex.parse(hex)));
        assertEquals(Decode.text(Parser.parse(Hex.parse(hex))), Decode.text(Parser.parse(again)));
        assertFalse(Hex.of(again).substring(2 * 45).contains("c00c00"), "no pointer ends a name in RDATA");
    }

    @Test void dnssecRecordsFromBytes() throws DnsFormatException {
        String hex = header(0, 6, 0, 0)
                + rr(43, 1, "ec45 05 01 2bb183af5f22588179a53b0a98631fad1a292118")
                + rr(48, 1, "0101 03 0d 0102030405060708")
                + rr(46, 1, "0030 0d 00 00000e10 6a000000 69000000 3039 00 0a0b0c")
                + rr(47, 1, "04686f7374 00 00 07 6201800800 0380")
                + rr(50, 1, "01 01 000c 04 aabbccdd 14 1234567890abcdef1234567890abcdef12345678 00 06 40000000 0002")
                + rr(51, 1, "01 00 0000 00");
        Message m;
        try {
            m = Decode.both(hex);
        } catch (DnsFormatException e) {
            fail(e.getMessage());
            return;
        }
        List<String> data = m.answers().stream().map(rr -> rr.data().presentation()).toList();
        assertEquals("60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118", data.get(0));
        assertEquals("257 3 13 AQIDBAUGBwg=", data.get(1));
        assertEquals("DNSKEY 13 0 3600 20260510034816 20251027232800 12345 . CgsM", data.get(2));
        assertEquals("host. A NS SOA MX TXT AAAA RRSIG NSEC DNSKEY", data.get(3));
        assertEquals("1 1 12 AABBCCDD 28Q5CU4GLF6UU4HKAPS91AUDTS938LJO A RRSIG", data.get(4));
        assertEquals("1 0 0 -", data.get(5));
    }

    @Test void svcbFromBytesWithEveryKey() throws DnsFormatException {
        // HTTPS 1 . with mandatory, alpn, no-default-alpn, port, ipv4hint, ech, ipv6hint and key65000, in key order
        String rdata = "0001 00"
                + " 0000 0004 00010003"
                + " 0001 0006 026832 026833"
                + " 0002 0000"
                + " 0003 0002 01bb"
                + " 0004 0008 c0000201 c0000202"
                + " 0005 0004 00010203"
                + " 0006 0010 20010db8000000000000000000000001"
                + " fde8 0002 6869";
        assertEquals("1 . mandatory=alpn,port alpn=h2,h3 no-default-alpn port=443 ipv4hint=192.0.2.1,192.0.2.2 ech=AAECAw=="
                + " ipv6hint=2001:db8::1 key65000=\"hi\"", answer(65, rdata).presentation());
        // keys out of order: an error at the second key, RFC 9460 §2.2
        DnsFormatException e = assertThrows(DnsFormatException.class, () -> answer(64, "0001 00 0003 0002 01bb 0001 0003 026832"));
        assertTrue(e.getMessage().contains("answer[0].param[1].key: SvcParamKey alpn after port (keys must strictly increase, RFC 9460 §2.2)"), e.getMessage());
        assertEquals(12 + 11 + 3 + 6, e.offset());
        DnsFormatException port = assertThrows(DnsFormatException.class, () -> answer(64, "0001 00 0003 0001 01"));
        assertTrue(port.getMessage().contains("port: length 1 (must be 2, RFC 9460 §7.2)"), port.getMessage());
    }

    @Test void locTsigUriHinfoZonemdCsyncFromBytes() throws DnsFormatException {
        // RFC 1876 §3 example of the shape 52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m
        assertEquals("52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m", answer(29, "00 12 16 13 8b3cf018 810cbce0 009895b8").presentation());
        DnsFormatException size = assertThrows(DnsFormatException.class, () -> answer(29, "00 1a 16 13 8b3cf018 810cbce0 009895b8"));
        assertTrue(size.getMessage().contains("LOC size/precision byte 0x1a: mantissa and exponent must each be 0..9 (RFC 1876 §2)"), size.getMessage());
        assertEquals("\\# 3 010203", answer(29, "010203").presentation(), "LOC version 1: bytes (RFC 1876 §2 defines version 0 only)");
        assertEquals("hmac-sha256. 1733450000 300 2 AQI= 4660 BADTIME 0",
                answer(250, "0b686d61632d73686132353600 000067525910 012c 0002 0102 1234 0012 0000").presentation());
        assertEquals("10 1 \"ftp://x.lab/\"", answer(256, "000a 0001 6674703a2f2f782e6c61622f").presentation());
        assertEquals("\"INTEL-386\" \"Linux\"", answer(13, "09494e54454c2d333836 054c696e7578").presentation());
        assertEquals("2024010101 1 1 00112233445566778899AABB", answer(63, "78a3f175 01 01 00112233445566778899aabb").presentation());
        DnsFormatException md = assertThrows(DnsFormatException.class, () -> answer(63, "78a3f175 01 01 0011"));
        assertTrue(md.getMessage().contains("ZONEMD digest of 2 bytes (at least 12, RFC 8976 §2.2.4)"), md.getMessage());
        assertEquals("66 3 A NS AAAA", answer(62, "00000042 0003 00 04 60000008").presentation());
        DnsFormatException bitmap = assertThrows(DnsFormatException.class, () -> answer(62, "00000042 0003 01 01 40 00 01 40"));
        assertTrue(bitmap.getMessage().contains("window 0 after window 1 (windows go in increasing order, RFC 4034 §4.1.2)"), bitmap.getMessage());
        assertEquals("4 2 0123456789ABCDEF", answer(44, "04 02 0123456789abcdef").presentation());
        assertEquals("3 1 1 D2ABDE240D7CD3EE", answer(52, "03 01 01 d2abde240d7cd3ee").presentation());
        assertEquals("other.lab.", answer(39, "056f74686572036c616200").presentation());
    }
}
