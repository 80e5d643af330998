package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.bytes.Hex;
import wirepad.bytes.Label;

/** Hostile or broken input: every failure names offset and field, never hangs or over-allocates. */
class ParserGuardsTest {
    /** Header: id 0x0001, flags 0x8180 (qr rd ra), then counts. */
    static String header(int qd, int an, int ns, int ar) {
        return String.format("0001 8180 %04x %04x %04x %04x ", qd, an, ns, ar);
    }

    /** The message is rejected; so is (cleanly) every prefix of it. */
    static DnsFormatException fails(String hex) {
        byte[] b = Hex.parse(hex);
        assertNotNull(b, "test hex");
        MutationTest.everyPrefixFailsCleanly(b);
        return assertThrows(DnsFormatException.class, () -> Parser.parse(b));
    }

    @Test void truncatedHeader() {
        DnsFormatException e = fails("0001 8180 00");
        assertEquals(4, e.offset());
        assertEquals("header.qdcount", e.field());
        assertTrue(e.getMessage().contains("truncated: needs 2 bytes, only 1 left"), e.getMessage());
        assertTrue(e.getMessage().contains("\"\\x00\""), "quotes the bytes: " + e.getMessage());
    }

    @Test void countsAreNotTrusted() {
        DnsFormatException e = fails(header(65535, 65535, 65535, 65535));
        assertEquals(12, e.offset());
        assertEquals("question[0].name", e.field());
    }

    @Test void forwardPointerRejected() {
        // question name = pointer to 0x0e, which lies after the name's start (0x0c)
        DnsFormatException e = fails(header(1, 0, 0, 0) + "c00e 0000 0001 0001");
        assertEquals(12, e.offset());
        assertTrue(e.getMessage().contains("must point before 0x000c"), e.getMessage());
    }

    @Test void pointerToItselfRejected() {
        DnsFormatException e = fails(header(1, 0, 0, 0) + "c00c 0001 0001");
        assertEquals(12, e.offset());
        assertTrue(e.getMessage().contains("forward or looping"), e.getMessage());
    }

    @Test void pointerIntoTheHeaderDecodes() throws DnsFormatException {
        // issue #11: qdcount 1, the question name is a pointer to offset 2 (the flags 01 00): RFC 1035 §4.1.4
        // sets no lower bound, so the name is the label "\000" read from bytes 2..3, then the root at 4
        Message m = Decode.both("1234 0100 0001 0000 0000 0000 c002 0001 0001");
        assertEquals("\\000.", m.questions().get(0).name().toString());
        assertEquals(List.of(), m.warnings());
        Parser p = new Parser(Hex.parse("1234 0100 0001 0000 0000 0000 c002 0001 0001"), true);
        p.message();
        Label ptr = p.labels().stream().filter(l -> l.name().equals("question[0].name.pointer")).findFirst().orElseThrow();
        assertTrue(ptr.note().startsWith("-> 0x0002 (\\000.) saves"), ptr.note());
        assertTrue(ptr.note().contains("unusual") && ptr.note().contains("12-byte header"), ptr.note());
        // a later name may point at the first name or into the header alike
        for (int t = 0; t < 13; t++) {
            byte[] b = Hex.parse(header(2, 0, 0, 0) + "016100 0001 0001 " + String.format("c0%02x", t) + " 0001 0001");
            MutationTest.everyPrefixFailsCleanly(b);
            try {
                Decode.both(b);
            } catch (DnsFormatException e) {
                // the header's bytes can make no name (e.g. a length byte 0x81): then the error is about those bytes, not the bound
                assertFalse(e.getMessage().contains("points into the 12-byte header"), e.getMessage());
                assertTrue(e.offset() < 12, "target " + t + ": " + e.getMessage());
            }
        }
        // a pointer that is not into the header does not get the note
        Parser q = new Parser(Hex.parse(header(2, 0, 0, 0) + "016100 0001 0001 c00c 0001 0001"), true);
        q.message();
        assertFalse(q.labels().stream().anyMatch(l -> l.note().contains("unusual")));
    }

    @Test void pointerChainMustKeepGoingBackwards() {
        // name 1 at 0x0c: "a" + root. name 2 at 0x1b... built so that a chained pointer goes forward again.
        // question[0] = 01 61 00 (0x0c..0x0e) type/class; question[1] at 0x13: c0 15 -> forward of its own start
        DnsFormatException e = fails(header(2, 0, 0, 0) + "016100 0001 0001 c015 0001 0001");
        assertEquals(0x13, e.offset());
        assertEquals("question[1].name", e.field());
    }

    @Test void reservedLabelTypes() {
        DnsFormatException e40 = fails(header(1, 0, 0, 0) + "41 00 0001 0001");
        assertTrue(e40.getMessage().contains("label type 0x40"), e40.getMessage());
        DnsFormatException e80 = fails(header(1, 0, 0, 0) + "81 00 0001 0001");
        assertTrue(e80.getMessage().contains("label type 0x80"), e80.getMessage());
        assertEquals(12, e80.offset());
    }

    @Test void nameOver255ViaPointer() {
        String l63 = "3f" + "61".repeat(63);
        // question[0]: 3 x 63-octet labels (193 wire octets); question[1]: one more 63-octet label + pointer -> 257
        DnsFormatException e = fails(header(2, 0, 0, 0) + l63 + l63 + l63 + "00 0001 0001 " + l63 + "c00c 0001 0001");
        assertEquals("question[1].name", e.field());
        assertTrue(e.getMessage().contains("longer than 255"), e.getMessage());
    }

    @Test void labelRunningPastTheEnd() {
        DnsFormatException e = fails(header(1, 0, 0, 0) + "05 6162");
        assertEquals(12, e.offset());
        assertTrue(e.getMessage().contains("label length 5 runs past the end of the message (2 bytes left)"), e.getMessage());
    }

    @Test void rdlengthMustFitTheMessage() {
        DnsFormatException e = fails(header(0, 1, 0, 0) + "00 0001 0001 00000e10 0010 c0000201");
        assertEquals("answer[0].rdlength", e.field());
        assertEquals(21, e.offset());
    }

    @Test void rdlengthMustBeConsumedExactly() {
        DnsFormatException a = fails(header(0, 1, 0, 0) + "00 0001 0001 00000e10 0005 c000020100");
        assertTrue(a.getMessage().contains("A RDATA must be 4 bytes, rdlength says 5"), a.getMessage());
        // MX with one byte too many after the exchange name
        DnsFormatException mx = fails(header(0, 1, 0, 0) + "00 000f 0001 00000e10 0005 000a 00 ffff");
        assertEquals("answer[0].rdata", mx.field());
        assertTrue(mx.getMessage().contains("used 3 of 5 bytes"), mx.getMessage());
    }

    @Test void nameInRdataMayNotRunPastRdlength() {
        // CNAME with rdlength 3 but the name "abc." needs 5
        DnsFormatException e = fails(header(0, 1, 0, 0) + "00 0005 0001 00000e10 0003 03616263 00");
        assertTrue(e.getMessage().contains("runs past the end of RDATA"), e.getMessage());
        assertEquals("answer[0].cname", e.field());
    }

    @Test void truncatedRdataField() {
        DnsFormatException e = fails(header(0, 1, 0, 0) + "00 0021 0001 00000e10 0003 000100");
        assertEquals("answer[0].weight", e.field());
        assertTrue(e.getMessage().contains("only 1 left in RDATA"), e.getMessage());
    }

    @Test void trailingBytes() {
        DnsFormatException e = fails(header(0, 0, 0, 0) + "ff");
        assertEquals("message.end", e.field());
        assertEquals(12, e.offset());
    }

    @Test void badCookieLength() {
        DnsFormatException e = fails(header(0, 0, 0, 1) + "00 0029 04d0 00000000 0007 000a 0003 010203");
        assertTrue(e.getMessage().contains("COOKIE length 3"), e.getMessage());
    }

    /** An empty OPT record (RFC 6891 §6.1.2) owned by {@code ownerHex}, udp size 1232. */
    static String opt(String ownerHex) { return ownerHex + " 0029 04d0 00000000 0000 "; }

    @Test void misplacedOptRecordsDecodeWithWarnings() throws DnsFormatException {
        String q = "016100 0001 0001 ";
        // two OPT records in the additional section: both decoded, the second named by offset
        Message two = Parser.parse(Hex.parse(header(1, 0, 0, 2) + q + opt("00") + opt("00")));
        assertEquals(2, two.additional().size());
        assertEquals(1, two.warnings().size());
        DnsWarning w = two.warnings().get(0);
        assertEquals(30, w.offset());
        assertEquals("additional[1]", w.field());
        assertTrue(w.problem().contains("a second OPT record (the first is at offset 0x0013)"), w.problem());
        assertTrue(w.toString().startsWith("offset 0x001e (30), additional[1]: ") && w.toString().contains("RFC 6891 §6.1.1"), w.toString());
        assertEquals(1232, two.edns().udpSize(), "edns() is the first OPT");
        // an OPT owned by a.: RFC 6891 §6.1.2
        Message owned = Parser.parse(Hex.parse(header(1, 0, 0, 1) + q + opt("016100")));
        assertEquals(List.of("additional[0].name"), owned.warnings().stream().map(DnsWarning::field).toList());
        assertTrue(owned.warnings().get(0).problem().contains("OPT owner name is a.; it must be the root"), owned.warnings().toString());
        assertTrue(owned.warnings().get(0).problem().contains("RFC 6891 §6.1.2"), owned.warnings().toString());
        // an OPT in the answer section
        Message answer = Parser.parse(Hex.parse(header(1, 1, 0, 0) + q + opt("00")));
        assertEquals(1, answer.warnings().size());
        assertEquals(19, answer.warnings().get(0).offset());
        assertTrue(answer.warnings().get(0).problem().contains("OPT record in the answer section"), answer.warnings().toString());
        assertNull(answer.edns(), "an OPT outside the additional section is no EDNS");
        // one OPT in its place: no warning
        assertEquals(List.of(), Parser.parse(Hex.parse(header(1, 0, 0, 1) + q + opt("00"))).warnings());
        // the stepwise parser has them too
        Parser p = new Parser(Hex.parse(header(1, 0, 0, 2) + q + opt("00") + opt("00")));
        p.message();
        assertEquals(two.warnings(), p.warnings());
    }

    @Test void decoderLabelsEveryField() throws DnsFormatException {
        Message m = new Message(Header.query(0x1234).response(true, 0), List.of(Question.of("www.example.lab", RRType.A)),
                List.of(ResourceRecord.in("www.example.lab", 300, Rdata.A.of("192.0.2.7"))), List.of(), List.of());
        byte[] wire = Builder.encode(m);
        Parser p = new Parser(wire, true);
        p.message();
        List<Label> ls = p.labels();
        List<String> names = ls.stream().map(Label::name).toList();
        assertEquals(List.of("header.id", "header.flags", "header.qdcount", "header.ancount", "header.nscount", "header.arcount",
                "question[0].name.label", "question[0].name.label", "question[0].name.label", "question[0].name.root",
                "question[0].type", "question[0].class", "answer[0].name.pointer", "answer[0].type", "answer[0].class",
                "answer[0].ttl", "answer[0].rdlength", "answer[0].address"), names);
        Label ptr = ls.get(12);
        assertEquals(33, ptr.span().start());
        assertEquals("-> 0x000c (www.example.lab.) saves 15 bytes", ptr.note());
        // every byte of the message is covered by exactly one label
        int[] cover = new int[wire.length];
        for (Label l : ls) for (int i = l.span().start(); i < l.span().end(); i++) cover[i]++;
        for (int i = 0; i < wire.length; i++) assertEquals(1, cover[i], "byte " + i);
    }

    @Test void stepwiseParserMirrorsBuilder() throws DnsFormatException {
        byte[] wire = new Builder(Header.query(5)).question(Question.of("a.lab", RRType.MX))
                .answer(ResourceRecord.in("a.lab", 60, new Rdata.MX(1, Name.parse("mx.a.lab"))))
                .additional(ResourceRecord.in("mx.a.lab", 60, Rdata.A.of("10.0.0.1"))).finish();
        Parser p = new Parser(wire);
        assertEquals(5, p.header().id());
        assertEquals(1, p.count(Section.AUTHORITY) + 1);
        // skip to the additional section: question and answer are parsed (and checked) on the way
        ResourceRecord glue = p.additional();
        assertEquals("mx.a.lab.\t60\tIN\tA\t10.0.0.1", glue.presentation());
        assertNull(p.additional());
        assertThrows(IllegalStateException.class, p::answer);
        IllegalStateException order = assertThrows(IllegalStateException.class,
                () -> new Builder(Header.query(1)).additional(ResourceRecord.in("a", 1, Rdata.A.of("1.1.1.1"))).question(Question.of("a", RRType.A)));
        assertTrue(order.getMessage().contains("question after additional"), order.getMessage());
    }
}
