package wirepad.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import wirepad.dns.Name;
import wirepad.dns.RRType;
import wirepad.dns.view.DigText;
import wirepad.net.resolver.QueryTimeouts;
import wirepad.net.resolver.Tracer;

/**
 * {@code wirepad dns trace NAME [TYPE] [--root ADDR]... [--port N] [+timeout=T] [+tries=N]}: iterative
 * resolution, explained. +timeout and +tries mean what they mean in dig and in {@code dns query}
 * ({@link QueryTimeouts}): seconds per try (or Nms), tries per server.
 */
final class DnsTraceCommand {
    private DnsTraceCommand() {}

    /** IPv4 addresses of a few root servers (IANA root hints), used when no --root is given. */
    static final List<String> ROOT_HINTS = List.of("198.41.0.4", "192.33.4.12", "199.7.91.13", "192.5.5.241");

    static final String USAGE = """
            usage: wirepad dns trace NAME [TYPE] [--root ADDR]... [--port N] [+timeout=T] [+tries=N]

            Examples:
              bin/wirepad serve dns-lab --port 5353 &      # root 127.0.0.2, lab. 127.0.0.3, example.lab. 127.0.0.4
              bin/wirepad dns trace www.example.lab --root 127.0.0.2 --port 5353
              bin/wirepad dns trace alias.example.lab AAAA --root 127.0.0.2 --port 5353
              bin/wirepad dns trace www.example.lab --root 127.0.0.2 --port 5353 +timeout=1 +tries=3

            Resolves NAME iteratively, starting at the root hints and following referrals, and
            explains each step: the server asked, referral or answer, the NS records, the glue and
            whether it is in bailiwick. Every server is asked on the same port (default 53).
            Without --root the public root servers are used.

            Waiting, as in dig and 'dns query': +timeout=T is T seconds per try (default 2; below
            one counts as one), +timeout=300ms is milliseconds; +tries=N is N tries per server in all
            (default 2), +retry=N is N after the first. A server that does not answer is reported
            and the next one of its zone asked.
            """;

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        List<InetAddress> roots = new ArrayList<>();
        int port = 53, timeout = Tracer.DEFAULT_TIMEOUT_MILLIS, tries = Tracer.DEFAULT_TRIES;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) { out.print(USAGE); return 0; }
                else if (a.equals("--root")) {
                    if (++i >= args.length) throw new IllegalArgumentException("--root needs an address");
                    roots.add(InetAddress.getByName(args[i]));
                } else if (a.equals("--port")) {
                    if (++i >= args.length) throw new IllegalArgumentException("--port needs a number");
                    port = Integer.parseInt(args[i]);
                    if (port < 1 || port > 65535) throw new IllegalArgumentException("--port must be 1..65535");
                } else if (QueryTimeouts.isOption(a)) {
                    if (a.startsWith("+time")) timeout = QueryTimeouts.timeoutMillis(a);
                    else tries = QueryTimeouts.tries(a);
                }
                else if (a.startsWith("-") || a.startsWith("+")) throw new IllegalArgumentException("unknown option '" + a + "'");
                else positional.add(a);
            }
            if (positional.isEmpty() || positional.size() > 2) throw new IllegalArgumentException("expected NAME [TYPE]");
            if (roots.isEmpty()) for (String h : ROOT_HINTS) roots.add(InetAddress.getByName(h));
            Name name = Name.parse(positional.get(0));
            int type = positional.size() == 2 ? RRType.parse(positional.get(1)) : RRType.A.code();
            Tracer.Trace t = new Tracer(roots, port, timeout, tries, new SecureRandom()).trace(name, type);
            for (String l : t.lines()) out.println(";; " + l);
            if (t.answer() == null) return 1;
            out.println();
            out.print(DigText.format(t.answer(), DigText.Meta.NONE));
            return 0;
        } catch (UnknownHostException e) {
            return usage(err, "bad address: " + e.getMessage());
        } catch (NumberFormatException e) {
            return usage(err, "not a number: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("wirepad dns trace: " + problem);
        err.print(USAGE);
        return 2;
    }
}
