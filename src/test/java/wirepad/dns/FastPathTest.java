package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Without recording, the parser decodes without field names and decodes a record again, with
 * names, only when it fails. These tests hold that path to the recording one: the same message,
 * the same warnings, and the same error (offset, field, rule, bytes) for every input.
 */
class FastPathTest {
    /** Decodes {@code wire} both ways (whole and split, see {@link Decode}); both must agree exactly. */
    private static String agree(byte[] wire) {
        String fast, named;
        Message fastMessage = null, namedMessage = null;
        try {
            fastMessage = Decode.both(wire);
            fast = text(fastMessage);
        } catch (DnsFormatException e) {
            fast = "error " + e.getMessage() + " field=" + e.field();
        }
        try {
            Parser p = new Parser(wire, true);
            namedMessage = p.message();
            assertFalse(p.labels().isEmpty(), "the recording parser labels what it decodes");
            named = text(namedMessage);
        } catch (DnsFormatException e) {
            named = "error " + e.getMessage() + " field=" + e.field();
        }
        assertEquals(named, fast, "fast and recording decode of " + wire.length + " bytes");
        assertEquals(namedMessage, fastMessage);
        return fast;
    }

    private static String text(Message m) {
        return m.header() + "\n" + m.questions() + "\n" + Decode.text(m) + m.warnings();
    }

    @Test void damagedMessagesFailTheSameWayWithAndWithoutRecording() {
        byte[] good = Builder.encode(MutationTest.sample());
        Random rnd = new Random(20261206);
        int errors = 0, decoded = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] b = good.clone();
            for (int e = 1 + rnd.nextInt(3); e > 0; e--) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            if (rnd.nextInt(4) == 0) b = Arrays.copyOf(b, rnd.nextInt(b.length));
            if (agree(b).startsWith("error ")) errors++;
            else decoded++;
        }
        assertTrue(errors > 100 && decoded > 10, errors + " errors, " + decoded + " decoded");
    }

    @Test void everyPrefixFailsTheSameWayWithAndWithoutRecording() {
        byte[] good = Builder.encode(MutationTest.sample());
        for (int n = 0; n < good.length; n++) assertTrue(agree(Arrays.copyOf(good, n)).startsWith("error "), "prefix " + n);
    }

    @Test void anErrorNamesItsFieldWithoutRecording() {
        // www.example.lab A, then an answer whose RDLENGTH (4) runs past the end: 2 bytes of address left
        byte[] wire = wirepad.bytes.Hex.parse("12348180 0001 0001 0000 0000 03777777076578616d706c65036c616200 0001 0001"
                + " c00c 0001 0001 0000012c 0004 c000");
        DnsFormatException e = assertThrows(DnsFormatException.class, () -> Parser.parse(wire));
        assertEquals("answer[0].rdlength", e.field());
        assertEquals(0x2b, e.offset());
        DnsFormatException h = assertThrows(DnsFormatException.class, () -> Parser.parse(Arrays.copyOf(wire, 7)));
        assertEquals("header.ancount", h.field());
    }

    /** A record that warns (OPT out of place) and then fails: the warning is not counted twice. */
    @Test void warningsOfARecordDecodedAgainAreNotRepeated() throws DnsFormatException {
        Message ok = new Message(Header.query(1).response(false, 0), List.of(Question.of("a.lab", RRType.A)),
                List.of(Edns.of(1232, List.of()).toRecord()), List.of(), List.of(Edns.of(512, List.of()).toRecord()));
        byte[] wire = Builder.encode(ok);
        Parser p = new Parser(wire);
        Message m = p.message();
        assertEquals(2, m.warnings().size(), m.warnings().toString()); // OPT in the answer; a second OPT
        assertEquals("answer[0]", m.warnings().get(0).field());
        assertEquals(agree(wire), text(m));
        // cut inside the answer's OPT (its RDLENGTH): decoded twice, warned once, as when recording
        byte[] cut = Arrays.copyOf(wire, wire.length - 11 - 1);
        Parser fast = new Parser(cut), named = new Parser(cut, true);
        DnsFormatException e = assertThrows(DnsFormatException.class, fast::answer);
        assertEquals("answer[0].rdlength", e.field());
        assertThrows(DnsFormatException.class, named::answer);
        assertEquals(1, fast.warnings().size(), fast.warnings().toString());
        assertEquals(named.warnings(), fast.warnings());
    }

    /**
     * Questions whose names point at the previous question's name: {@code pure} of them are a bare
     * pointer, the others one label "x" then a pointer. The first is "a.".
     */
    private static byte[] chain(int count, java.util.function.IntPredicate pure) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 1, 0, 0, (byte) (count >> 8), (byte) count, 0, 0, 0, 0, 0, 0});
        int prev = out.size();
        out.writeBytes(new byte[] {1, 'a', 0, 0, 1, 0, 1});
        for (int k = 1; k < count; k++) {
            int at = out.size();
            if (!pure.test(k)) out.writeBytes(new byte[] {1, 'x'});
            out.writeBytes(new byte[] {(byte) (0xc0 | prev >> 8), (byte) prev, 0, 1, 0, 1});
            prev = at;
        }
        return out.toByteArray();
    }

    /** A pointer to a name decoded before reuses it, but only within 255 octets and 127 hops, as when decoding afresh. */
    @Test void reusedNamesKeepTheLengthAndHopLimits() {
        // each name one label longer than the last: the 127th passes 255 octets
        String tooLong = agree(chain(140, k -> false));
        assertTrue(tooLong.contains("name longer than 255 octets") && tooLong.contains("reached via the pointer"), tooLong);
        // 125 bare pointers, then names with a label: the hops add up past 127 through a reused name
        String tooManyHops = agree(chain(130, k -> k < 126));
        assertTrue(tooManyHops.contains("more than 127 compression pointers"), tooManyHops);
        // just within both limits, every name decodes and reads back to "a." with its labels
        String fine = agree(chain(127, k -> k < 126));
        assertFalse(fine.startsWith("error "), fine);
        assertTrue(agree(chain(126, k -> false)).contains("x.x.x.a."));
    }
}
