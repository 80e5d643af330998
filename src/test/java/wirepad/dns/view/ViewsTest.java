package wirepad.dns.view;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.dns.Builder;
import wirepad.dns.Edns;
import wirepad.dns.Header;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Question;
import wirepad.dns.RRType;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;

class ViewsTest {
    static Message sample() {
        return new Message(Header.query(4660).response(true, 3), List.of(Question.of("www.example.lab", RRType.A)),
                List.of(ResourceRecord.in("www.example.lab", 300, Rdata.A.of("192.0.2.7")),
                        ResourceRecord.in("www.example.lab", 60, new Rdata.MX(10, Name.parse("mail.example.lab")))),
                List.of(), List.of(Edns.of(1232, List.of()).toRecord()));
    }

    @Test void digText() {
        String text = DigText.format(sample(), new DigText.Meta(1500L, "127.0.0.1#53(127.0.0.1)", "UDP", null, 99));
        assertEquals("""
                ;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 4660
                ;; flags: qr aa rd; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1

                ;; OPT PSEUDOSECTION:
                ; EDNS: version: 0, flags:; udp: 1232
                ;; QUESTION SECTION:
                ;www.example.lab.\tIN\tA

                ;; ANSWER SECTION:
                www.example.lab.\t300\tIN\tA\t192.0.2.7
                www.example.lab.\t60\tIN\tMX\t10 mail.example.lab.

                ;; Query time: 1.500 msec
                ;; SERVER: 127.0.0.1#53(127.0.0.1) (UDP)
                ;; MSG SIZE  rcvd: 99
                """, text);
        assertEquals("192.0.2.7\n10 mail.example.lab.\n", DigText.shortForm(sample()));
    }

    @Test void json() {
        assertEquals("{\"header\":{\"id\":4660,\"opcode\":\"QUERY\",\"flags\":[\"qr\",\"aa\",\"rd\"],\"rcode\":\"NXDOMAIN\"},"
                + "\"question\":[{\"name\":\"www.example.lab.\",\"type\":\"A\",\"class\":\"IN\"}],"
                + "\"answer\":[{\"name\":\"www.example.lab.\",\"type\":\"A\",\"class\":\"IN\",\"ttl\":300,\"data\":\"192.0.2.7\"},"
                + "{\"name\":\"www.example.lab.\",\"type\":\"MX\",\"class\":\"IN\",\"ttl\":60,\"data\":\"10 mail.example.lab.\"}],"
                + "\"authority\":[],\"additional\":[],\"edns\":{\"version\":0,\"udp\":1232,\"do\":false,\"options\":[]}}",
                DnsJson.write(sample()));
    }

    @Test void annotatedViewLabelsFlagsAndPointers() {
        String v = Annotate.render(Builder.encode(sample()));
        assertTrue(v.contains("└ 0000..0002 header.id 4660"), v);
        assertTrue(v.contains("  | 1| 0  0  0  0| 1| 0| 1| 0| 0| 0| 0| 0  0  1  1|"), v);
        assertTrue(v.contains("answer[0].name.pointer -> 0x000c (www.example.lab.) saves 15 bytes"), v);
        assertTrue(v.contains("answer[1].exchange.pointer -> 0x0010 (example.lab.) saves 11 bytes"), v);
        assertTrue(v.contains("3 pointers saved 41 bytes"), v);
        assertFalse(v.contains("error"), v);
    }

    @Test void annotatedViewOfBrokenBytesShowsWhatDecodedAndWhere() {
        byte[] wire = Builder.encode(sample());
        byte[] cut = java.util.Arrays.copyOf(wire, 40);
        String v = Annotate.render(cut);
        assertTrue(v.contains("question[0].class"), v);
        assertTrue(v.contains("error: offset 0x0027 (39), answer[0].ttl: truncated"), v);
    }

    @Test void flagsDiagramBitPositions() {
        String d = FlagsDiagram.render(0x0200 | 0x0010);
        assertTrue(d.contains("| 0| 0  0  0  0| 0| 1| 0| 0| 0| 0| 1| 0  0  0  0|"), d);
        assertTrue(d.contains("TC=1 truncated"), d);
        assertTrue(d.contains("CD=1 checking disabled"), d);
    }

    @Test void warningsAreShownInEveryView() throws Exception {
        // a query with two OPT records: the views say so, with the offset and the RFC
        byte[] wire = wirepad.bytes.Hex.parse("0001 0100 0001 0000 0000 0002 016100 0001 0001 00 0029 04d0 00000000 0000 00 0029 0200 00000000 0000");
        Message m = wirepad.dns.Parser.parse(wire);
        String warning = "offset 0x001e (30), additional[1]: a second OPT record (the first is at offset 0x0013)";
        String dig = DigText.format(m, DigText.Meta.NONE);
        assertTrue(dig.startsWith(";; WARNING: " + warning), dig);
        assertTrue(dig.contains("RFC 6891 §6.1.1)\n;; ->>HEADER<<-"), dig);
        String json = DnsJson.write(m);
        assertTrue(json.startsWith("{\"warnings\":[\"" + warning), json);
        String annotated = Annotate.render(wire);
        assertTrue(annotated.contains("\nwarning: " + warning), annotated);
        assertFalse(annotated.contains("error:"), annotated);
        assertFalse(DigText.format(sample(), DigText.Meta.NONE).contains("WARNING"));
        assertFalse(DnsJson.write(sample()).contains("warnings"));
    }

    @Test void aSecondOptStaysVisibleInJsonWithItsWarning() throws Exception {
        // issue #11: ARCOUNT 2, two OPT records; the first is "edns", the second stays in "additional"
        byte[] wire = wirepad.bytes.Hex.parse("0001 8180 0000 0000 0000 0002 00 0029 04d0 00000000 0000 00 0029 0200 00000000 0000");
        String json = DnsJson.write(wirepad.dns.Parser.parse(wire));
        assertTrue(json.startsWith("{\"warnings\":[\"offset 0x0017 (23), additional[1]: a second OPT record"), json);
        assertTrue(json.contains("\"additional\":[{\"name\":\".\",\"type\":\"OPT\",\"class\":\"CLASS512\",\"ttl\":0,\"data\":\"\"}]"), json);
        assertTrue(json.contains("\"edns\":{\"version\":0,\"udp\":1232"), json);
    }

    /** An UPDATE for example.lab: prereq "www.example.lab. NONE ANY", update "delete www A 192.0.2.2". */
    static final String UPDATE = "0001 2800 0001 0001 0001 0000 07 6578616d706c65 036c6162 00 0006 0001"
            + " 03 777777 c00c 00ff 00fe 00000000 0000 c01d 0001 00fe 00000000 0004 c0000202";

    @Test void updateSectionsAndOperations() throws Exception {
        wirepad.dns.Message m = wirepad.dns.Parser.parse(wirepad.bytes.Hex.parse(UPDATE));
        String text = DigText.format(m, DigText.Meta.NONE);
        assertTrue(text.contains(";; flags: ; ZONE: 1, PREREQ: 1, UPDATE: 1, ADDITIONAL: 0"), text);
        assertTrue(text.contains(";; ZONE SECTION:\n;example.lab.\tIN\tSOA\n"), text);
        assertTrue(text.contains(";; PREREQUISITE SECTION:\nwww.example.lab.\t0\tNONE\tANY\t\t; name is not in use (RFC 2136 §2.4.5)\n"), text);
        assertTrue(text.contains(";; UPDATE SECTION:\nwww.example.lab.\t0\tNONE\tA\t192.0.2.2\t; delete an RR from an RRset (RFC 2136 §2.5.4)\n"), text);
        String json = DnsJson.write(m);
        assertTrue(json.contains("\"zone\":[{\"name\":\"example.lab.\",\"type\":\"SOA\",\"class\":\"IN\"}],\"prereq\":[{"), json);
        assertTrue(json.contains("\"operation\":\"delete an RR from an RRset (RFC 2136 \\u00a72.5.4)\""), json);
        assertFalse(json.contains("\"question\""), json);
        String v = Annotate.render(wirepad.bytes.Hex.parse(UPDATE));
        assertTrue(v.contains("header.prcount 1"), v);
        assertTrue(v.contains("update[0].address 192.0.2.2"), v);
    }

    @Test void annotatedModernTypesNameTheirFields() {
        // DNSKEY 257 3 13 and an RRSIG over it: key tag, algorithm and times in the notes
        byte[] wire = wirepad.bytes.Hex.parse("0001 8180 0000 0002 0000 0000"
                + " 00 0030 0001 0000003c 000c 0101 03 0d 0102030405060708"
                + " 00 002e 0001 0000003c 0016 0030 0d 00 00000e10 6a000000 69000000 3039 00 0a0b0c");
        String v = Annotate.render(wire);
        assertTrue(v.contains("answer[0].algorithm 13 (ECDSAP256SHA256)"), v);
        assertTrue(v.contains("answer[0].public_key 8 bytes, key tag "), v);
        assertTrue(v.contains("(zone sep)"), v);
        assertTrue(v.contains("answer[1].type_covered 48 (DNSKEY)"), v);
        assertTrue(v.contains("answer[1].expiration 1778384896 (20260510034816 UTC)"), v);
        assertTrue(v.contains("answer[1].signer.root"), v);
    }
}
