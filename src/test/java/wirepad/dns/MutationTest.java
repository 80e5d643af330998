package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded random damage to valid messages: the decoder either decodes or throws
 * DnsFormatException with an offset inside the input; nothing else escapes, and it terminates.
 * Every prefix of a valid message is rejected as cut short, at an offset inside the prefix.
 */
class MutationTest {
    /** Every record type the codec knows (and two it does not), every EDNS option, in every section. */
    static Message sample() {
        Name www = Name.parse("www.example.lab");
        List<ResourceRecord> answers = List.of(
                ResourceRecord.in("www.example.lab", 60, Rdata.A.of("192.0.2.1")),
                ResourceRecord.in("www.example.lab", 60, Rdata.AAAA.of("2001:db8::1")),
                ResourceRecord.in("alias.example.lab", 60, new Rdata.CNAME(www)),
                ResourceRecord.in("1.2.0.192.in-addr.arpa", 60, new Rdata.PTR(www)),
                ResourceRecord.in("www.example.lab", 60, new Rdata.MX(5, Name.parse("mx.example.lab"))),
                ResourceRecord.in("www.example.lab", 60, Rdata.TXT.of("hello", "world", "")),
                ResourceRecord.in("www.example.lab", 60, new Rdata.CAA(128, "issue", "ca.lab".getBytes())),
                ResourceRecord.in("_x._tcp.example.lab", 60, new Rdata.SRV(1, 2, 3, Name.parse("t.example.lab"))),
                ResourceRecord.in("odd.example.lab", 60, new Rdata.Unknown(65280, new byte[] {1, 2, 3})),
                ResourceRecord.in("odd.example.lab", 60, new Rdata.Unknown(4000, new byte[0])),
                ResourceRecord.in("www.example.lab", 60, new Rdata.HINFO("cpu".getBytes(), "os".getBytes())),
                ResourceRecord.in("www.example.lab", 60, new Rdata.URI(1, 2, "https://x.lab/".getBytes())),
                new ResourceRecord(Name.parse("ch.example.lab"), 3, 60, new ClassRdata.ChaosA(Name.parse("ch.example.lab"), 0x0123)),
                new ResourceRecord(Name.parse("any.example.lab"), 255, 0, new ClassRdata.Empty(1)),
                ResourceRecord.in("www.example.lab", 60, new NameRdata.Dname(Name.parse("other.lab"))),
                ResourceRecord.in("www.example.lab", 60, new NameRdata.Rp(Name.parse("a.example.lab"), Name.parse("b.example.lab"))),
                ResourceRecord.in("www.example.lab", 60, new NameRdata.Afsdb(1, Name.parse("afs.example.lab"))),
                ResourceRecord.in("www.example.lab", 60, new NameRdata.Rt(1, Name.parse("rt.example.lab"))),
                ResourceRecord.in("www.example.lab", 60, new NameRdata.Px(1, Name.parse("a.example.lab"), Name.parse("b.example.lab"))),
                ResourceRecord.in("www.example.lab", 60, new NameRdata.Naptr(1, 2, "S".getBytes(), "SIP+D2U".getBytes(), new byte[0], www)),
                ResourceRecord.in("www.example.lab", 60, new DnssecRdata.Ds(43, 1, 13, 2, new byte[32])),
                ResourceRecord.in("www.example.lab", 60, new DnssecRdata.Dnskey(48, 257, 3, 13, new byte[64])),
                ResourceRecord.in("www.example.lab", 60, new DnssecRdata.Rrsig(46, 1, 13, 3, 60, 2, 1, 7, www, new byte[64])),
                ResourceRecord.in("www.example.lab", 60, new DnssecRdata.Zonemd(1, 1, 1, new byte[48])),
                ResourceRecord.in("www.example.lab", 60, new DenialRdata.Nsec(www, new int[] {1, 46, 47, 300})),
                ResourceRecord.in("www.example.lab", 60, new DenialRdata.Nsec3(1, 1, 0, new byte[] {1}, new byte[20], new int[] {1, 46})),
                ResourceRecord.in("www.example.lab", 60, new DenialRdata.Nsec3Param(1, 0, 0, new byte[0])),
                ResourceRecord.in("www.example.lab", 60, new DenialRdata.Csync(1, 3, new int[] {2, 28})),
                ResourceRecord.in("www.example.lab", 60, new DenialRdata.Nxt(www, new int[] {1, 30})),
                ResourceRecord.in("www.example.lab", 60, new FingerprintRdata.Sshfp(4, 2, new byte[32])),
                ResourceRecord.in("www.example.lab", 60, new FingerprintRdata.Tlsa(3, 1, 1, new byte[32])),
                ResourceRecord.in("www.example.lab", 60, new SvcbRdata.Svcb(65, 1, Name.ROOT, List.of(new SvcbRdata.Param(1, new byte[] {2, 'h', '2'}),
                        new SvcbRdata.Param(3, new byte[] {1, (byte) 0xbb}), new SvcbRdata.Param(4, new byte[] {10, 0, 0, 1})))),
                ResourceRecord.in("www.example.lab", 60, new LocRdata(0x12, 0x16, 0x13, 1L << 31, 1L << 31, 10_000_000L)),
                new ResourceRecord(Name.parse("key.example.lab"), 255, 0, new TsigRdata(Name.parse("hmac-sha256"), 1, 300, new byte[32], 77, 0, new byte[0])));
        List<ResourceRecord> authority = List.of(
                ResourceRecord.in("example.lab", 60, new Rdata.SOA(Name.parse("ns.example.lab"), Name.parse("h.example.lab"), 1, 2, 3, 4, 5)),
                ResourceRecord.in("sub.example.lab", 60, new Rdata.NS(Name.parse("ns.sub.example.lab"))));
        List<EdnsOption> options = List.of(new EdnsOption.Nsid("ns1".getBytes()), new EdnsOption.Cookie(new byte[8], new byte[8]),
                new EdnsOption.ClientSubnet(1, 24, 0, new byte[] {10, 0, 0}), new EdnsOption.ExtendedError(18, "prohibited"),
                new EdnsOption.Padding(4), new EdnsOption.Keepalive(300), new EdnsOption.Generic(65001, new byte[] {7}));
        List<ResourceRecord> additional = List.of(ResourceRecord.in("ns.sub.example.lab", 60, Rdata.A.of("192.0.2.53")),
                new Edns(1232, 0, 0, true, 0, options).toRecord());
        return new Message(Header.query(77).response(true, 0), List.of(Question.of("www.example.lab", RRType.ANY)),
                answers, authority, additional);
    }

    @Test void theSampleHoldsEveryRecordAndOptionKind() throws DnsFormatException {
        Message m = Parser.parse(Builder.encode(sample()));
        Set<Class<?>> rdata = new HashSet<>(), opts = new HashSet<>();
        List<ResourceRecord> all = new ArrayList<>(m.answers());
        all.addAll(m.authority());
        all.addAll(m.additional());
        for (ResourceRecord rr : all) {
            rdata.add(rr.data().getClass());
            if (rr.data() instanceof Rdata.OPT o) for (EdnsOption e : o.options()) opts.add(e.getClass());
        }
        assertEquals(Set.of(Rdata.class.getPermittedSubclasses()), rdata, "a new Rdata kind belongs in the sample");
        assertEquals(Set.of(EdnsOption.class.getPermittedSubclasses()), opts, "a new EDNS option belongs in the sample");
        assertEquals(sample().answers().size(), m.answers().size());
    }

    @Test void damagedMessagesFailCleanly() {
        byte[] good = Builder.encode(sample());
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
        for (boolean compress : new boolean[] {true, false}) {
            byte[] good = Builder.encode(sample(), compress);
            for (int n = 0; n < good.length; n++) {
                byte[] cut = java.util.Arrays.copyOf(good, n);
                int len = n;
                DnsFormatException e = assertThrows(DnsFormatException.class, () -> Parser.parse(cut), "prefix " + n);
                assertTrue(e.offset() <= n, "offset " + e.offset() + " within prefix " + n);
                assertTrue(e.problem().matches("(?s).*(truncated|runs past the end|ends|no bytes left).*"),
                        "prefix " + len + " is reported as cut short: " + e.getMessage());
            }
        }
    }

    /** Every prefix of a malformed message fails cleanly too (or, cut before the damage, may decode). */
    static void everyPrefixFailsCleanly(byte[] bad) {
        for (int n = 0; n < bad.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(bad, n);
            try {
                Builder.encode(Parser.parse(cut)); // only a prefix cut before the damage can decode
            } catch (DnsFormatException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= n, "prefix " + n + ": offset " + e.offset() + ": " + e.getMessage());
                assertFalse(e.field().isEmpty());
            }
        }
    }
}
