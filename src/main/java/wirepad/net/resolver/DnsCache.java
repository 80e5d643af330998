package wirepad.net.resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Question;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;

/**
 * A TTL cache of RRsets and of negative answers. TTLs count down: a hit returns the records with
 * their remaining TTL. Negative answers (NXDOMAIN, or NODATA) are kept for
 * min(SOA TTL, SOA MINIMUM) when the authority section holds the zone's SOA, and not at all
 * without one (RFC 2308 §5). An NXDOMAIN covers every type at that name (RFC 2308 §5).
 * The clock is passed in, so tests can move time.
 */
public final class DnsCache {
    /** What a lookup found: records (remaining TTLs), or a negative entry with its rcode and SOA. */
    public record Hit(List<ResourceRecord> records, int rcode, ResourceRecord soa, long remaining) {
        public boolean negative() { return records.isEmpty(); }
    }

    private record Entry(Name name, int type, int cls, List<ResourceRecord> records, int rcode, ResourceRecord soa,
                         long storedAtMillis, long expiresAtMillis) {}

    /**
     * One live entry as {@link #entries()} shows it: the question it answers ({@code type} is -1
     * for an NXDOMAIN covering every type), the records as stored, and the seconds it was kept for
     * and has left.
     */
    public record View(Name name, int type, int rclass, List<ResourceRecord> records, int rcode, long storedFor, long remaining) {
        public boolean negative() { return records.isEmpty(); }
    }

    private static final int NXDOMAIN_ANY_TYPE = -1;

    private final LongSupplier nowMillis;
    private final Map<String, Entry> entries = new HashMap<>();
    private long hits, misses;

    public DnsCache(LongSupplier nowMillis) { this.nowMillis = nowMillis; }

    private static String key(Name n, int type, int cls) { return n.key() + "/" + type + "/" + cls; }

    /** The entry for exactly this type (or an NXDOMAIN covering it), counted as one hit or one miss. */
    public Hit get(Name name, int type, int cls) { return counted(find(name, type, cls)); }

    /**
     * One resolver lookup, counted as one hit or one miss: the entry for the type (or an NXDOMAIN
     * covering it), else a CNAME at the name, which the resolver follows (RFC 1034 §3.6.2). A hit
     * holding a CNAME when another type was asked says so by the records' type.
     */
    public Hit lookup(Name name, int type, int cls) {
        Hit hit = find(name, type, cls);
        if (hit == null && type != RRType.CNAME.code()) {
            Hit c = find(name, RRType.CNAME.code(), cls);
            if (c != null && !c.negative()) hit = c;
        }
        return counted(hit);
    }

    private Hit counted(Hit h) {
        if (h == null) misses++;
        else hits++;
        return h;
    }

    /** The live entry, TTLs counted down, without counting; expired entries are dropped. */
    private Hit find(Name name, int type, int cls) {
        long now = nowMillis.getAsLong();
        for (int t : new int[] {type, NXDOMAIN_ANY_TYPE}) {
            String k = key(name, t, cls);
            Entry e = entries.get(k);
            if (e == null) continue;
            if (e.expiresAtMillis <= now) {
                entries.remove(k);
                continue;
            }
            long remaining = (e.expiresAtMillis - now + 999) / 1000;
            List<ResourceRecord> rrs = new ArrayList<>();
            for (ResourceRecord rr : e.records) rrs.add(rr.withTtl(Math.min(rr.ttl(), remaining)));
            return new Hit(rrs, e.rcode, e.soa == null ? null : e.soa.withTtl(Math.min(e.soa.ttl(), remaining)), remaining);
        }
        return null;
    }

    /** Stores the RRsets of a response's answer section and, if it is negative, the negative answer. */
    public void put(Message response) {
        long now = nowMillis.getAsLong();
        Map<String, List<ResourceRecord>> sets = new HashMap<>();
        for (ResourceRecord rr : response.answers()) sets.computeIfAbsent(key(rr.name(), rr.type(), rr.rclass()), k -> new ArrayList<>()).add(rr);
        for (Map.Entry<String, List<ResourceRecord>> s : sets.entrySet()) {
            long ttl = Long.MAX_VALUE;
            for (ResourceRecord rr : s.getValue()) ttl = Math.min(ttl, ttlOf(rr));
            ResourceRecord first = s.getValue().get(0);
            if (ttl > 0) entries.put(s.getKey(), new Entry(first.name(), first.type(), first.rclass(),
                    List.copyOf(s.getValue()), Rcode.NOERROR.code(), null, now, now + ttl * 1000));
        }
        if (response.questions().size() != 1) return;
        Question q = response.questions().get(0);
        Name last = chainEnd(response, q.name());
        boolean nx = response.rcode() == Rcode.NXDOMAIN.code();
        boolean nodata = response.rcode() == Rcode.NOERROR.code() && !hasType(response, last, q.type());
        if (!nx && !nodata) return;
        ResourceRecord soa = null;
        for (ResourceRecord rr : response.authority()) if (rr.data() instanceof Rdata.SOA) soa = rr;
        if (soa == null) return;
        long ttl = Math.min(ttlOf(soa), ((Rdata.SOA) soa.data()).minimum());
        if (ttl <= 0) return;
        int type = nx ? NXDOMAIN_ANY_TYPE : q.type();
        entries.put(key(last, type, q.qclass()), new Entry(last, type, q.qclass(), List.of(), response.rcode(), soa, now, now + ttl * 1000));
    }

    /** RFC 2181 §8: a TTL with the top bit set is treated as zero. */
    private static long ttlOf(ResourceRecord rr) { return rr.ttl() > 0x7fffffffL ? 0 : rr.ttl(); }

    /** Follows CNAMEs in the answer section from {@code name}, at most 16 links. */
    static Name chainEnd(Message m, Name name) {
        Name cur = name;
        for (int i = 0; i < 16; i++) {
            Name next = null;
            for (ResourceRecord rr : m.answers())
                if (rr.name().equals(cur) && rr.data() instanceof Rdata.CNAME c) next = c.target();
            if (next == null) return cur;
            cur = next;
        }
        return cur;
    }

    private static boolean hasType(Message m, Name name, int type) {
        for (ResourceRecord rr : m.answers())
            if (rr.name().equals(name) && (rr.type() == type || type == RRType.ANY.code())) return true;
        return false;
    }

    /** The live entries, soonest expiry first; expired ones are dropped. Does not count as hits or misses. */
    public List<View> entries() {
        long now = nowMillis.getAsLong();
        entries.values().removeIf(e -> e.expiresAtMillis <= now);
        List<View> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            out.add(new View(e.name, e.type, e.cls, e.records, e.rcode,
                    (e.expiresAtMillis - e.storedAtMillis) / 1000, (e.expiresAtMillis - now + 999) / 1000));
        }
        out.sort(java.util.Comparator.comparingLong(View::remaining).thenComparing(v -> v.name().key()));
        return out;
    }

    /** Forgets everything (the counters too). */
    public void clear() {
        entries.clear();
        hits = 0;
        misses = 0;
    }

    public long hits() { return hits; }

    public long misses() { return misses; }

    public int size() { return entries.size(); }
}
