package wirepad.server.authority;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wirepad.dns.Builder;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Edns;
import wirepad.dns.Header;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Opcode;
import wirepad.dns.Parser;
import wirepad.dns.Question;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;

/**
 * The answering logic of an authoritative server, without sockets: query bytes in, reply bytes
 * out (or null to stay silent). Follows RFC 1034 §4.3.2 for one or more zones:
 * <ul>
 * <li>referral at a zone cut (NS in authority, glue in additional, AA clear);</li>
 * <li>CNAME chasing inside the zone, each name once: a CNAME loop ends where it closes, with each
 *     of its CNAMEs in the answer once; at most {@link #MAX_CNAME_CHAIN} links;</li>
 * <li>wildcards (RFC 4592): a name that does not exist, below a closest encloser with a {@code *}
 *     child, is answered from the wildcard's records with the name as owner ({@link WildcardMatch});
 *     the note for the log says so;</li>
 * <li>NODATA and NXDOMAIN with the SOA in authority (RFC 2308 §3);</li>
 * <li>REFUSED outside the zones, for a class no zone here has (a zone's class is its SOA's;
 *     QCLASS ANY matches any), and for zone transfers, AXFR and IXFR, which are not offered
 *     (RFC 1035 §4.1.1 names zone transfer as a reason to refuse);</li>
 * <li>FORMERR for malformed queries, and without OPT for queries the decoder warns about: more
 *     than one OPT, an OPT outside the additional section or not owned by the root (RFC 6891
 *     §6.1.1, §6.1.2, §7); NOTIMP for other opcodes; BADVERS for EDNS version &gt; 0 (§6.1.3);</li>
 * <li>a UDP reply larger than the requester's size (512 without EDNS, RFC 1035 §4.2.1; the OPT
 *     size with it, RFC 6891 §6.2.5) is cut to the question with TC=1.</li>
 * </ul>
 * QTYPE ANY is answered with every record at the name (a CNAME included, not chased), not with
 * the minimal answer RFC 8482 allows: on loopback there is no amplification to fear, and seeing
 * the whole node is the point of a playground. {@link #handle} adds a note for the log when the
 * reply needs one.
 */
public final class Authority {
    /** Our own EDNS UDP payload size, advertised in replies. */
    public static final int OUR_UDP_SIZE = 1232;
    /** CNAMEs followed inside the zone for one answer; a chain that revisits a name stops there. */
    static final int MAX_CNAME_CHAIN = 8;

    private final List<Zone> zones;

    public Authority(List<Zone> zones) { this.zones = List.copyOf(zones); }

    public List<Zone> zones() { return zones; }

    /** A reply (null: stay silent) and, for the log, why it is what it is when that is not plain (else null). */
    public record Response(byte[] reply, String note) {}

    /** @param tcp true for a query that came over TCP (no size limit but 65535) */
    public byte[] respond(byte[] query, boolean tcp) { return handle(query, tcp).reply(); }

    /** Like {@link #respond}, with a note for the log (a CNAME loop, a refused transfer, a misplaced OPT ...). */
    public Response handle(byte[] query, boolean tcp) {
        Parser p = new Parser(query);
        Header h;
        try {
            h = p.header();
        } catch (DnsFormatException e) {
            return new Response(null, null); // fewer than 12 bytes: nothing to answer to (RFC 1035 §4.1.1 needs the id)
        }
        if (h.qr()) return new Response(null, "a response, not a query: never answered"); // no reply loops
        Message q;
        try {
            q = p.message();
        } catch (DnsFormatException e) {
            return new Response(Builder.encode(new Message(h.response(false, Rcode.FORMERR.code()), List.of(), List.of(), List.of(), List.of())), null);
        }
        if (!q.warnings().isEmpty()) {
            // e.g. two OPT records: FORMERR (RFC 6891 §6.1.1), and no OPT in a reply about a bad OPT (RFC 6891 §7)
            return new Response(encode(reply(q, false, Rcode.FORMERR.code(), List.of()), tcp, null), q.warnings().get(0).toString());
        }
        Edns edns = q.edns();
        List<ResourceRecord> opt = edns == null ? List.of() : List.of(Edns.of(OUR_UDP_SIZE, List.of()).toRecord());
        if (h.opcode() != Opcode.QUERY.code()) return new Response(encode(reply(q, false, Rcode.NOTIMP.code(), opt), tcp, edns), null);
        if (q.questions().size() != 1) return new Response(encode(reply(q, false, Rcode.FORMERR.code(), opt), tcp, edns), null);
        if (edns != null && edns.version() > 0) {
            // BADVERS = 16: 0 in the header, 1 in the OPT extended rcode (RFC 6891 §6.1.3)
            List<ResourceRecord> bad = List.of(Edns.of(OUR_UDP_SIZE, List.of()).withExtendedRcode(1).toRecord());
            return new Response(encode(reply(q, false, 0, bad), tcp, edns), null);
        }
        Question question = q.questions().get(0);
        if (question.type() == RRType.AXFR.code() || question.type() == RRType.IXFR.code()) {
            // RFC 1035 §4.1.1: REFUSED is for "a particular operation (e.g., zone transfer)" the server will not do
            return new Response(encode(reply(q, false, Rcode.REFUSED.code(), opt), tcp, edns),
                    "zone transfers (" + RRType.name(question.type()) + ") are not offered");
        }
        Zone zone = zoneFor(question.name(), question.qclass());
        if (zone == null) {
            Zone other = zoneFor(question.name(), RRClass.ANY.code());
            return new Response(encode(reply(q, false, Rcode.REFUSED.code(), opt), tcp, edns), other == null ? null
                    : "class " + RRClass.name(question.qclass()) + " is not served: zone " + other.origin() + " is "
                      + RRClass.name(other.rclass()));
        }
        List<String> notes = new ArrayList<>();
        byte[] wire = encode(answer(q, zone, question, opt, notes), tcp, edns);
        return new Response(wire, notes.isEmpty() ? null : String.join("; ", notes));
    }

    /** The closest enclosing zone of class {@code qclass} (any class for QCLASS ANY, RFC 1035 §3.2.5), or null. */
    private Zone zoneFor(Name n, int qclass) {
        Zone best = null;
        for (Zone z : zones)
            if (n.isSubdomainOf(z.origin()) && (qclass == RRClass.ANY.code() || qclass == z.rclass()) && (best == null || z.origin().labelCount() > best.origin().labelCount())) best = z;
        return best;
    }

    /**
     * An answer with no records. The question is echoed only when there is exactly one: a query with
     * thousands of questions gets a FORMERR of a header (and OPT), not thousands of questions back.
     */
    private static Message reply(Message q, boolean aa, int rcode, List<ResourceRecord> additional) {
        List<Question> echo = q.questions().size() == 1 ? q.questions() : List.of();
        return new Message(q.header().response(aa, rcode), echo, List.of(), List.of(), additional);
    }

    private Message answer(Message q, Zone zone, Question question, List<ResourceRecord> opt, List<String> notes) {
        List<ResourceRecord> answers = new ArrayList<>(), authority = new ArrayList<>(), additional = new ArrayList<>();
        Name name = question.name();
        int type = question.type();
        Set<Name> visited = new HashSet<>(); // names whose CNAME is already in the answer: a loop stops there
        for (int hop = 0; ; hop++) {
            if (!visited.add(name)) {
                notes.add("CNAME loop: the chain comes back to " + name + "; answered each CNAME once");
                break;
            }
            if (hop == MAX_CNAME_CHAIN) {
                notes.add("CNAME chain longer than " + MAX_CNAME_CHAIN + ": stopped at " + name);
                break;
            }
            Name cut = delegation(zone, name);
            if (cut != null) {
                // referral (RFC 1034 §4.3.2 step 3b): not authoritative, NS of the child, glue
                authority.addAll(zone.at(cut, RRType.NS.code()));
                for (ResourceRecord ns : zone.at(cut, RRType.NS.code())) glue(zone, ((Rdata.NS) ns.data()).host(), additional);
                additional.addAll(opt);
                return new Message(q.header().response(!answers.isEmpty(), 0), q.questions(), answers, authority, additional);
            }
            // the node that answers: the name itself, or a wildcard's synthesis (RFC 4592 §3.3.1)
            WildcardMatch match = WildcardMatch.find(zone, name);
            if (match.synthesised()) notes.add(match.note());
            List<ResourceRecord> here = match.records(zone);
            List<ResourceRecord> cnames = match.records(zone, RRType.CNAME.code());
            if (!cnames.isEmpty() && type != RRType.CNAME.code() && type != RRType.ANY.code()) {
                answers.addAll(cnames);
                Name target = ((Rdata.CNAME) cnames.get(0).data()).target();
                if (!target.isSubdomainOf(zone.origin())) break; // the resolver chases it elsewhere
                name = target;
                continue;
            }
            List<ResourceRecord> matched = new ArrayList<>();
            for (ResourceRecord rr : here) if (rr.type() == type || type == RRType.ANY.code()) matched.add(rr);
            if (matched.isEmpty()) {
                // NODATA if the name exists (maybe as an empty non-terminal), else NXDOMAIN; SOA in authority
                int rcode = match.exists() ? Rcode.NOERROR.code() : Rcode.NXDOMAIN.code();
                authority.add(negativeSoa(zone));
                additional.addAll(opt);
                return new Message(q.header().response(true, rcode), q.questions(), answers, authority, additional);
            }
            answers.addAll(matched);
            break;
        }
        for (ResourceRecord rr : answers) {
            if (rr.data() instanceof Rdata.MX mx) addresses(zone, mx.exchange(), additional);
            else if (rr.data() instanceof Rdata.SRV srv) addresses(zone, srv.target(), additional);
            else if (rr.data() instanceof Rdata.NS ns) addresses(zone, ns.host(), additional);
        }
        additional.addAll(opt);
        return new Message(q.header().response(true, 0), q.questions(), answers, authority, additional);
    }

    /** The highest name strictly below the origin, at or above {@code name}, that has NS records. */
    private static Name delegation(Zone zone, Name name) {
        int extra = name.labelCount() - zone.origin().labelCount();
        for (int i = extra - 1; i >= 0; i--) {
            Name n = name.suffix(i);
            if (!zone.at(n, RRType.NS.code()).isEmpty()) return n;
        }
        return null;
    }

    /**
     * Additional section processing for an answer (RFC 1034 §4.3.2 step 6): the A and AAAA records of
     * a host the answer names, inside the zone, synthesised from a wildcard if only one covers it
     * (RFC 4592 §3.3.1 applies to any lookup in the zone; Knot does the same).
     */
    private static void addresses(Zone zone, Name host, List<ResourceRecord> additional) {
        if (!host.isSubdomainOf(zone.origin())) return;
        WildcardMatch m = WildcardMatch.find(zone, host);
        if (!m.synthesised()) {
            glue(zone, host, additional);
            return;
        }
        for (ResourceRecord rr : m.records(zone))
            if ((rr.type() == RRType.A.code() || rr.type() == RRType.AAAA.code()) && !additional.contains(rr)) additional.add(rr);
    }

    /** A and AAAA records at a host's own name inside the zone (glue of a referral), added once each. */
    private static void glue(Zone zone, Name host, List<ResourceRecord> additional) {
        if (!host.isSubdomainOf(zone.origin())) return;
        for (ResourceRecord rr : zone.at(host))
            if ((rr.type() == RRType.A.code() || rr.type() == RRType.AAAA.code()) && !additional.contains(rr)) additional.add(rr);
    }

    /** RFC 2308 §3: the SOA's TTL in a negative answer is min(SOA TTL, SOA MINIMUM). */
    private static ResourceRecord negativeSoa(Zone zone) {
        ResourceRecord soa = zone.soa();
        return soa.withTtl(Math.min(soa.ttl(), ((Rdata.SOA) soa.data()).minimum()));
    }

    /**
     * Encodes; a reply over the requester's limit becomes question + OPT with TC=1 (RFC 2181 §9).
     * The limit is 512 bytes over UDP without EDNS (RFC 1035 §4.2.1), the smaller of the EDNS size
     * and ours with it (RFC 6891 §6.2.5), and 65535 over TCP (RFC 1035 §4.2.2): a reply that
     * cannot be encoded at all (4,200 A records at one name) is truncated the same way, over UDP
     * and TCP, instead of failing.
     */
    static byte[] encode(Message m, boolean tcp, Edns requesterEdns) {
        int limit = tcp ? Builder.MAX_MESSAGE : requesterEdns == null ? 512 : Math.min(requesterEdns.effectiveUdpSize(), OUR_UDP_SIZE);
        byte[] wire;
        try {
            wire = Builder.encode(m);
        } catch (IllegalStateException tooBig) {
            wire = null; // more than 65535 bytes (or entries): the builder refuses it
        }
        if (wire != null && wire.length <= limit) return wire;
        List<ResourceRecord> opt = new ArrayList<>();
        for (ResourceRecord rr : m.additional()) if (rr.data() instanceof Rdata.OPT) opt.add(rr);
        List<Question> question = m.questions().size() == 1 ? m.questions() : List.of();
        return Builder.encode(new Message(m.header().withTc(true), question, List.of(), List.of(), opt));
    }
}
