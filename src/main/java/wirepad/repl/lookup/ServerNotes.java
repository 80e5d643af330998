package wirepad.repl.lookup;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wirepad.net.resolver.RawExchange;
import wirepad.repl.Servers;
import wirepad.repl.Session;

/**
 * What a DNS server of this session ({@code serve dns}, {@code serve dns-lab}) says in its own log
 * about the queries of one {@code dig} or {@code trace}: the answers it synthesised from a wildcard
 * (RFC 4592). A client cannot see that on the wire (without DNSSEC a synthesised record looks like
 * any other), but the server runs in this session, so its log can tell.
 */
final class ServerNotes {
    private ServerNotes() {}

    /** How long to wait for the server to log the last queries (it logs each one just after replying). */
    static final long WAIT_MILLIS = 5000;

    private static final Pattern NUMBER = Pattern.compile(" #(\\d+)$");
    private static final Pattern SYNTH = Pattern.compile("synthesised from the wildcard [^;)]*\\)?");

    /** The DNS server of this session that listens on {@code address} (dns, dns-lab's root), or null. */
    static Servers.Running at(Session session, InetSocketAddress address) {
        String shown = RawExchange.show(address);
        for (Servers.Running r : session.state(Servers.class, Servers::new).all())
            if ((r.kind.equals("dns") || r.kind.equals("dns-lab")) && r.address.equals(shown)) return r;
        return null;
    }

    /** The number of the newest query in a server's log lines (0 if none). */
    static int lastNumber(List<String> log) {
        for (int i = log.size() - 1; i >= 0; i--) {
            Matcher m = NUMBER.matcher(log.get(i));
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        return 0;
    }

    /** The number of queries a trace sent: one per step. */
    static int steps(List<String> traceLines) {
        return (int) traceLines.stream().filter(l -> l.trim().matches("step \\d+: .*")).count();
    }

    /**
     * One line per synthesised answer among the queries after {@code before}, waiting (at most
     * {@link #WAIT_MILLIS}) until the server has logged {@code steps} queries after it.
     */
    static List<String> synthesised(Servers.Running lab, int before, int steps) {
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
        while (lastNumber(lab.log()) - before < steps && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : lab.log()) {
            Matcher n = NUMBER.matcher(l);
            if (!n.find() || Integer.parseInt(n.group(1)) <= before) continue;
            Matcher s = SYNTH.matcher(l);
            while (s.find()) out.add("$" + lab.name + " says (query #" + n.group(1) + "): the answer was " + s.group());
        }
        return out;
    }
}
