package wirepad.repl.lookup;

import java.util.List;
import wirepad.dns.Builder;
import wirepad.dns.Edns;
import wirepad.dns.Header;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Question;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;

/**
 * The parameters of a query being drafted: QNAME, QTYPE, QCLASS (RFC 1035 §4.1.2), the RD and CD
 * header bits (RFC 1035 §4.1.1, RFC 4035 §3.2.2), EDNS on or off with its UDP size and DO bit
 * (RFC 6891 §6.1.2, RFC 3225), and the 16-bit id. {@link #message()} and {@link #wire()} build it.
 */
public record QueryDraft(Name name, int type, int qclass, boolean rd, boolean cd, boolean dnssecOk,
                         boolean edns, int udpSize, int id) {
    public QueryDraft {
        if (id < 0 || id > 0xffff) throw new IllegalArgumentException("id must be 0..65535");
        if (udpSize < 0 || udpSize > 0xffff) throw new IllegalArgumentException("bufsize must be 0..65535");
    }

    /** A recursive query, EDNS on with a 1232-byte buffer (DNS Flag Day 2020), as dig sends it. */
    public static QueryDraft of(Name name, int type, int id) {
        return new QueryDraft(name, type, RRClass.IN.code(), true, false, false, true, Edns.DEFAULT_UDP_SIZE, id);
    }

    public Message message() {
        Edns e = edns ? new Edns(udpSize, 0, 0, dnssecOk, 0, List.of()) : null;
        Message m = Message.query(id, new Question(name, type, qclass), e);
        return m.withHeader(m.header().withRd(rd).withCd(cd));
    }

    public byte[] wire() { return Builder.encode(message()); }

    /** One line: {@code www.example.lab. IN A, id 4660, rd, EDNS udp 1232}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(' ').append(RRClass.name(qclass)).append(' ').append(RRType.name(type));
        sb.append(", id ").append(id);
        Header h = message().header();
        sb.append(", flags: ").append(h.flagNames().isEmpty() ? "(none)" : h.flagNames());
        sb.append(edns ? ", EDNS udp " + udpSize + (dnssecOk ? " do" : "") : ", no EDNS (512-byte UDP replies)");
        return sb.toString();
    }

    public QueryDraft withName(Name v) { return new QueryDraft(v, type, qclass, rd, cd, dnssecOk, edns, udpSize, id); }
    public QueryDraft withType(int v) { return new QueryDraft(name, v, qclass, rd, cd, dnssecOk, edns, udpSize, id); }
    public QueryDraft withClass(int v) { return new QueryDraft(name, type, v, rd, cd, dnssecOk, edns, udpSize, id); }
    public QueryDraft withRd(boolean v) { return new QueryDraft(name, type, qclass, v, cd, dnssecOk, edns, udpSize, id); }
    public QueryDraft withCd(boolean v) { return new QueryDraft(name, type, qclass, rd, v, dnssecOk, edns, udpSize, id); }
    public QueryDraft withDnssecOk(boolean v) { return new QueryDraft(name, type, qclass, rd, cd, v, v || edns, udpSize, id); }
    public QueryDraft withEdns(boolean v) { return new QueryDraft(name, type, qclass, rd, cd, v && dnssecOk, v, udpSize, id); }
    public QueryDraft withUdpSize(int v) { return new QueryDraft(name, type, qclass, rd, cd, dnssecOk, true, v, id); }
    public QueryDraft withId(int v) { return new QueryDraft(name, type, qclass, rd, cd, dnssecOk, edns, udpSize, v); }
}
