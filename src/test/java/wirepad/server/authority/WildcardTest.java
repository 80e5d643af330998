package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.bytes.Hex;
import wirepad.dns.Builder;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Parser;
import wirepad.dns.Question;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.dns.ResourceRecord;

/** Wildcards (RFC 4592, RFC 1034 §4.3.3): synthesis, closest encloser, empty non-terminals, cuts. */
class WildcardTest {
    static final String ZONE = """
            $ORIGIN t.lab.
            $TTL 60
            @            SOA   ns h 1 2 3 4 5
                         NS    ns
            ns           A     192.0.2.1
            *.wild       A     192.0.2.80
            *.wild       MX    10 ns
            host.wild    A     192.0.2.81
            a.ent.wild   A     192.0.2.82
            *.cn         CNAME x.wild
            mx           MX    10 mail.wild
            a.*.entwild  A     192.0.2.83
            sub          NS    ns.sub
            ns.sub       A     192.0.2.3
            *.sub        A     192.0.2.99
            """;

    static Authority authority() throws ZoneException { return new Authority(List.of(ZoneFile.parse(ZONE, "w.zone", Name.ROOT))); }

    static Authority.Response handle(String name, RRType type) throws ZoneException {
        return authority().handle(Builder.encode(Message.query(7, Question.of(name, type), null)), false);
    }

    static Message ask(String name, RRType type) throws Exception { return Parser.parse(handle(name, type).reply()); }

    static List<String> answers(Message m) { return m.answers().stream().map(ResourceRecord::presentation).toList(); }

    @Test void aNameThatDoesNotExistIsAnsweredFromTheWildcardWithItsOwnName() throws Exception {
        Authority.Response r = handle("x.wild.t.lab", RRType.A);
        Message m = Parser.parse(r.reply());
        assertEquals(Rcode.NOERROR.code(), m.rcode());
        assertTrue(m.header().aa());
        assertEquals(List.of("x.wild.t.lab.\t60\tIN\tA\t192.0.2.80"), answers(m));
        // the answer on the wire: owner = a pointer to the question's name (offset 12), A, IN, TTL 60, 4 bytes
        byte[] wire = r.reply();
        String answer = Hex.of(wire, 12 + 14 + 4, wire.length - (12 + 14 + 4));
        assertEquals("c00c" + "0001" + "0001" + "0000003c" + "0004" + "c0000250", answer);
        assertEquals("synthesised from the wildcard *.wild.t.lab. for x.wild.t.lab. (closest encloser wild.t.lab., RFC 4592 §3.3.1)", r.note());
        // two labels below the closest encloser: synthesised too
        assertEquals(List.of("a.b.wild.t.lab.\t60\tIN\tA\t192.0.2.80"), answers(ask("a.b.wild.t.lab", RRType.A)));
        // additional processing uses the synthesised MX's target
        Message mx = ask("y.wild.t.lab", RRType.MX);
        assertEquals(List.of("y.wild.t.lab.\t60\tIN\tMX\t10 ns.t.lab."), answers(mx));
        assertEquals("ns.t.lab.\t60\tIN\tA\t192.0.2.1", mx.additional().get(0).presentation());
    }

    @Test void anAdditionalAddressIsSynthesisedToo() throws Exception {
        // mx's exchange mail.wild does not exist: *.wild covers it, so its A is synthesised (as Knot does)
        Authority.Response r = handle("mx.t.lab", RRType.MX);
        Message m = Parser.parse(r.reply());
        assertEquals(List.of("mail.wild.t.lab.\t60\tIN\tA\t192.0.2.80"), m.additional().stream().map(ResourceRecord::presentation).toList());
        // on the wire: a pointer to the exchange's name in the answer's RDATA, A, IN, 60, 192.0.2.80
        byte[] w = r.reply();
        assertEquals("0001" + "0001" + "0000003c" + "0004" + "c0000250", Hex.of(w, w.length - 14, 14));
        assertNull(r.note(), "the answer itself is not synthesised");
    }

    @Test void theClosestEncloserIsTheLongestExistingAncestor() throws Exception {
        Zone z = ZoneFile.parse(ZONE, "w.zone", Name.ROOT);
        WildcardMatch m = WildcardMatch.find(z, Name.parse("a.b.wild.t.lab"));
        assertEquals(WildcardMatch.Kind.WILDCARD, m.kind());
        assertEquals(Name.parse("wild.t.lab"), m.closestEncloser());
        assertEquals(Name.parse("*.wild.t.lab"), m.source());
        WildcardMatch none = WildcardMatch.find(z, Name.parse("x.y.nothere.t.lab"));
        assertEquals(WildcardMatch.Kind.NONE, none.kind());
        assertEquals(Name.parse("t.lab"), none.closestEncloser(), "no *.t.lab: NXDOMAIN");
        assertEquals(WildcardMatch.Kind.EXACT, WildcardMatch.find(z, Name.parse("ent.wild.t.lab")).kind(), "an empty non-terminal exists");
        assertNull(WildcardMatch.find(z, Name.parse("host.wild.t.lab")).note());
    }

    @Test void noSynthesisForOrBelowAnExistingName() throws Exception {
        // host.wild exists: TXT there is NODATA, not the wildcard's
        Message nodata = ask("host.wild.t.lab", RRType.MX);
        assertEquals(Rcode.NOERROR.code(), nodata.rcode());
        assertTrue(nodata.answers().isEmpty());
        assertEquals(RRType.SOA.code(), nodata.authority().get(0).type());
        // below host.wild: host.wild is the closest encloser, it has no *: NXDOMAIN
        assertEquals(Rcode.NXDOMAIN.code(), ask("x.host.wild.t.lab", RRType.A).rcode());
        assertNull(handle("x.host.wild.t.lab", RRType.A).note());
        // the empty non-terminal ent.wild: NODATA for it, NXDOMAIN below it (its closest encloser has no *)
        Message ent = ask("ent.wild.t.lab", RRType.A);
        assertEquals(Rcode.NOERROR.code(), ent.rcode());
        assertTrue(ent.answers().isEmpty());
        assertEquals(Rcode.NXDOMAIN.code(), ask("x.ent.wild.t.lab", RRType.A).rcode());
    }

    @Test void theWildcardNameItselfIsAnsweredLiterally() throws Exception {
        Authority.Response r = handle("*.wild.t.lab", RRType.A);
        assertEquals(List.of("*.wild.t.lab.\t60\tIN\tA\t192.0.2.80"), answers(Parser.parse(r.reply())));
        assertNull(r.note(), "an exact match, not a synthesis");
        // below the wildcard node: *.wild is the closest encloser, *.*.wild does not exist
        assertEquals(Rcode.NXDOMAIN.code(), ask("x.*.wild.t.lab", RRType.A).rcode());
    }

    @Test void aSynthesisWithoutTheTypeIsNodata() throws Exception {
        Message m = ask("x.wild.t.lab", RRType.AAAA);
        assertEquals(Rcode.NOERROR.code(), m.rcode());
        assertTrue(m.header().aa());
        assertTrue(m.answers().isEmpty());
        assertEquals(RRType.SOA.code(), m.authority().get(0).type());
        // a wildcard that is an empty non-terminal (only a.*.entwild has data) synthesises nothing: NODATA
        Message ent = ask("x.entwild.t.lab", RRType.A);
        assertEquals(Rcode.NOERROR.code(), ent.rcode());
        assertTrue(ent.answers().isEmpty());
    }

    @Test void aWildcardCnameIsSynthesisedAndChasedIntoAnotherWildcard() throws Exception {
        Authority.Response r = handle("q.cn.t.lab", RRType.A);
        assertEquals(List.of("q.cn.t.lab.\t60\tIN\tCNAME\tx.wild.t.lab.", "x.wild.t.lab.\t60\tIN\tA\t192.0.2.80"),
                answers(Parser.parse(r.reply())));
        assertEquals("synthesised from the wildcard *.cn.t.lab. for q.cn.t.lab. (closest encloser cn.t.lab., RFC 4592 §3.3.1); "
                + "synthesised from the wildcard *.wild.t.lab. for x.wild.t.lab. (closest encloser wild.t.lab., RFC 4592 §3.3.1)", r.note());
        assertEquals(List.of("q.cn.t.lab.\t60\tIN\tCNAME\tx.wild.t.lab."), answers(ask("q.cn.t.lab", RRType.CNAME)));
    }

    @Test void aWildcardBelowAZoneCutIsNotUsed() throws Exception {
        Message m = ask("x.sub.t.lab", RRType.A);
        assertFalse(m.header().aa(), "a referral");
        assertTrue(m.answers().isEmpty());
        assertEquals("sub.t.lab.\t60\tIN\tNS\tns.sub.t.lab.", m.authority().get(0).presentation());
    }
}
