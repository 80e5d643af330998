package wirepad.repl.lookup;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import wirepad.dns.Addresses;
import wirepad.dns.Name;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;
import wirepad.net.resolver.QueryTimeouts;
import wirepad.repl.CommandException;

/**
 * The words of {@code query}, {@code dig} and {@code qsend}, dig-style:
 * {@code NAME [TYPE] [CLASS] [-x ADDR] [@SERVER[:PORT]] [+option]...}. Applied on top of a base draft,
 * so {@code query +noedns} changes only EDNS of the current one. {@code timeoutMillis} and
 * {@code tries} are 0 unless given ({@code +timeout=T} seconds or {@code +timeout=Nms}, {@code +tries=N},
 * {@code +retry=N}, as in dig: see {@link QueryTimeouts}).
 */
record QueryArgs(QueryDraft draft, boolean nameGiven, String server, boolean tcp, boolean ignoreTc, boolean hex,
                 int timeoutMillis, int tries) {
    /** Option words, for completion. */
    static final List<String> OPTIONS = List.of("+rd", "+nord", "+cd", "+nocd", "+do", "+nodo", "+edns", "+noedns",
            "+bufsize=", "+id=", "+tcp", "+ignore", "+hex", "+timeout=", "+tries=", "+retry=");

    /** Parses {@code words}; {@code base} is the draft to change, or null to start a new one (then NAME is required). */
    static QueryArgs parse(List<String> words, QueryDraft base) throws CommandException {
        QueryDraft d = base;
        String server = null;
        boolean tcp = false, ignore = false, hex = false, named = false, typed = false, classed = false;
        int timeout = 0, tries = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("@")) {
                server = w.substring(1);
                if (server.isEmpty()) throw new CommandException("'@' needs a server: @127.0.0.1:5353 or @$dns");
            } else if (w.equals("-x")) {
                if (++i >= words.size()) throw new CommandException("-x needs an address: -x 192.0.2.7");
                Name rev;
                try {
                    rev = Addresses.reverseName(words.get(i));
                } catch (IllegalArgumentException e) {
                    throw new CommandException("-x: " + e.getMessage());
                }
                d = (d == null ? QueryDraft.of(rev, RRType.PTR.code(), randomId()) : d.withName(rev)).withType(RRType.PTR.code());
                named = true;
            } else if (w.startsWith("+")) {
                String opt = w.toLowerCase(java.util.Locale.ROOT);
                if (opt.equals("+tcp")) { tcp = true; continue; }
                if (opt.equals("+ignore")) { ignore = true; continue; }
                if (opt.equals("+hex")) { hex = true; continue; }
                if (QueryTimeouts.isOption(opt)) {
                    try {
                        if (opt.startsWith("+time")) timeout = QueryTimeouts.timeoutMillis(opt);
                        else tries = QueryTimeouts.tries(opt);
                    } catch (IllegalArgumentException e) {
                        throw new CommandException(e.getMessage());
                    }
                    continue;
                }
                if (d == null) throw new CommandException("give a NAME before " + w + " (e.g. query www.example.lab " + w + ")");
                d = option(d, opt, w);
            } else if (!named) {
                Name n;
                try {
                    n = Name.parse(w);
                } catch (IllegalArgumentException e) {
                    throw new CommandException("bad name '" + w + "': " + e.getMessage());
                }
                d = d == null ? QueryDraft.of(n, RRType.A.code(), randomId()) : d.withName(n);
                named = true;
            } else if (!typed && isType(w)) {
                d = d.withType(RRType.parse(w));
                typed = true;
            } else if (!classed && isClass(w)) {
                d = d.withClass(RRClass.parse(w));
                classed = true;
            } else {
                throw new CommandException("'" + w + "' is not a record type, a class, @SERVER or +option (see 'help query')");
            }
        }
        if (d == null) throw new CommandException("no NAME given (e.g. www.example.lab)");
        return new QueryArgs(d, named, server, tcp, ignore, hex, timeout, tries);
    }

    private static QueryDraft option(QueryDraft d, String opt, String typed) throws CommandException {
        return switch (opt) {
            case "+rd", "+recurse" -> d.withRd(true);
            case "+nord", "+norecurse" -> d.withRd(false);
            case "+cd", "+cdflag" -> d.withCd(true);
            case "+nocd", "+nocdflag" -> d.withCd(false);
            case "+do", "+dnssec" -> d.withDnssecOk(true);
            case "+nodo", "+nodnssec" -> d.withDnssecOk(false);
            case "+edns" -> d.withEdns(true);
            case "+noedns" -> d.withEdns(false);
            default -> {
                if (opt.startsWith("+bufsize=")) yield d.withUdpSize(number(typed, 0, 65535));
                if (opt.startsWith("+id=")) yield d.withId(number(typed, 0, 65535));
                throw new CommandException("unknown option '" + typed + "' (known: " + String.join(" ", OPTIONS) + ")");
            }
        };
    }

    private static int number(String opt, int min, int max) throws CommandException {
        String v = opt.substring(opt.indexOf('=') + 1);
        try {
            int n = v.startsWith("0x") ? Integer.parseInt(v.substring(2), 16) : Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new CommandException(opt + ": want a number from " + min + " to " + max);
    }

    static boolean isType(String w) {
        try {
            RRType.parse(w);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isClass(String w) {
        try {
            RRClass.parse(w);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A fresh random id (RFC 5452 §9.2: ids must be unpredictable); +id=N fixes it. */
    static int randomId() { return ThreadLocalRandom.current().nextInt(0x10000); }
}
