package wirepad.net.resolver;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.dns.Header;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Question;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;

class DnsCacheTest {
    long now = 1_000_000;
    final DnsCache cache = new DnsCache(() -> now);
    static final ResourceRecord SOA = ResourceRecord.in("lab", 3600,
            new Rdata.SOA(Name.parse("ns.lab"), Name.parse("h.lab"), 1, 2, 3, 4, 60));

    static Message reply(String q, RRType t, int rcode, List<ResourceRecord> answers, List<ResourceRecord> authority) {
        return new Message(Header.query(1).response(true, rcode), List.of(Question.of(q, t)), answers, authority, List.of());
    }

    @Test void ttlCountsDownAndExpires() {
        cache.put(reply("www.lab", RRType.A, 0, List.of(ResourceRecord.in("www.lab", 10, Rdata.A.of("192.0.2.1")),
                ResourceRecord.in("www.lab", 30, Rdata.A.of("192.0.2.2"))), List.of()));
        DnsCache.Hit h = cache.get(Name.parse("WWW.lab"), 1, 1);
        assertEquals(10, h.remaining(), "an RRset lives as long as its smallest TTL");
        now += 4_000;
        h = cache.get(Name.parse("www.lab"), 1, 1);
        assertEquals(6, h.remaining());
        assertEquals(List.of(6L, 6L), h.records().stream().map(ResourceRecord::ttl).toList());
        now += 6_000;
        assertNull(cache.get(Name.parse("www.lab"), 1, 1));
        assertEquals(2, cache.hits());
        assertEquals(1, cache.misses());
        assertNull(cache.get(Name.parse("www.lab"), 28, 1));
        assertEquals(2, cache.misses());
    }

    @Test void entriesShowTimeLeftWithoutCountingLookups() {
        cache.put(reply("www.lab", RRType.A, 0, List.of(ResourceRecord.in("www.lab", 300, Rdata.A.of("192.0.2.1"))), List.of()));
        cache.put(reply("nope.lab", RRType.A, Rcode.NXDOMAIN.code(), List.of(), List.of(SOA)));
        now += 10_500;
        List<DnsCache.View> v = cache.entries();
        assertEquals(2, v.size());
        assertEquals(Name.parse("nope.lab"), v.get(0).name(), "soonest expiry first: the negative entry lives 60 s");
        assertTrue(v.get(0).negative());
        assertEquals(-1, v.get(0).type(), "an NXDOMAIN covers every type");
        assertEquals(60, v.get(0).storedFor());
        assertEquals(50, v.get(0).remaining());
        assertEquals(290, v.get(1).remaining());
        assertEquals(300, v.get(1).storedFor());
        assertEquals(0, cache.hits() + cache.misses());
        now += 50_000;
        assertEquals(1, cache.entries().size(), "expired entries are dropped");
        cache.clear();
        assertEquals(0, cache.size());
    }

    @Test void negativeCachingUsesSoaMinimum() {
        cache.put(reply("nope.lab", RRType.A, Rcode.NXDOMAIN.code(), List.of(), List.of(SOA)));
        DnsCache.Hit nx = cache.get(Name.parse("nope.lab"), RRType.MX.code(), 1);
        assertNotNull(nx, "NXDOMAIN covers every type");
        assertTrue(nx.negative());
        assertEquals(Rcode.NXDOMAIN.code(), nx.rcode());
        assertEquals(60, nx.remaining(), "min(SOA TTL 3600, MINIMUM 60)");
        cache.put(reply("www.lab", RRType.AAAA, 0, List.of(), List.of(SOA)));
        assertTrue(cache.get(Name.parse("www.lab"), RRType.AAAA.code(), 1).negative());
        assertNull(cache.get(Name.parse("www.lab"), RRType.A.code(), 1), "NODATA is per type");
        now += 60_000;
        assertNull(cache.get(Name.parse("nope.lab"), RRType.A.code(), 1));
    }

    @Test void noSoaNoNegativeCaching() {
        cache.put(reply("nope.lab", RRType.A, Rcode.NXDOMAIN.code(), List.of(), List.of()));
        assertNull(cache.get(Name.parse("nope.lab"), RRType.A.code(), 1));
        assertEquals(0, cache.size());
    }

    @Test void negativeAnswerAfterCnameAppliesToTheTarget() {
        cache.put(reply("alias.lab", RRType.A, Rcode.NXDOMAIN.code(),
                List.of(ResourceRecord.in("alias.lab", 100, new Rdata.CNAME(Name.parse("gone.lab")))), List.of(SOA)));
        assertTrue(cache.get(Name.parse("gone.lab"), 1, 1).negative());
        assertEquals("gone.lab.", cache.get(Name.parse("alias.lab"), RRType.CNAME.code(), 1).records().get(0).data().presentation());
    }
}
