package wirepad.net.resolver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Question;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;

/**
 * Iterative resolution from root hints (RFC 1034 §5.3.3), explaining each step: which server was
 * asked and why, whether the reply was a referral (NS in authority, AA clear), which glue came
 * with it and whether it was in bailiwick (inside the zone of the server that sent it), and
 * the final answer. All servers are asked on the same port (so a lab on 127.0.0.x can use a
 * high port).
 */
public final class Tracer {
    public static final int MAX_STEPS = 24;
    /** Tries per server when none are given: a lost datagram is asked again once. */
    public static final int DEFAULT_TRIES = 2;
    /** Milliseconds per try when no +timeout is given: dig's 5 s is long for a walk that asks many servers. */
    public static final int DEFAULT_TIMEOUT_MILLIS = 2000;

    /** The explanation, one line per fact, and the final reply (null if the trace failed). */
    public record Trace(List<String> lines, Message answer) {}

    private final List<InetAddress> roots;
    private final int port;
    private final DnsClient.Options base;
    private final RandomGenerator ids;
    private int steps;

    /** Each server is asked with {@link #DEFAULT_TRIES} tries of {@code timeoutMillis} each. */
    public Tracer(List<InetAddress> roots, int port, int timeoutMillis, RandomGenerator ids) {
        this(roots, port, timeoutMillis, DEFAULT_TRIES, ids);
    }

    /** Each server is asked with {@code tries} tries (at least 1) of {@code timeoutMillis} each, as dig's +timeout and +tries say. */
    public Tracer(List<InetAddress> roots, int port, int timeoutMillis, int tries, RandomGenerator ids) {
        this.roots = List.copyOf(roots);
        this.port = port;
        this.base = DnsClient.Options.defaults(new InetSocketAddress(0)).withRecursion(false).withTimeout(timeoutMillis).withTries(Math.max(1, tries));
        this.ids = ids;
    }

    public Trace trace(Name name, int type) {
        List<String> out = new ArrayList<>();
        steps = 0;
        Message m = resolve(name, type, out, "");
        return new Trace(out, m);
    }

    private Message resolve(Name name, int type, List<String> out, String indent) {
        Name zone = Name.ROOT;
        List<InetAddress> servers = new ArrayList<>(roots);
        String serverWhy = "root hint";
        for (int cnames = 0; cnames < 8; ) {
            if (++steps > MAX_STEPS) {
                out.add(indent + "giving up: more than " + MAX_STEPS + " steps");
                return null;
            }
            InetAddress server = servers.get(0);
            InetSocketAddress at = new InetSocketAddress(server, port);
            DnsClient c = new DnsClient(new DnsClient.Options(at, base.timeoutMillis(), base.tries(), base.udpSize(), false, false, false, false), ids);
            DnsClient.Response r;
            try {
                r = c.query(new Question(name, type, RRClass.IN.code()));
            } catch (IOException | DnsFormatException e) {
                out.add(indent + "step " + steps + ": " + ServerAddress.show(at) + " (" + serverWhy + ") failed: " + e.getMessage());
                servers.remove(0);
                if (servers.isEmpty()) return null;
                serverWhy = "next server for " + zone;
                continue;
            }
            Message m = r.message();
            out.add(indent + "step " + steps + ": asked " + ServerAddress.show(at) + " (" + serverWhy + ", zone " + zone + ") for "
                    + name + " " + RRType.name(type) + " without RD: " + Rcode.name(m.rcode()) + (m.header().aa() ? ", authoritative (AA)" : "")
                    + ", " + r.wire().length + " bytes over " + r.transport() + " in " + DnsClient.ms(r.micros()));
            if (!m.answers().isEmpty()) {
                for (ResourceRecord rr : m.answers()) out.add(indent + "  answer: " + rr.presentation());
                Name end = DnsCache.chainEnd(m, name);
                boolean done = !end.equals(name) && m.answers().stream().noneMatch(rr -> rr.name().equals(end) && rr.type() == type);
                if (!done || type == RRType.CNAME.code()) return m;
                out.add(indent + "  CNAME to " + end + " without its data: starting again from the roots for " + end);
                name = end;
                zone = Name.ROOT;
                servers = new ArrayList<>(roots);
                serverWhy = "root hint";
                cnames++;
                continue;
            }
            if (m.rcode() != Rcode.NOERROR.code() || m.header().aa()) {
                for (ResourceRecord rr : m.authority())
                    if (rr.data() instanceof Rdata.SOA) out.add(indent + "  negative answer, SOA: " + rr.presentation());
                out.add(indent + "  done: " + (m.rcode() == Rcode.NXDOMAIN.code() ? "the name does not exist"
                        : m.rcode() == Rcode.NOERROR.code() ? "the name exists but has no " + RRType.name(type) : Rcode.name(m.rcode())));
                return m;
            }
            List<ResourceRecord> ns = m.authority().stream().filter(rr -> rr.data() instanceof Rdata.NS).toList();
            if (ns.isEmpty()) {
                out.add(indent + "  no answer, no referral: stopping");
                return m;
            }
            Name child = ns.get(0).name();
            if (!child.isSubdomainOf(zone) || child.equals(zone) || !name.isSubdomainOf(child)) {
                out.add(indent + "  referral to " + child + " ignored: it is not below " + zone + " and above " + name
                        + " (a server may only delegate parts of its own zone)");
                return null;
            }
            out.add(indent + "  referral: " + zone + " delegates " + child + " to " + ns.size() + " name server" + (ns.size() == 1 ? "" : "s")
                    + " (AA clear, NS in authority)");
            List<InetAddress> next = new ArrayList<>();
            for (ResourceRecord n : ns) {
                Name host = ((Rdata.NS) n.data()).host();
                out.add(indent + "    " + n.presentation());
                for (ResourceRecord g : m.additional()) {
                    if (!g.name().equals(host) || !(g.data() instanceof Rdata.A a)) continue;
                    boolean inBailiwick = host.isSubdomainOf(zone);
                    out.add(indent + "    glue " + g.presentation() + (inBailiwick ? " (in bailiwick of " + zone + ": used)"
                            : " (out of bailiwick of " + zone + ": ignored)"));
                    if (inBailiwick) next.add(addr(a));
                }
            }
            if (next.isEmpty()) {
                Name host = ((Rdata.NS) ns.get(0).data()).host();
                out.add(indent + "  no usable glue: resolving " + host + " A from the roots first");
                Message nsAddr = resolve(host, RRType.A.code(), out, indent + "    ");
                if (nsAddr != null)
                    for (ResourceRecord rr : nsAddr.answers()) if (rr.data() instanceof Rdata.A a) next.add(addr(a));
                if (next.isEmpty()) {
                    out.add(indent + "  cannot find an address for any name server of " + child);
                    return null;
                }
            }
            zone = child;
            servers = next;
            serverWhy = "from the referral";
        }
        out.add(indent + "giving up: too many CNAMEs");
        return null;
    }

    private static InetAddress addr(Rdata.A a) {
        try {
            return InetAddress.getByAddress(a.address());
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("4-byte address rejected", e);
        }
    }
}
