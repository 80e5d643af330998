package wirepad.repl.lookup;

import wirepad.view.Columns;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.HexText;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Rcode;
import wirepad.dns.RRType;
import wirepad.dns.ResourceRecord;
import wirepad.dns.view.Annotate;
import wirepad.dns.view.DigText;
import wirepad.net.resolver.Attempts;
import wirepad.net.resolver.DnsCache;
import wirepad.net.resolver.DnsClient;
import wirepad.net.resolver.RawExchange;
import wirepad.net.resolver.Resolver;
import wirepad.net.resolver.ServerAddress;
import wirepad.net.resolver.Tracer;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;
import wirepad.repl.Out;
import wirepad.repl.Servers;

/** lookup (through the cache), cache (TTLs counting down), decode (offline), trace (from the roots). */
final class LookupCommands {
    private LookupCommands() {}

    /** a.root-servers.net and b… (IANA root hints); used by trace when no lab runs and no @ROOT is given. */
    static final List<String> ROOT_HINTS = List.of("198.41.0.4", "170.247.170.2", "192.33.4.12");

    static void lookup(Invocation in) throws CommandException {
        DnsState st = DraftCommands.state(in);
        List<String> w = in.words();
        if (w.isEmpty()) throw in.usage();
        QueryArgs a = QueryArgs.parse(w, null);
        InetSocketAddress server = Target.server(in.session(), st, a.server());
        DnsClient.Options o = DnsClient.Options.defaults(server)
                .withTimeout(a.timeoutMillis() > 0 ? a.timeoutMillis() : Target.timeoutMillis(in.session())).withTries(a.tries() > 0 ? a.tries() : 2)
                .withTcp(a.tcp()).withRecursion(a.draft().rd()).withUdpSize(a.draft().edns() ? a.draft().udpSize() : 0);
        Resolver r = new Resolver(new DnsClient(o, new SecureRandom()), st.cache);
        Resolver.Answer ans;
        Attempts attempts = new Attempts();
        Out out = in.out();
        try {
            // the cache is the session's: a lookup left running by Ctrl-C holds it until its own timeout
            ans = in.cancel().call("lookup", () -> {
                synchronized (st.cache) {
                    return r.resolve(a.draft().name(), a.draft().type(), attempts);
                }
            });
        } catch (RuntimeException e) {
            throw e;            // Ctrl-C (Cancel.Cancelled) and bugs are not the server's doing
        } catch (Exception e) { // IOException or DnsFormatException, from the resolver
            // what was sent and why each reply was ignored, before the error
            String dig = ServerAddress.show(server), ours = RawExchange.show(server);
            for (String l : attempts.log()) out.println(";; " + l.replace(dig, ours));
            throw new CommandException((e instanceof DnsFormatException ? "malformed reply: " : "") + e.getMessage().replace(dig, ours));
        }
        for (String s : ans.steps()) out.println(";; " + s.replace(ServerAddress.show(server), RawExchange.show(server)));
        for (String l : Columns.alignTabs(ans.records().stream().map(ResourceRecord::presentation).toList())) out.println(l);
        if (ans.records().isEmpty()) out.println(";; " + Rcode.name(ans.rcode()) + ", no records");
        if (ans.steps().stream().anyMatch(s -> s.startsWith("cache hit"))) {
            Sender.say(out, "no packet sent: the cache answered. The TTL shown is the one the server sent minus the seconds"
                    + " the entry has been cached; at 0 the entry is dropped and the next lookup asks again"
                    + " (RFC 1034 §3.6; negative answers: RFC 2308).");
        }
        out.println(";; cache: " + st.cache.hits() + " hit" + (st.cache.hits() == 1 ? "" : "s") + ", " + st.cache.misses() + " miss"
                + (st.cache.misses() == 1 ? "" : "es") + ", " + st.cache.size() + " entr" + (st.cache.size() == 1 ? "y" : "ies"));
    }

    static void cache(Invocation in) throws CommandException {
        DnsState st = DraftCommands.state(in);
        List<String> w = in.words();
        if (w.size() == 1 && w.get(0).equals("clear")) {
            synchronized (st.cache) {
                st.cache.clear();
            }
            in.out().println("cache cleared");
            return;
        }
        if (!w.isEmpty()) throw in.usage();
        List<DnsCache.View> entries;
        synchronized (st.cache) {
            entries = st.cache.entries();
        }
        List<String> rows = new ArrayList<>();
        for (DnsCache.View v : entries) {
            String left = v.remaining() + "s of " + v.storedFor() + "s";
            String type = v.type() < 0 ? "*" : RRType.name(v.type());
            if (v.negative()) rows.add(v.name() + "\t" + type + "\t" + left + "\t" + Rcode.name(v.rcode()) + " (negative, RFC 2308)");
            for (ResourceRecord rr : v.records()) rows.add(rr.name() + "\t" + type + "\t" + left + "\t" + rr.data().presentation());
        }
        Out out = in.out();
        if (rows.isEmpty()) out.println("the cache is empty (dig, qsend and lookup fill it)");
        else {
            rows.add(0, "NAME\tTYPE\tTTL LEFT\tDATA");
            for (String l : Columns.alignTabs(rows)) out.println(l);
        }
        out.println(entries.size() + " entr" + (entries.size() == 1 ? "y" : "ies") + "; lookups: " + st.cache.hits() + " hit"
                + (st.cache.hits() == 1 ? "" : "s") + ", " + st.cache.misses() + " miss" + (st.cache.misses() == 1 ? "" : "es"));
    }

    static void decode(Invocation in) throws CommandException {
        DnsState st = DraftCommands.state(in);
        List<String> w = new ArrayList<>(in.words());
        boolean hex = w.remove("+hex");
        byte[] wire;
        if (w.isEmpty()) {
            if (st.lastReply == null) throw new CommandException("nothing to decode: give HEX, or send a query first (the last reply is used)");
            wire = st.lastReply;
        } else {
            String text = String.join(" ", w);
            try {
                wire = HexText.parse(text, 65535); // a DNS message's limit (RFC 1035 §4.2.2)
            } catch (HexText.Malformed e) {
                throw new CommandException("not hex: column " + e.column() + ": " + e.getMessage().replaceFirst("^line 1, column \\d+: ", "")
                        + "\n  " + text + "\n  " + " ".repeat(e.column() - 1) + "^  (want pairs of hex digits, e.g. decode 1234 0100 0001 ...)");
            }
        }
        if (hex) in.out().print(Annotate.render(wire));
        else in.out().print(ReplyView.render(wire, wire.length + " bytes", new DigText.Meta(null, null, null, null, wire.length), in.out().width()));
    }

    static void trace(Invocation in) throws CommandException {
        List<String> w = in.words();
        if (w.isEmpty()) throw in.usage();
        QueryArgs a = QueryArgs.parse(w, null);
        List<InetAddress> roots = new ArrayList<>();
        int port;
        String from;
        try {
            Servers.Running lab = in.session().state(Servers.class, Servers::new).get("dnslab");
            if (a.server() != null || lab != null) {
                InetSocketAddress root = ServerAddress.parse(a.server() != null ? a.server() : lab.address, 53);
                roots.add(root.getAddress());
                port = root.getPort();
                from = "root hint " + RawExchange.show(root) + (a.server() == null ? " (the dns-lab root)" : "");
            } else {
                for (String h : ROOT_HINTS) roots.add(InetAddress.getByName(h));
                port = 53;
                from = "the IANA root hints " + String.join(", ", ROOT_HINTS) + " (start 'serve dns-lab' to stay on loopback)";
            }
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new CommandException("bad root: " + e.getMessage());
        }
        Out out = in.out();
        out.println(";; trace " + a.draft().name() + " " + RRType.name(a.draft().type()) + " from " + from
                + "; every server is asked on " + (port == 53 ? "port 53" : "the root hint's port") + ", without RD");
        Servers.Running lab = a.server() == null ? in.session().state(Servers.class, Servers::new).get("dnslab") : null;
        int labBefore = lab == null ? 0 : ServerNotes.lastNumber(lab.log());
        int timeout = a.timeoutMillis() > 0 ? a.timeoutMillis() : Target.timeoutMillis(in.session());
        int tries = a.tries() > 0 ? a.tries() : Tracer.DEFAULT_TRIES;
        Tracer tracer = new Tracer(roots, port, timeout, tries, new SecureRandom());
        Tracer.Trace t = in.cancel().call("trace", () -> tracer.trace(a.draft().name(), a.draft().type()));
        for (String l : t.lines()) out.println(";; " + l.replaceAll("(\\S+)#" + port + "\\(\\1\\)", "$1").replace('\t', ' '));
        if (lab != null) for (String l : ServerNotes.synthesised(lab, labBefore, ServerNotes.steps(t.lines()))) out.println(";;   " + l);
        if (t.answer() == null) throw new CommandException("trace failed (see the steps above)");
        List<String> recs = new ArrayList<>();
        for (ResourceRecord rr : t.answer().answers()) recs.add(rr.presentation());
        for (String l : Columns.alignTabs(recs)) out.println(l);
    }
}
