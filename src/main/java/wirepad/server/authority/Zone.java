package wirepad.server.authority;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wirepad.dns.Name;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;

/** The records of one zone, by owner name; exactly one SOA at the origin (RFC 1035 §5.2). */
public final class Zone {
    private final Name origin;
    private final ResourceRecord soa;
    private final Map<Name, List<ResourceRecord>> byName = new LinkedHashMap<>();
    /** Every name that exists (RFC 4592 §2.2.2): each owner and each name between it and the origin (empty non-terminals). */
    private final Set<Name> nodes = new HashSet<>();

    public Zone(Name origin, List<ResourceRecord> records) {
        this.origin = origin;
        ResourceRecord s = null;
        for (ResourceRecord rr : records) {
            if (!rr.name().isSubdomainOf(origin))
                throw new IllegalArgumentException(rr.name() + " is outside the zone " + origin);
            if (rr.data() instanceof Rdata.SOA) {
                if (!rr.name().equals(origin)) throw new IllegalArgumentException("SOA at " + rr.name() + ", not at the origin " + origin);
                if (s != null) throw new IllegalArgumentException("more than one SOA");
                s = rr;
            }
            byName.computeIfAbsent(rr.name(), k -> new ArrayList<>()).add(rr);
            for (Name n = rr.name(); nodes.add(n) && !n.equals(origin); ) n = n.parent();
        }
        if (s == null) throw new IllegalArgumentException("zone " + origin + " has no SOA record");
        this.soa = s;
    }

    public Name origin() { return origin; }

    public ResourceRecord soa() { return soa; }

    /** The zone's class: its SOA's (RFC 1035 §5.2: one class per zone file). */
    public int rclass() { return soa.rclass(); }

    /** All records at a name (empty if none). */
    public List<ResourceRecord> at(Name n) { return byName.getOrDefault(n, List.of()); }

    public List<ResourceRecord> at(Name n, int type) {
        List<ResourceRecord> l = new ArrayList<>();
        for (ResourceRecord rr : at(n)) if (rr.type() == type) l.add(rr);
        return l;
    }

    /** True if some owner name lies at or below {@code n} (so {@code n} exists, maybe as an empty non-terminal). */
    public boolean exists(Name n) { return nodes.contains(n); }

    public int size() {
        int n = 0;
        for (List<ResourceRecord> l : byName.values()) n += l.size();
        return n;
    }
}
