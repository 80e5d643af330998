package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.bytes.Hex;
import wirepad.dns.Builder;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Edns;
import wirepad.dns.Header;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Parser;
import wirepad.dns.Question;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.dns.ResourceRecord;

class AuthorityTest {
    static final String ZONE = LabZone.TEXT;

    static Authority authority() throws ZoneException { return new Authority(List.of(ZoneFile.parse(ZONE, "lab.zone", Name.ROOT))); }

    static Message ask(String name, RRType type, Edns edns, boolean tcp) throws Exception {
        byte[] q = Builder.encode(Message.query(99, Question.of(name, type), edns));
        return Parser.parse(authority().respond(q, tcp));
    }

    @Test void positiveAnswerIsAuthoritativeWithAdditionalAddresses() throws Exception {
        Message m = ask("lab", RRType.MX, null, false);
        assertTrue(m.header().aa());
        assertTrue(m.header().qr());
        assertEquals(99, m.header().id());
        assertEquals("10 mail.lab.", m.answers().get(0).data().presentation());
        assertEquals("mail.lab.\t3600\tIN\tA\t192.0.2.25", m.additional().get(0).presentation());
    }

    @Test void cnameIsChasedInsideTheZoneOnly() throws Exception {
        Message m = ask("ALIAS.lab", RRType.A, null, false);
        assertEquals(List.of("www.lab.", "192.0.2.7"), m.answers().stream().map(r -> r.data().presentation()).toList());
        Message out = ask("out.lab", RRType.A, null, false);
        assertEquals(1, out.answers().size());
        assertEquals(Rcode.NOERROR.code(), out.rcode());
    }

    static Message askZone(String zone, String name, RRType type) throws Exception {
        Authority a = new Authority(List.of(ZoneFile.parse(zone, "t.zone", Name.ROOT)));
        return Parser.parse(a.respond(Builder.encode(Message.query(42, Question.of(name, type), null)), false));
    }

    static final String LOOPS = """
            $ORIGIN t.lab.
            $TTL 60
            @     SOA ns h 1 2 3 4 5
            loop  CNAME loop2
            loop2 CNAME loop
            self  CNAME self
            a     CNAME b
            b     CNAME c
            c     CNAME b
            """;

    @Test void aCnameLoopStopsWhereItCloses() throws Exception {
        Message m = askZone(LOOPS, "loop.t.lab", RRType.A);
        assertEquals(Rcode.NOERROR.code(), m.rcode());
        assertEquals(List.of("loop.t.lab.\t60\tIN\tCNAME\tloop2.t.lab.", "loop2.t.lab.\t60\tIN\tCNAME\tloop.t.lab."),
                m.answers().stream().map(ResourceRecord::presentation).toList(), "each CNAME once, then stop");
        assertEquals(1, askZone(LOOPS, "self.t.lab", RRType.A).answers().size());
        Authority a = new Authority(List.of(ZoneFile.parse(LOOPS, "t.zone", Name.ROOT)));
        assertEquals("CNAME loop: the chain comes back to loop.t.lab.; answered each CNAME once",
                a.handle(Builder.encode(Message.query(1, Question.of("loop.t.lab", RRType.A), null)), false).note());
        Message abc = askZone(LOOPS, "a.t.lab", RRType.AAAA);
        assertEquals(List.of("b.t.lab.", "c.t.lab.", "b.t.lab."), abc.answers().stream().map(r -> r.data().presentation()).toList());
    }

    static byte[] query(String name, int type, int qclass) {
        return Builder.encode(Message.query(11, new Question(Name.parse(name), type, qclass), null));
    }

    @Test void otherClassesAreRefusedAnyIsServed() throws Exception {
        Authority a = authority();
        // dig www.lab CH TXT: the zone is IN, so no zone here serves it
        Authority.Response ch = a.handle(query("www.lab", RRType.TXT.code(), RRClass.CH.code()), false);
        Message m = Parser.parse(ch.reply());
        assertEquals(Rcode.REFUSED.code(), m.rcode());
        assertFalse(m.header().aa());
        assertTrue(m.authority().isEmpty() && m.answers().isEmpty(), "no SOA of an IN zone for a CH question");
        assertEquals("class CH is not served: zone lab. is IN", ch.note());
        assertEquals(Rcode.REFUSED.code(), Parser.parse(a.respond(query("www.lab", RRType.A.code(), 4), false)).rcode(), "HS");
        Message any = Parser.parse(a.respond(query("www.lab", RRType.A.code(), RRClass.ANY.code()), false));
        assertEquals(Rcode.NOERROR.code(), any.rcode());
        assertEquals("192.0.2.7", any.answers().get(0).data().presentation());
        Message in = Parser.parse(a.respond(query("www.lab", RRType.A.code(), RRClass.IN.code()), false));
        assertTrue(in.header().aa());
    }

    @Test void zoneTransfersAreRefusedAndSaidSo() throws Exception {
        Authority a = authority();
        for (RRType t : List.of(RRType.AXFR, RRType.IXFR)) {
            Authority.Response r = a.handle(query("lab", t.code(), RRClass.IN.code()), true);
            Message m = Parser.parse(r.reply());
            assertEquals(Rcode.REFUSED.code(), m.rcode(), t.name());
            assertTrue(m.answers().isEmpty() && m.authority().isEmpty(), t.name());
            assertEquals("zone transfers (" + t.name() + ") are not offered", r.note());
        }
        assertNull(a.handle(query("www.lab", RRType.A.code(), RRClass.IN.code()), false).note(), "a plain answer has no note");
    }

    @Test void anyAnswersTheWholeNodeAndDoesNotChaseACname() throws Exception {
        Message apex = ask("lab", RRType.ANY, Edns.of(1232, List.of()), false);
        assertEquals(List.of("SOA", "NS", "MX"), apex.answers().stream().map(r -> RRType.name(r.type())).toList());
        Message alias = ask("alias.lab", RRType.ANY, null, false);
        assertEquals(List.of("alias.lab.\t3600\tIN\tCNAME\twww.lab."), alias.answers().stream().map(ResourceRecord::presentation).toList());
    }

    @Test void nxdomainAndNodataCarryTheSoa() throws Exception {
        Message nx = ask("nope.lab", RRType.A, null, false);
        assertEquals(Rcode.NXDOMAIN.code(), nx.rcode());
        assertEquals(RRType.SOA.code(), nx.authority().get(0).type());
        assertEquals(300, nx.authority().get(0).ttl(), "min(SOA TTL, MINIMUM), RFC 2308 §3");
        Message nodata = ask("www.lab", RRType.AAAA, null, false);
        assertEquals(Rcode.NOERROR.code(), nodata.rcode());
        assertTrue(nodata.answers().isEmpty());
        assertEquals(RRType.SOA.code(), nodata.authority().get(0).type());
        Message ent = ask("b.c.lab", RRType.A, null, false);
        assertEquals(Rcode.NOERROR.code(), ent.rcode(), "empty non-terminal exists");
    }

    @Test void referralWithGlue() throws Exception {
        Message m = ask("deep.x.sub.lab", RRType.A, null, false);
        assertFalse(m.header().aa());
        assertTrue(m.answers().isEmpty());
        assertEquals("sub.lab.\t3600\tIN\tNS\tns.sub.lab.", m.authority().get(0).presentation());
        assertEquals("ns.sub.lab.\t3600\tIN\tA\t127.0.0.3", m.additional().get(0).presentation());
    }

    @Test void refusedOutsideTheZones() throws Exception {
        assertEquals(Rcode.REFUSED.code(), ask("example.test", RRType.A, null, false).rcode());
    }

    @Test void truncationFollowsTheRequestersSize() throws Exception {
        Message small = ask("big.lab", RRType.TXT, null, false);
        assertTrue(small.header().tc(), "over 512 without EDNS");
        assertTrue(small.answers().isEmpty());
        Message edns = ask("big.lab", RRType.TXT, Edns.of(1232, List.of()), false);
        assertFalse(edns.header().tc());
        assertEquals(2, edns.answers().size());
        assertNotNull(edns.edns());
        Message tcp = ask("big.lab", RRType.TXT, null, true);
        assertFalse(tcp.header().tc());
        assertEquals(2, tcp.answers().size());
    }

    @Test void formerrNotimpBadversAndSilence() throws Exception {
        Authority a = authority();
        byte[] garbage = Hex.parse("abcd 0100 0001 0000 0000 0000 05 61");
        Message fe = Parser.parse(a.respond(garbage, false));
        assertEquals(Rcode.FORMERR.code(), fe.rcode());
        assertEquals(0xabcd, fe.header().id());
        assertNull(a.respond(Hex.parse("abcd01"), false), "too short to answer");
        Header notify = new Header(7, false, 4, false, false, false, false, false, false, false, 0);
        byte[] n = Builder.encode(new Message(notify, List.of(Question.of("lab", RRType.SOA)), List.of(), List.of(), List.of()));
        assertEquals(Rcode.NOTIMP.code(), Parser.parse(a.respond(n, false)).rcode());
        byte[] v1 = Builder.encode(Message.query(8, Question.of("www.lab", RRType.A), new Edns(1232, 0, 1, false, 0, List.of())));
        assertEquals(Rcode.BADVERS.code(), Parser.parse(a.respond(v1, false)).rcode());
        byte[] response = Builder.encode(Message.query(9, Question.of("www.lab", RRType.A), null).withHeader(Header.query(9).response(false, 0)));
        assertNull(a.respond(response, false), "never answer a response");
        byte[] two = new Builder(Header.query(3)).question(Question.of("a.lab", RRType.A)).question(Question.of("b.lab", RRType.A)).finish();
        assertEquals(Rcode.FORMERR.code(), Parser.parse(a.respond(two, false)).rcode());
    }

    @Test void misplacedOptRecordsGetFormerrWithoutOpt() throws Exception {
        Authority a = authority();
        String q = "0007 0000 0001 0000 0000 %04x 03777777 036c6162 00 0001 0001 ";
        String opt = "00 0029 04d0 00000000 0000 ";
        for (String bad : List.of(String.format(q, 2) + opt + opt,                     // two OPT records (RFC 6891 §6.1.1)
                String.format(q, 1) + "036c616200 0029 04d0 00000000 0000",             // OPT owned by lab. (§6.1.2)
                "0007 0000 0001 0001 0000 0000 03777777 036c6162 00 0001 0001 " + opt)) { // OPT in the answer section
            Message m = Parser.parse(a.respond(Hex.parse(bad), false));
            assertEquals(Rcode.FORMERR.code(), m.rcode(), bad);
            assertEquals(7, m.header().id());
            assertNull(m.edns(), "no OPT in a reply about a bad OPT (RFC 6891 §7)");
            assertTrue(m.answers().isEmpty());
        }
        Message one = Parser.parse(a.respond(Hex.parse(String.format(q, 1) + opt), false));
        assertEquals(Rcode.NOERROR.code(), one.rcode());
        assertNotNull(one.edns());
    }

    @Test void brokenRepliesAreBrokenTheWayTheySay() throws Exception {
        byte[] reply = authority().respond(Builder.encode(Message.query(5, Question.of("www.lab", RRType.A), null)), false);
        DnsFormatException ptr = assertThrows(DnsFormatException.class, () -> Parser.parse(Breakage.BAD_POINTER.apply(reply)));
        assertEquals("answer[0].name", ptr.field());
        DnsFormatException cut = assertThrows(DnsFormatException.class, () -> Parser.parse(Breakage.TRUNCATED_RDATA.apply(reply)));
        assertEquals("answer[0].rdlength", cut.field());
        assertEquals(6, Parser.parse(Breakage.WRONG_ID.apply(reply)).header().id());
        List<ResourceRecord> ok = Parser.parse(Breakage.NONE.apply(reply)).answers();
        assertEquals(1, ok.size());
    }
}
