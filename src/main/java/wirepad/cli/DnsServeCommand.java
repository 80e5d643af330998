package wirepad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wirepad.dns.Name;
import wirepad.repl.FileErrors;
import wirepad.server.authority.Authority;
import wirepad.server.authority.Breakage;
import wirepad.server.authority.DnsServer;
import wirepad.server.authority.QueryLog;
import wirepad.server.authority.Zone;
import wirepad.server.authority.ZoneException;
import wirepad.server.authority.ZoneFile;

/** {@code wirepad serve dns ...}: headless servers. */
final class DnsServeCommand {
    private DnsServeCommand() {}

    static final String USAGE = """
            usage: wirepad serve dns --zone FILE [--zone FILE ...] [--port N] [--bind ADDR] [--break MODE] [--hex] [--quiet]
                   wirepad serve dns-lab [--port N] [--hex] [--quiet]

            Examples:
              bin/wirepad serve dns --port 5353 --zone examples/example.lab.zone
              bin/wirepad serve dns --zone lab.zone --hex                # every query and reply, byte by byte
              bin/wirepad serve dns --zone lab.zone --break bad-pointer
              bin/wirepad serve dns-lab --port 5300

            An authoritative DNS server on UDP and TCP (same port) for the zones in the master files
            (each at most 16 MiB). Binds 127.0.0.1 by default; --port 0 (the default) picks a free port.
            Prints the bound port on start, then one numbered line per query (#N). Runs until interrupted.
            --hex prints each query and its reply as an annotated hexdump (every field labelled).
            --break MODE sends broken replies: bad-pointer, wrong-id or truncated-rdata.
            --quiet prints nothing per query.
            No query stops the server: one it fails on is answered SERVFAIL, with the reason on its log line;
            a UDP reply keeps to 512 bytes without EDNS (the EDNS size, at most 1232, with it) and a reply
            over 65535 bytes is cut to the question with TC=1, over TCP too. TCP: at most 64 connections
            (past that, the one quiet the longest is closed to make room, so idle connections cannot lock
            out a query), closed after 10 s without a byte, a query not whole 10 s after its first byte,
            or a reply not taken in 10 s.
            Zone files: $ORIGIN, $TTL, $INCLUDE FILE [ORIGIN] (FILE relative to the zone file, 8 deep
            at most) and BIND's $GENERATE (e.g. $GENERATE 1-10 host$ A 192.0.2.$). A wildcard *.NAME
            answers for names below NAME that are not in the zone (RFC 4592); their lines say
            "synthesised from the wildcard". TTLs above 2^31-1 are errors (RFC 2181 §8).
            dns-lab starts a delegation lab on one port: a root on 127.0.0.2 delegating lab. to
            127.0.0.3, which delegates example.lab. to 127.0.0.4 (try 'wirepad dns trace').
            """;

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("dns-lab")) return lab(Arrays.copyOfRange(args, 1, args.length), out, err, true);
        if (args.length == 0 || !args[0].equals("dns")) {
            if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) { out.print(USAGE); return 0; }
            err.println("wirepad serve: expected 'dns'");
            err.print(USAGE);
            return 2;
        }
        return dns(Arrays.copyOfRange(args, 1, args.length), out, err, true);
    }

    /** Starts the server; when {@code block} is false (tests) it returns after printing the port. */
    static int dns(String[] args, PrintStream out, PrintStream err, boolean block) {
        List<String> zoneFiles = new ArrayList<>();
        int port = 0;
        String bind = "127.0.0.1";
        Breakage breakage = Breakage.NONE;
        boolean quiet = false, hex = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> { out.print(USAGE); return 0; }
                    case "--zone" -> zoneFiles.add(value(args, ++i, a));
                    case "--port" -> {
                        port = Integer.parseInt(value(args, ++i, a));
                        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535");
                    }
                    case "--bind" -> bind = value(args, ++i, a);
                    case "--break" -> breakage = Breakage.parse(value(args, ++i, a));
                    case "--quiet" -> quiet = true;
                    case "--hex" -> hex = true;
                    default -> throw new IllegalArgumentException("unexpected argument '" + a + "'");
                }
            }
            if (zoneFiles.isEmpty()) throw new IllegalArgumentException("at least one --zone FILE is needed");
        } catch (NumberFormatException e) {
            return usage(err, "--port needs a number");
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        List<Zone> zones = new ArrayList<>();
        for (String f : zoneFiles) {
            try {
                zones.add(ZoneFile.load(Path.of(f), f, Name.ROOT));
            } catch (ZoneException e) {
                err.println("wirepad serve dns: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                err.println("wirepad serve dns: " + FileErrors.cannot("read zone file", f, Path.of(f), e));
                return 2; // a file that cannot be read is not a usage mistake: no usage text
            }
        }
        DnsServer server;
        try {
            server = new DnsServer(new Authority(zones), new InetSocketAddress(InetAddress.getByName(bind), port), breakage, new QueryLog(quiet ? null : out, hex));
        } catch (IOException e) {
            err.println("wirepad serve dns: cannot bind " + bind + " port " + port + ": " + e.getMessage());
            return 1;
        }
        server.start();
        for (Zone z : zones) out.println("dns: zone " + z.origin() + " (" + z.size() + " records)");
        out.println("dns: listening on " + bind + " port " + server.port() + " (udp+tcp)" + (breakage != Breakage.NONE ? ", broken replies: " + breakage : ""));
        out.flush();
        if (!block) {
            server.close();
            return 0;
        }
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        return 0;
    }

    static int lab(String[] args, PrintStream out, PrintStream err, boolean block) {
        int port = 0;
        boolean quiet = false, hex = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> { out.print(USAGE); return 0; }
                    case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--quiet" -> quiet = true;
                    case "--hex" -> hex = true;
                    default -> throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                }
            }
            if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535");
        } catch (NumberFormatException e) {
            return usage(err, "--port needs a number");
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        wirepad.server.authority.DelegationLab lab;
        try {
            lab = new wirepad.server.authority.DelegationLab(new QueryLog(quiet ? null : out, hex), port);
        } catch (IOException e) {
            err.println("wirepad serve dns-lab: " + e.getMessage());
            return 1;
        }
        out.println("dns-lab: root . on 127.0.0.2, lab. on 127.0.0.3, example.lab. on 127.0.0.4, port " + lab.port() + " (udp+tcp)");
        out.println("dns-lab: try  bin/wirepad dns trace www.example.lab --root 127.0.0.2 --port " + lab.port());
        out.flush();
        if (block) {
            try {
                Thread.currentThread().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lab.close();
        return 0;
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) throw new IllegalArgumentException(opt + " needs a value");
        return args[i];
    }

    private static int usage(PrintStream err, String problem) {
        err.println("wirepad serve dns: " + problem);
        err.print(USAGE);
        return 2;
    }
}
