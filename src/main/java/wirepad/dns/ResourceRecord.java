package wirepad.dns;

/**
 * One resource record (RFC 1035 §4.1.3): owner NAME, CLASS, TTL and RDATA; TYPE comes from the
 * RDATA. TTL is unsigned 32-bit on the wire; values with the top bit set are treated as zero by
 * receivers (RFC 2181 §8) but are kept here as sent.
 */
public record ResourceRecord(Name name, int rclass, long ttl, Rdata data) {
    public ResourceRecord {
        if (rclass < 0 || rclass > 0xffff) throw new IllegalArgumentException("class " + rclass + " is not 16-bit");
        if (ttl < 0 || ttl > 0xffffffffL) throw new IllegalArgumentException("ttl " + ttl + " is not unsigned 32-bit");
    }

    public static ResourceRecord in(String name, long ttl, Rdata data) {
        return new ResourceRecord(Name.parse(name), RRClass.IN.code(), ttl, data);
    }

    public int type() { return data.type(); }

    public ResourceRecord withTtl(long newTtl) { return new ResourceRecord(name, rclass, newTtl, data); }

    /** Zone-file line: {@code www.example.lab.	3600	IN	A	192.0.2.1}. */
    public String presentation() {
        return name + "\t" + ttl + "\t" + RRClass.name(rclass) + "\t" + RRType.name(type()) + "\t" + data.presentation();
    }
}
