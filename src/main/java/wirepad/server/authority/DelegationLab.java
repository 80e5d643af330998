package wirepad.server.authority;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import wirepad.dns.Name;

/**
 * Three servers on one port: a root on 127.0.0.2 delegating {@code lab.} to 127.0.0.3, which
 * delegates {@code example.lab.} to 127.0.0.4. For watching referrals and glue with
 * {@code wirepad dns trace --root 127.0.0.2 --port N}; example.lab. has a wildcard, {@code *.wild},
 * that answers for any name below wild.example.lab. (RFC 4592).
 */
public final class DelegationLab implements AutoCloseable {
    public static final String ROOT = """
            $ORIGIN .
            $TTL 86400
            .          SOA  a.root-servers.lab. hostmaster.lab. 1 1800 900 604800 86400
            .          NS   a.root-servers.lab.
            lab.       NS   ns.lab.
            ns.lab.    A    127.0.0.3
            a.root-servers.lab. A 127.0.0.2
            """;
    public static final String LAB = """
            $ORIGIN lab.
            $TTL 3600
            @          SOA  ns hostmaster 1 7200 3600 1209600 300
                       NS   ns
            ns         A    127.0.0.3
            a.root-servers A 127.0.0.2
            example    NS   ns.example
            ns.example A    127.0.0.4
            """;
    public static final String EXAMPLE = """
            $ORIGIN example.lab.
            $TTL 300
            @          SOA  ns hostmaster 1 7200 3600 1209600 60
                       NS   ns
            ns         A    127.0.0.4
            www        A    192.0.2.7
            www        AAAA 2001:db8::7
            alias      CNAME www
            *.wild     A    192.0.2.80
            """;

    private final List<DnsServer> servers = new ArrayList<>();

    /**
     * Binds the three servers on {@code port} (0: a free one, tried again a few times if a later
     * address has it taken). An IOException says which address failed and what to do: see {@link #bindProblem}.
     */
    public DelegationLab(int port, PrintStream log) throws IOException { this(new QueryLog(log, false), port); }

    /** Like the above; the three servers share {@code log}, so their queries are numbered in one sequence. */
    public DelegationLab(QueryLog log, int port) throws IOException {
        String[][] plan = {{"127.0.0.2", ROOT}, {"127.0.0.3", LAB}, {"127.0.0.4", EXAMPLE}};
        for (int attempt = 1; ; attempt++) {
            int p = port;
            String at = plan[0][0];
            try {
                for (String[] s : plan) {
                    at = s[0];
                    Zone z = ZoneFile.parse(s[1], "lab:" + s[0], Name.ROOT);
                    DnsServer server = new DnsServer(new Authority(List.of(z)), new InetSocketAddress(InetAddress.getByName(s[0]), p), Breakage.NONE, log);
                    servers.add(server.start());
                    p = server.port(); // the first server picks the port when 0; the others follow it
                }
                return;
            } catch (ZoneException e) {
                close();
                throw new IllegalStateException("built-in lab zone is broken: " + e.getMessage(), e);
            } catch (IOException e) {
                close();
                servers.clear();
                if (port == 0 && attempt < 5 && !at.equals(plan[0][0])) continue; // the free port of .2 was taken on .3 or .4
                throw new IOException(bindProblem(at, p, e), e);
            }
        }
    }

    /**
     * Why {@code address} port {@code port} could not be bound, and what to do: the one explanation
     * both {@code serve dns-lab} (command line) and the REPL's {@code serve dns-lab} print.
     */
    static String bindProblem(String address, int port, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String hint;
        if (why.contains("in use")) {
            hint = "another program (another dns-lab, or a DNS server) has UDP or TCP port " + port + " on " + address
                    + "; pick another port, or 0 for a free one";
        } else if (why.contains("assign") || why.contains("not available")) {
            hint = address + " is not an address of this machine: Linux answers on all of 127.0.0.0/8, macOS only on 127.0.0.1"
                    + " unless aliased (sudo ifconfig lo0 alias 127.0.0.2 up, likewise .3 and .4)";
        } else if (why.contains("ermission")) {
            hint = "ports below 1024 need privileges; pick a port of 1024 or more, or 0 for a free one";
        } else {
            hint = "the lab needs 127.0.0.2, 127.0.0.3 and 127.0.0.4, all on one port (on macOS add the aliases first:"
                    + " sudo ifconfig lo0 alias 127.0.0.2 up, likewise .3 and .4)";
        }
        return "cannot bind " + address + " port " + port + " (UDP and TCP): " + why + ": " + hint;
    }

    public int port() { return servers.get(0).port(); }

    @Override public void close() { for (DnsServer s : servers) s.close(); }
}
