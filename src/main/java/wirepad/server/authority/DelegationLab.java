package wirepad.server.authority;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import wirepad.dns.Name;

/**
 * Three servers on one port: a root on 127.0.0.2 delegating {@code lab.} to 127.0.0.3, which
 * delegates {@code example.lab.} to 127.0.0.4. For watching referrals and glue with
 * {@code wirepad dns trace --root 127.0.0.2 --port N}.
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
            """;

    private final List<DnsServer> servers = new ArrayList<>();

    public DelegationLab(int port, PrintStream log) throws IOException {
        String[][] plan = {{"127.0.0.2", ROOT}, {"127.0.0.3", LAB}, {"127.0.0.4", EXAMPLE}};
        int p = port;
        try {
            for (String[] s : plan) {
                Zone z = ZoneFile.parse(s[1], "lab:" + s[0], Name.ROOT);
                DnsServer server = new DnsServer(new Authority(List.of(z)), InetAddress.getByName(s[0]), p, Breakage.NONE, log);
                servers.add(server.start());
                p = server.port(); // the first server picks the port when 0; the others follow it
            }
        } catch (ZoneException e) {
            close();
            throw new IllegalStateException("built-in lab zone is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    public int port() { return servers.get(0).port(); }

    @Override public void close() { for (DnsServer s : servers) s.close(); }
}
