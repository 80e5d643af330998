package wirepad.net.resolver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Name;
import wirepad.dns.Question;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;

/**
 * A caching stub resolver on top of {@link DnsClient}: answers from the cache while TTLs last,
 * otherwise asks the server; follows CNAME chains (RFC 1034 §3.6.2), asking again for the target
 * when the server did not include it, at most {@link #MAX_CNAMES} links.
 */
public final class Resolver {
    public static final int MAX_CNAMES = 8;

    /** The records found (the CNAME chain first), the final rcode, and one line per step. */
    public record Answer(List<ResourceRecord> records, int rcode, List<String> steps) {}

    private final DnsClient client;
    private final DnsCache cache;

    public Resolver(DnsClient client, DnsCache cache) {
        this.client = client;
        this.cache = cache;
    }

    public DnsCache cache() { return cache; }

    public Answer resolve(Name name, int type) throws IOException, DnsFormatException { return resolve(name, type, new Attempts()); }

    /**
     * Resolves through the cache; every query sent records its attempts in {@code a}, so a failure
     * still shows them. Each name looked up counts once in the cache's hits or misses.
     */
    public Answer resolve(Name name, int type, Attempts a) throws IOException, DnsFormatException {
        int in = RRClass.IN.code();
        List<ResourceRecord> out = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        Name cur = name;
        for (int link = 0; link <= MAX_CNAMES; link++) {
            DnsCache.Hit hit = cache.lookup(cur, type, in);
            if (hit != null && type != RRType.CNAME.code() && !hit.negative() && hit.records().get(0).data() instanceof Rdata.CNAME c) {
                steps.add("cache hit: " + cur + " CNAME, " + hit.remaining() + "s left");
                out.addAll(hit.records());
                cur = c.target();
                continue;
            }
            if (hit != null) {
                steps.add("cache hit: " + cur + " " + RRType.name(type) + (hit.negative() ? " (negative: " + Rcode.name(hit.rcode()) + ")" : "")
                        + ", " + hit.remaining() + "s left");
                out.addAll(hit.records());
                return new Answer(out, hit.rcode(), steps);
            }
            steps.add("cache miss: " + cur + " " + RRType.name(type) + ", asking " + ServerAddress.show(client.options().server()));
            DnsClient.Response r = client.query(new Question(cur, type, in), a);
            cache.put(r.message());
            Name end = DnsCache.chainEnd(r.message(), cur);
            Name walk = cur;
            for (int i = 0; i < MAX_CNAMES && !walk.equals(end); i++) {
                for (ResourceRecord rr : r.message().answers()) {
                    if (rr.name().equals(walk) && rr.data() instanceof Rdata.CNAME c) {
                        out.add(rr);
                        walk = c.target();
                        break;
                    }
                }
            }
            boolean found = false;
            for (ResourceRecord rr : r.message().answers()) {
                if (rr.name().equals(end) && rr.type() == type) {
                    out.add(rr);
                    found = true;
                }
            }
            if (found || r.message().rcode() != Rcode.NOERROR.code() || end.equals(cur)) {
                return new Answer(out, r.message().rcode(), steps);
            }
            steps.add("CNAME chain ends at " + end + " without " + RRType.name(type) + "; asking for it");
            cur = end;
        }
        steps.add("more than " + MAX_CNAMES + " CNAME links; giving up");
        return new Answer(out, Rcode.SERVFAIL.code(), steps);
    }
}
