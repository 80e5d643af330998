package wirepad.repl.lookup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import wirepad.dns.Name;
import wirepad.net.resolver.RawExchange;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;
import wirepad.repl.LineSink;
import wirepad.repl.ServerKind;
import wirepad.repl.Servers;
import wirepad.server.authority.Authority;
import wirepad.server.authority.Breakage;
import wirepad.server.authority.DelegationLab;
import wirepad.server.authority.DnsServer;
import wirepad.server.authority.QueryLog;
import wirepad.server.authority.Zone;
import wirepad.server.authority.ZoneException;
import wirepad.server.authority.ZoneFile;

/** {@code serve dns} and {@code serve dns-lab}: DNS servers inside the session, registered in {@link Servers}. */
final class DnsServe {
    private DnsServe() {}

    static List<ServerKind> kinds() {
        return List.of(
                new ServerKind("dns", "[PORT] [ZONEFILE...] [--break MODE]",
                        "authoritative DNS on 127.0.0.1, UDP+TCP ($dns); no zone file: a built-in example.lab.", DnsServe::dns),
                new ServerKind("dns-lab", "[PORT]",
                        "root, lab. and example.lab. on 127.0.0.2-4 for 'trace' ($dnslab)", DnsServe::lab));
    }

    static void dns(Invocation in, List<String> args) throws CommandException {
        int port = 0;
        Breakage breakage = Breakage.NONE;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--break")) {
                if (++i >= args.size()) throw new CommandException("--break needs a mode: bad-pointer, wrong-id, truncated-rdata");
                try {
                    breakage = Breakage.parse(args.get(i));
                } catch (IllegalArgumentException e) {
                    throw new CommandException(e.getMessage());
                }
            } else if (i == 0 && a.matches("\\d+")) port = WireEdit.number(a, "PORT", 0, 65535);
            else files.add(a);
        }
        List<Zone> zones = new ArrayList<>();
        List<String> said = new ArrayList<>();
        String current = null;
        try {
            if (files.isEmpty()) {
                zones.add(ZoneFile.parse(DelegationLab.EXAMPLE, "built-in example.lab.", Name.ROOT));
                said.add("zone example.lab. (" + zones.get(0).size() + " records, built in; give a ZONEFILE for your own)");
            }
            for (String f : files) {
                Path p = in.session().resolve(f);
                current = f;
                Zone z = read(in, p, f);
                zones.add(z);
                said.add("zone " + z.origin() + " (" + z.size() + " records) from " + f);
            }
        } catch (ZoneException e) {
            throw new CommandException(e.getMessage());
        } catch (IOException e) {
            throw new CommandException(wirepad.repl.FileErrors.cannot("read zone file", current, current == null ? null : in.session().resolve(current), e));
        }
        Servers servers = in.session().state(Servers.class, Servers::new);
        LineSink sink = new LineSink();
        QueryLog log = new QueryLog(sink.printStream(), false);
        DnsServer server;
        try {
            server = new DnsServer(new Authority(zones), new InetSocketAddress(InetAddress.getLoopbackAddress(), port), breakage, log);
        } catch (IOException e) {
            throw new CommandException("cannot bind 127.0.0.1 port " + port + ": " + e.getMessage());
        }
        server.start();
        String name = servers.freeName("dns");
        Servers.Running r = servers.add(in.session(), name, "dns", RawExchange.show(server.address()), server);
        sink.target(r::log);
        r.details(n -> bytes(log, n));
        for (String s : said) in.out().println(name + ": " + s);
        in.out().println(name + ": listening on " + r.address + " (UDP and TCP) as $" + name
                + (breakage != Breakage.NONE ? ", sending broken replies: " + breakage : "")
                + "; queries it receives: 'log " + name + "', query N byte by byte: 'log " + name + " N'");
    }

    static void lab(Invocation in, List<String> args) throws CommandException {
        if (args.size() > 1 || !args.isEmpty() && !args.get(0).matches("\\d+")) throw new CommandException("usage: serve dns-lab [PORT]");
        int port = args.isEmpty() ? 0 : WireEdit.number(args.get(0), "PORT", 0, 65535);
        Servers servers = in.session().state(Servers.class, Servers::new);
        if (servers.get("dnslab") != null) throw new CommandException("the dns lab already runs as $dnslab ('stop dnslab' first)");
        LineSink sink = new LineSink();
        QueryLog log = new QueryLog(sink.printStream(), false);
        DelegationLab lab;
        try {
            lab = new DelegationLab(log, port);
        } catch (IOException e) {
            throw new CommandException(e.getMessage()); // names the address and explains (DelegationLab.bindProblem)
        }
        Servers.Running r = servers.add(in.session(), "dnslab", "dns-lab", "127.0.0.2:" + lab.port(), lab);
        sink.target(r::log);
        r.details(n -> bytes(log, n));
        in.out().println("dnslab: root . on 127.0.0.2, lab. on 127.0.0.3, example.lab. on 127.0.0.4, all on the port of $dnslab");
        in.out().println("dnslab: try 'trace www.example.lab' (it starts at $dnslab, the root)");
    }

    /** Query N and its reply, annotated ({@code log dns N}). */
    private static String bytes(QueryLog log, int n) throws CommandException {
        try {
            return log.bytes(n);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** A zone file read on its own thread: Ctrl-C ends the wait on a file that never ends (a FIFO). */
    private static Zone read(Invocation in, Path p, String f) throws IOException, ZoneException {
        try {
            return in.cancel().call("read", () -> ZoneFile.load(p, f, Name.ROOT));
        } catch (IOException | ZoneException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
