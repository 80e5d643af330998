package wirepad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import wirepad.dns.Addresses;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Name;
import wirepad.dns.Question;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;
import wirepad.dns.view.Annotate;
import wirepad.dns.view.DigText;
import wirepad.dns.view.DnsJson;
import wirepad.net.resolver.Attempts;
import wirepad.net.resolver.DnsCache;
import wirepad.net.resolver.DnsClient;
import wirepad.net.resolver.QueryCapture;
import wirepad.net.resolver.QueryTimeouts;
import wirepad.net.resolver.ResolvConf;
import wirepad.net.resolver.Resolver;
import wirepad.net.resolver.ServerAddress;
import wirepad.repl.FileErrors;

/** {@code wirepad dns query NAME [TYPE] [@SERVER[:PORT]] [+options]}: a dig-like client. */
final class DnsQueryCommand {
    private DnsQueryCommand() {}

    static final String USAGE = """
            usage: wirepad dns query NAME [TYPE] [@SERVER[:PORT]] [options]
                   wirepad dns query -x ADDRESS [@SERVER[:PORT]] [options]

            Asks one server one question, dig-style. The server defaults to the first nameserver in
            /etc/resolv.conf; the port to 53. UDP first (EDNS on, 1232-byte buffer); a reply with
            TC=1 is retried over TCP. Replies from the wrong address/port, with the wrong id or
            question are shown as ignored, with the reason, whether or not a usable reply comes.

            Options:
              -x ADDRESS      reverse lookup (IPv4 -> in-addr.arpa, IPv6 -> ip6.arpa), type PTR
              -p PORT         server port
              +tcp            TCP only (two-byte length prefix, RFC 7766)
              +short          the answers' data only
              +json           the reply as JSON
              +annotate       the reply's bytes, every field labelled
              +noedns         no OPT record (servers then keep UDP replies within 512 bytes)
              +bufsize=N      EDNS UDP buffer size (default 1232)
              +dnssec         set the DO bit
              +norecurse      clear RD
              +ignore         do not retry over TCP when TC=1
              +timeout=T      seconds to wait for each try, as in dig (default 2); +timeout=300ms for milliseconds
              +tries=N        UDP tries in all, as in dig (default 3); +retry=N: N more after the first
              +repeat=N       ask N times through a TTL cache (shows hits, remaining TTLs, CNAME chasing)
              --pcap FILE     also write a pcap capture of every attempt: each UDP datagram sent and received
                              (ignored ones too) and the TCP connection after TC=1; written on failure too

            A server whose host answers ICMP port unreachable (nothing listens on that UDP port) fails
            at once with "connection refused", as in dig, instead of waiting out every try.

            Exit status: 0 a reply was received (any rcode), 1 no usable reply or a malformed one
                         (or connection refused), 2 usage error.

            Examples:
              bin/wirepad dns query www.example.lab A @127.0.0.1:5353
              bin/wirepad dns query example.lab MX @127.0.0.1:5353 +short
              bin/wirepad dns query -x 192.0.2.7 @127.0.0.1:5353 +json
              bin/wirepad dns query www.example.lab @127.0.0.1:5353 +timeout=1 +tries=2
            """;

    static int run(String[] args, PrintStream out, PrintStream err) {
        String name = null, server = null, typeText = null;
        Integer port = null;
        boolean reverse = false, shortForm = false, json = false, annotate = false;
        int repeat = 0;
        String pcap = null;
        DnsClient.Options o = DnsClient.Options.defaults(new InetSocketAddress(0));
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) { out.print(USAGE); return 0; }
                if (a.equals("-x")) reverse = true;
                else if (a.equals("-p")) {
                    if (++i >= args.length) return usage(err, "-p needs a port");
                    port = Integer.parseInt(args[i]);
                } else if (a.equals("--pcap")) {
                    if (++i >= args.length) return usage(err, "--pcap needs a file name");
                    pcap = args[i];
                } else if (a.startsWith("@")) server = a;
                else if (a.equals("+tcp")) o = o.withTcp(true);
                else if (a.equals("+short")) shortForm = true;
                else if (a.equals("+json")) json = true;
                else if (a.equals("+annotate")) annotate = true;
                else if (a.equals("+noedns")) o = o.withUdpSize(0);
                else if (a.startsWith("+bufsize=")) o = o.withUdpSize(bounded(a, 512, 65535));
                else if (a.equals("+dnssec")) o = o.withDnssecOk(true);
                else if (a.equals("+norecurse")) o = o.withRecursion(false);
                else if (a.equals("+ignore")) o = o.withIgnoreTc(true);
                else if (a.startsWith("+timeout=") || a.startsWith("+time=")) o = o.withTimeout(QueryTimeouts.timeoutMillis(a));
                else if (a.startsWith("+tries=") || a.startsWith("+retry=")) o = o.withTries(QueryTimeouts.tries(a));
                else if (a.startsWith("+repeat=")) repeat = bounded(a, 1, 100);
                else if (a.startsWith("+") || a.startsWith("-") && a.length() > 1) return usage(err, "unknown option '" + a + "'");
                else positional.add(a);
            }
        } catch (NumberFormatException e) {
            return usage(err, "not a number: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (positional.isEmpty()) return usage(err, "no NAME given");
        if (positional.size() > 2) return usage(err, "unexpected argument '" + positional.get(2) + "'");
        name = positional.get(0);
        if (positional.size() == 2) typeText = positional.get(1);
        Question q;
        try {
            int type = typeText != null ? RRType.parse(typeText) : reverse ? RRType.PTR.code() : RRType.A.code();
            Name qname = reverse ? Addresses.reverseName(name) : Name.parse(name);
            q = new Question(qname, type, RRClass.IN.code());
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        InetSocketAddress addr;
        try {
            addr = ServerAddress.parse(server != null ? server : ResolvConf.defaultServer(), 53);
            if (port != null) addr = new InetSocketAddress(addr.getAddress(), port);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return usage(err, "bad server: " + e.getMessage());
        }
        o = new DnsClient.Options(addr, o.timeoutMillis(), o.tries(), o.udpSize(), o.tcp(), o.ignoreTc(), o.dnssecOk(), o.recursionDesired());
        DnsClient client = new DnsClient(o, new SecureRandom());
        Attempts attempts = new Attempts();
        // dig's form keeps the attempt log on stdout; +short and +json keep stdout for the data.
        PrintStream log = shortForm || json ? err : out;
        try {
            if (repeat > 0) {
                repeat(client, q, repeat, attempts, out);
                return pcap == null ? 0 : capture(pcap, attempts, err);
            }
            DnsClient.Response r = client.query(q, attempts);
            if (shortForm) out.print(DigText.shortForm(r.message()));
            else if (json) out.println(DnsJson.write(r.message()));
            else {
                for (String line : r.log()) out.println(";; " + line);
                out.println();
                if (annotate) out.println(Annotate.render(r.wire()));
                String when = ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME);
                out.print(DigText.format(r.message(), new DigText.Meta(r.micros(), ServerAddress.show(addr), r.transport(), when, r.wire().length)));
            }
            return pcap == null ? 0 : capture(pcap, attempts, err);
        } catch (DnsFormatException e) {
            if (repeat == 0) failed(attempts.log(), "", log);
            if (pcap != null) capture(pcap, attempts, err);
            err.println("wirepad dns query: malformed reply: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            if (repeat == 0) failed(attempts.log(), "", log);
            if (pcap != null) capture(pcap, attempts, err);
            err.println("wirepad dns query: " + e.getMessage());
            return 1;
        }
    }

    /** The attempts of a query that failed: what was sent, what came back and why it was not used. */
    private static void failed(List<String> lines, String indent, PrintStream log) {
        for (String line : lines) log.println(";; " + indent + line);
    }

    /** Writes every datagram and TCP connection of the query; 0, or 1 if the file cannot be written. */
    private static int capture(String file, Attempts attempts, PrintStream err) {
        try {
            Files.write(Path.of(file), QueryCapture.pcap(attempts, Clock.systemUTC()));
            return 0;
        } catch (IOException e) {
            err.println("wirepad dns query: " + FileErrors.cannot("write", file, Path.of(file), e));
            return 1;
        } catch (RuntimeException e) {
            err.println("wirepad dns query: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private static void repeat(DnsClient client, Question q, int n, Attempts attempts, PrintStream out) throws IOException, DnsFormatException {
        Resolver r = new Resolver(client, new DnsCache(System::currentTimeMillis));
        for (int i = 1; i <= n; i++) {
            out.println(";; round " + i + ":");
            int before = attempts.log().size();
            Resolver.Answer a;
            try {
                a = r.resolve(q.name(), q.type(), attempts);
            } catch (IOException | DnsFormatException e) {
                List<String> lines = attempts.log();
                failed(lines.subList(Math.min(before, lines.size()), lines.size()), "  ", out);
                throw e;
            }
            for (String s : a.steps()) out.println(";;   " + s);
            for (var rr : a.records()) out.println(rr.presentation());
            if (a.records().isEmpty()) out.println(";; " + wirepad.dns.Rcode.name(a.rcode()) + ", no records");
        }
        DnsCache c = r.cache();
        out.println(";; cache: " + c.hits() + " hit" + (c.hits() == 1 ? "" : "s") + ", " + c.misses() + " miss" + (c.misses() == 1 ? "" : "es")
                + ", " + c.size() + " entr" + (c.size() == 1 ? "y" : "ies") + " (one hit or miss per name looked up; each miss asked the server)");
    }

    private static int bounded(String opt, int min, int max) {
        int v = Integer.parseInt(opt.substring(opt.indexOf('=') + 1));
        if (v < min || v > max) throw new IllegalArgumentException(opt + ": must be " + min + ".." + max);
        return v;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("wirepad dns query: " + problem);
        err.print(USAGE);
        return 2;
    }
}
