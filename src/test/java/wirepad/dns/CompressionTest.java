package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.bytes.Hex;

class CompressionTest {
    static Message answer(Rdata data) {
        Question q = Question.of("www.example.lab", RRType.ANY);
        return new Message(Header.query(1).response(true, 0), List.of(q),
                List.of(ResourceRecord.in("www.example.lab", 60, data)), List.of(), List.of());
    }

    @Test void ownerNameBecomesPointerToQuestion() {
        byte[] wire = Builder.encode(answer(Rdata.A.of("192.0.2.1")));
        // question name at 12 is 17 bytes; answer name right after the question's type/class (12+17+4 = 33)
        assertEquals("c00c", Hex.of(wire, 33, 2));
        assertEquals(33 + 2 + 10 + 4, wire.length);
        assertEquals(33 + 17 + 10 + 4, Builder.encode(answer(Rdata.A.of("192.0.2.1")), false).length);
    }

    @Test void mxExchangeIsCompressedSrvTargetIsNot() {
        byte[] mx = Builder.encode(answer(new Rdata.MX(10, Name.parse("mail.example.lab"))));
        // rdata: preference, "mail", then a pointer to "example.lab." at 16
        assertTrue(Hex.of(mx).endsWith("000a046d61696cc010"), Hex.of(mx));
        byte[] srv = Builder.encode(answer(new Rdata.SRV(1, 2, 3, Name.parse("mail.example.lab"))));
        assertTrue(Hex.of(srv).endsWith("000100020003046d61696c076578616d706c65036c616200"), Hex.of(srv));
    }

    @Test void compressionKeepsEachNamesCase() throws DnsFormatException {
        // issue #11: a pointer to "WWW.Example.LAB." for "www.example.lab." would change the name a decoder reads
        Question q = Question.of("WWW.Example.LAB", RRType.A);
        Message m = new Message(Header.query(1).response(true, 0), List.of(q),
                List.of(ResourceRecord.in("www.example.lab", 60, Rdata.A.of("192.0.2.1")),
                        ResourceRecord.in("mail.Example.LAB", 60, Rdata.A.of("192.0.2.2"))), List.of(), List.of());
        byte[] wire = Builder.encode(m);
        Message back = Decode.both(wire);
        assertEquals("www.example.lab.", back.answers().get(0).name().toString());
        assertEquals("mail.Example.LAB.", back.answers().get(1).name().toString());
        // the same spelling still compresses: mail.Example.LAB. ends in a pointer to "Example.LAB." at 16
        assertTrue(Hex.of(wire).contains("046d61696cc010"), Hex.of(wire));
        assertArrayEquals(wire, Builder.encode(back), "re-encoding gives the same bytes");
    }

    @Test void roundTripOfReceivedBytesKeepsCase() throws DnsFormatException {
        // a reply as a server sent it: question "ExAmPlE.lab.", answer owner "example.LAB." spelled out (no pointer)
        String hex = "0001 8180 0001 0001 0000 0000 07 4578416d506c45 036c6162 00 0001 0001"
                + " 07 6578616d706c65 034c4142 00 0001 0001 0000003c 0004 c0000201";
        Message m = Decode.both(hex);
        assertEquals("example.LAB.", m.answers().get(0).name().toString());
        assertEquals("example.LAB.", Parser.parse(Builder.encode(m)).answers().get(0).name().toString());
        assertEquals(Hex.of(Hex.parse(hex)), Hex.of(Builder.encode(m)));
    }

    @Test void noPointersToOffsetsBeyond0x3fff() throws DnsFormatException {
        Builder b = new Builder(Header.query(1).response(true, 0));
        b.question(Question.of("lab", RRType.TXT));
        for (int i = 0; i < 80; i++) b.answer(ResourceRecord.in("t" + i + ".lab", 1, Rdata.TXT.of("x".repeat(255))));
        b.answer(ResourceRecord.in("late.name.lab", 1, Rdata.A.of("1.2.3.4")));
        b.answer(ResourceRecord.in("late.name.lab", 1, Rdata.A.of("1.2.3.5")));
        byte[] wire = b.finish();
        assertTrue(wire.length > 0x4000);
        Message m = Parser.parse(wire);
        assertEquals("late.name.lab.", m.answers().get(81).name().toString());
        // the second late.name.lab. could not point at the first (offset > 0x3fff): only "lab." is shared
        int secondOwner = wire.length - 12 - 10 - 4;
        assertEquals("046c617465046e616d65c00c", Hex.of(wire, secondOwner, 12));
    }
}
