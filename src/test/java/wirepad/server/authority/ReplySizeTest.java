package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.dns.Builder;
import wirepad.dns.Edns;
import wirepad.dns.Message;
import wirepad.dns.Parser;
import wirepad.dns.Question;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;

/** Issue #8: replies that would not fit (in UDP's limit, or in 65535 bytes) are truncated, never a failure. */
class ReplySizeTest {
    @Test void theAttackQueriesDecodeToWhatTheyClaim() throws Exception {
        byte[] q = Attacks.manyQuestions();
        assertEquals(64_808, q.length);
        Message m = Parser.parse(q);
        assertEquals(10_789, m.questions().size());
        assertEquals("a".repeat(61) + ".", m.questions().get(10_788).name().toString());
        assertThrows(IllegalStateException.class, () -> Builder.encode(m), "echoing every question cannot be encoded");
        byte[] h = Attacks.hugeUncompressed();
        assertEquals(1_825, h.length);
        assertThrows(IllegalStateException.class, () -> Builder.encode(Parser.parse(h), false));
    }

    @Test void formerrForManyQuestionsIsAHeaderNotAnEcho() throws Exception {
        Authority a = AuthorityTest.authority();
        for (boolean tcp : List.of(false, true)) {
            byte[] r = a.respond(Attacks.manyQuestions(), tcp);
            Message m = Parser.parse(r);
            assertEquals(Rcode.FORMERR.code(), m.rcode());
            assertEquals(0x1234, m.header().id());
            assertTrue(m.questions().isEmpty(), "no question echoed");
            assertEquals(12, r.length);
        }
        Message two = Parser.parse(a.respond(Attacks.hugeUncompressed(), false));
        assertEquals(Rcode.FORMERR.code(), two.rcode());
        assertTrue(two.questions().isEmpty());
    }

    @Test void anAnswerOver65535BytesIsTruncatedOverUdpAndTcp() throws Exception {
        Authority a = Attacks.manyRecords(4_200);
        for (Edns edns : java.util.Arrays.asList(null, new Edns(4096, 0, 0, false, 0, List.of()))) {
            for (boolean tcp : List.of(false, true)) {
                byte[] q = Builder.encode(Message.query(77, Question.of("many.big", RRType.A), edns));
                byte[] r = a.respond(q, tcp);
                Message m = Parser.parse(r);
                String how = (tcp ? "tcp" : "udp") + (edns == null ? "" : " edns");
                assertTrue(m.header().tc(), how);
                assertEquals(Rcode.NOERROR.code(), m.rcode(), how);
                assertEquals(List.of(Question.of("many.big", RRType.A)), m.questions(), how);
                assertTrue(m.answers().isEmpty(), how);
                assertEquals(edns != null, m.edns() != null, how);
                assertTrue(r.length <= 512, how + ": " + r.length);
            }
        }
    }

    @Test void udpRepliesKeepToTheirLimitAndTcpCarriesTheWhole() throws Exception {
        Authority a = Attacks.manyRecords(100); // 100 A records: 1,600 bytes of answers
        for (int size : List.of(0, 512, 1000, 1232, 4096)) {
            Edns edns = size == 0 ? null : new Edns(size, 0, 0, false, 0, List.of());
            byte[] r = a.respond(Builder.encode(Message.query(1, Question.of("many.big", RRType.A), edns)), false);
            int limit = size == 0 ? 512 : Math.min(size, Authority.OUR_UDP_SIZE);
            assertTrue(r.length <= limit, size + ": " + r.length);
            assertTrue(Parser.parse(r).header().tc(), "1,600 bytes never fit in " + limit);
        }
        Message whole = Parser.parse(a.respond(Builder.encode(Message.query(1, Question.of("many.big", RRType.A), null)), true));
        assertFalse(whole.header().tc());
        assertEquals(100, whole.answers().size());
    }

    /** The EDNS size is the limit to the byte (RFC 6891 §6.2.3): a reply of exactly that size is sent whole, one byte less is TC=1. */
    @Test void theEdnsSizeIsTheLimitToTheByte() throws Exception {
        Authority a = Attacks.manyRecords(40); // 40 A records: between 512 and 1232 bytes with OPT
        byte[] whole = a.respond(Builder.encode(Message.query(1, Question.of("many.big", RRType.A), new Edns(4096, 0, 0, false, 0, List.of()))), false);
        assertFalse(Parser.parse(whole).header().tc());
        assertTrue(whole.length > 512 && whole.length < Authority.OUR_UDP_SIZE, "" + whole.length);
        byte[] exact = a.respond(Builder.encode(Message.query(1, Question.of("many.big", RRType.A), new Edns(whole.length, 0, 0, false, 0, List.of()))), false);
        assertArrayEquals(whole, exact, "a reply of exactly the EDNS size is sent whole");
        byte[] less = a.respond(Builder.encode(Message.query(1, Question.of("many.big", RRType.A), new Edns(whole.length - 1, 0, 0, false, 0, List.of()))), false);
        assertTrue(Parser.parse(less).header().tc(), "one byte over the EDNS size: TC=1");
        assertTrue(Parser.parse(less).answers().isEmpty());
    }

    /** An EDNS size below 512 counts as 512 (RFC 6891 §6.2.5): a 400-byte reply is not truncated for it. */
    @Test void anEdnsSizeBelow512CountsAs512() throws Exception {
        Authority a = Attacks.manyRecords(20); // 20 A records: about 400 bytes
        for (int size : List.of(0, 1, 100, 511)) {
            byte[] r = a.respond(Builder.encode(Message.query(1, Question.of("many.big", RRType.A), new Edns(size, 0, 0, false, 0, List.of()))), false);
            Message m = Parser.parse(r);
            assertTrue(r.length > 300 && r.length <= 512, size + ": " + r.length);
            assertFalse(m.header().tc(), size + ": not truncated");
            assertEquals(20, m.answers().size(), "" + size);
        }
    }
}
