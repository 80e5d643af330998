package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random damage to valid messages: the decoder either decodes or throws
 * DnsFormatException with an offset inside the input; nothing else escapes, and it terminates.
 */
class MutationTest {
    static byte[] sample() {
        Message m = new Message(Header.query(77).response(true, 0), List.of(Question.of("www.example.lab", RRType.ANY)),
                List.of(ResourceRecord.in("www.example.lab", 60, Rdata.A.of("192.0.2.1")),
                        ResourceRecord.in("www.example.lab", 60, new Rdata.MX(5, Name.parse("mx.example.lab"))),
                        ResourceRecord.in("www.example.lab", 60, Rdata.TXT.of("hello", "world")),
                        ResourceRecord.in("www.example.lab", 60, new Rdata.CAA(0, "issue", "ca.lab".getBytes())),
                        ResourceRecord.in("_x._tcp.example.lab", 60, new Rdata.SRV(1, 2, 3, Name.parse("t.example.lab")))),
                List.of(ResourceRecord.in("example.lab", 60, new Rdata.SOA(Name.parse("ns.example.lab"), Name.parse("h.example.lab"), 1, 2, 3, 4, 5))),
                List.of(new Edns(1232, 0, 0, true, 0, List.of(new EdnsOption.ClientSubnet(1, 24, 0, new byte[] {10, 0, 0}),
                        new EdnsOption.Cookie(new byte[8], new byte[8]))).toRecord()));
        return Builder.encode(m);
    }

    @Test void damagedMessagesFailCleanly() {
        byte[] good = sample();
        Random rnd = new Random(20240101);
        int decoded = 0, rejected = 0;
        for (int i = 0; i < 20000; i++) {
            byte[] b = good.clone();
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            if (rnd.nextInt(4) == 0) b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
            try {
                Message m = Parser.parse(b);
                assertNotNull(m);
                decoded++;
                Builder.encode(m); // whatever decodes must encode again
            } catch (DnsFormatException ex) {
                assertTrue(ex.offset() >= 0 && ex.offset() <= b.length, ex.getMessage());
                assertFalse(ex.field().isEmpty());
                rejected++;
            }
        }
        assertTrue(decoded > 100 && rejected > 100, decoded + " decoded, " + rejected + " rejected");
    }

    @Test void everyPrefixOfAValidMessageIsRejectedWithItsOffset() {
        byte[] good = sample();
        for (int n = 0; n < good.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(good, n);
            DnsFormatException e = assertThrows(DnsFormatException.class, () -> Parser.parse(cut), "prefix " + n);
            assertTrue(e.offset() <= n, "offset " + e.offset() + " within prefix " + n);
        }
    }
}
