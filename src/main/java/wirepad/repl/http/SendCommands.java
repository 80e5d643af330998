package wirepad.repl.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import wirepad.http.RequestDraft;
import wirepad.net.Connection;
import wirepad.net.Direction;
import wirepad.net.Exchange;
import wirepad.net.ExchangeLog;
import wirepad.net.HostPort;
import wirepad.net.NetException;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;

/** send (the draft), raw (typed bytes), pipe (saved drafts back to back), open/close (keep-alive). */
final class SendCommands {
    private SendCommands() {}

    /**
     * Options shared by send, raw and pipe; a word with a colon (or starting with '[') is HOST:PORT,
     * wherever it stands. {@code splitAt} 0 = one write. Options that would do nothing are refused.
     */
    record Opts(String target, boolean tls, boolean insecure, String cacert, String view, int splitAt, int delayMs, List<String> rest) {
        static Opts parse(List<String> w, boolean tlsDefault) throws CommandException {
            String target = null, view = "side", cacert = null;
            boolean tls = tlsDefault, insecure = false;
            Integer split = null, delay = null;
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                String a = w.get(i);
                switch (a) {
                    case "--tls" -> tls = true;
                    case "--insecure" -> insecure = true;
                    case "--cacert" -> cacert = arg(w, ++i, a);
                    case "--view" -> view = arg(w, ++i, a);
                    case "--curl", "--flow", "--hex", "--ledger", "--side" -> view = a.substring(2);
                    case "--split-at" -> split = DraftCommands.number(arg(w, ++i, a));
                    case "--delay" -> delay = DraftCommands.number(arg(w, ++i, a));
                    default -> {
                        if (a.startsWith("--")) throw new CommandException("unknown option " + a);
                        if (target == null && looksLikeTarget(a)) {
                            hostPort(a); // says what is wrong with it now, not as a failed connect later
                            target = a;
                        } else rest.add(a);
                    }
                }
            }
            if (!List.of("side", "curl", "flow", "hex", "ledger").contains(view)) throw new CommandException("--view is side, curl, flow, hex or ledger");
            if (split != null && split == 0) throw new CommandException("--split-at wants 1 or more bytes per write (0 would not split)");
            if (delay != null && split == null)
                throw new CommandException("--delay MS pauses between the pieces of --split-at N; give --split-at too");
            if (insecure && !tls && cacert == null)
                throw new CommandException("--insecure skips the TLS certificate check; it needs --tls (or an https:// draft)");
            return new Opts(target, tls, insecure, cacert, view, split == null ? 0 : split, delay == null ? 0 : delay, rest);
        }

        /** HOST:PORT, or meant to be: {@code :80}, {@code [::1}, {@code host:0} are reported, not sent to. */
        static boolean looksLikeTarget(String a) { return a.startsWith("[") || a.contains("://") || (a.indexOf(':') >= 0 && a.indexOf('/') < 0); }

        private static String arg(List<String> w, int i, String opt) throws CommandException {
            if (i >= w.size()) throw new CommandException(opt + " needs a value");
            return w.get(i);
        }
    }

    /** A note when --split-at has nothing to split or no pause between its pieces (TCP may merge them). */
    static void splitNotes(Invocation in, Opts o, List<byte[]> requests) {
        if (o.splitAt() == 0) return;
        int longest = requests.stream().mapToInt(r -> r.length).max().orElse(0);
        if (o.splitAt() >= longest)
            in.out().println("note: --split-at " + o.splitAt() + " splits nothing: the request is " + longest + " bytes, so it goes in one write");
        else if (o.delayMs() == 0)
            in.out().println("note: --split-at " + o.splitAt() + " without --delay: the pieces go back to back and TCP may merge them;"
                    + " --delay MS pauses between them");
    }

    static void send(Invocation in) throws Exception {
        HttpState s = DraftCommands.state(in);
        RequestDraft d = DraftCommands.draft(in);
        Opts o = Opts.parse(in.words(), s.tls);
        if (!o.rest().isEmpty()) throw new CommandException("unexpected " + o.rest() + " (send [HOST:PORT] [--tls] [--view V])");
        String target = o.target() != null ? o.target() : s.target != null ? s.target : fromHost(d);
        exchange(in, target, o, List.of(d.toBytes()));
    }

    /** raw [OPTIONS] HOST:PORT BYTES: options come first, everything after HOST:PORT is bytes. */
    static void raw(Invocation in) throws Exception {
        String t = in.text().stripLeading(); // trailing spaces are bytes too
        List<String> head = new ArrayList<>();
        String rest = t;
        while (true) {
            String[] w = rest.split("\\s+", 2);
            head.add(w[0]);
            rest = w.length > 1 ? w[1] : "";
            boolean takesValue = List.of("--view", "--split-at", "--delay", "--cacert").contains(w[0]);
            if (takesValue && !rest.isEmpty()) {
                String[] v = rest.split("\\s+", 2);
                head.add(v[0]);
                rest = v.length > 1 ? v[1] : "";
            }
            if (!w[0].startsWith("--") || rest.isEmpty()) break;
        }
        Opts o = Opts.parse(head, false);
        if (o.target() == null || rest.isEmpty())
            throw new CommandException("raw: want [OPTIONS] HOST:PORT BYTES, e.g. raw --view curl $echo GET / HTTP/1.1\\r\\n\\r\\n");
        exchange(in, o.target(), o, List.of(Typed.bytes(rest)));
    }

    static void pipe(Invocation in) throws Exception {
        HttpState s = DraftCommands.state(in);
        Opts o = Opts.parse(in.words(), s.tls);
        if (o.rest().isEmpty()) throw in.usage();
        List<byte[]> requests = new ArrayList<>();
        RequestDraft first = null;
        for (String name : o.rest()) {
            RequestDraft d = name.equals(".") ? DraftCommands.draft(in) : s.saved.get(name);
            if (d == null) throw new CommandException("no saved draft '" + name + "' (see: drafts; '.' is the current draft)");
            if (first == null) first = d;
            requests.add(d.toBytes());
        }
        String target = o.target() != null ? o.target() : s.target != null ? s.target : fromHost(first);
        in.out().println("pipelining " + requests.size() + (requests.size() == 1 ? " request" : " requests") + " back to back on one connection");
        exchange(in, target, o, requests);
    }

    static void open(Invocation in) throws Exception {
        HttpState s = DraftCommands.state(in);
        Opts o = Opts.parse(in.words(), false);
        if (o.target() == null) throw in.usage();
        if (s.connection != null) throw new CommandException("a connection to " + s.connection.target() + " is open; 'close' it first");
        HostPort hp = hostPort(o.target());
        s.connection = connect(in, hp, o);
        Connection c = s.connection;
        in.out().println("connection open: " + c.ledger().local() + " -> " + c.ledger().remote() + " (connect "
                + ms(c.connectNanos()) + "); send and pipe use it until 'close'");
        if (c.ledger().tls() != null) in.out().println("tls: " + c.ledger().tls().describe());
    }

    static void close(Invocation in) throws CommandException {
        HttpState s = DraftCommands.state(in);
        if (s.connection == null) throw new CommandException("no connection is open");
        Connection c = s.connection;
        s.close();
        in.out().println("closed the connection to " + c.target() + " (" + c.ledger().total(Direction.SENT) + " bytes sent, "
                + c.ledger().total(Direction.RECEIVED) + " received)");
    }

    /** Writes the requests (on the open connection, or a new one), reads, records, shows. */
    static void exchange(Invocation in, String target, Opts o, List<byte[]> requests) throws Exception {
        HttpState s = DraftCommands.state(in);
        boolean reuse = s.connection != null;
        if (reuse && o.target() != null && !sameTarget(o.target(), s.connection.target()))
            throw new CommandException("a connection to " + s.connection.target() + " is open; 'close' it to send elsewhere");
        if (!reuse && target == null) throw new CommandException("where to? give HOST:PORT (e.g. send $echo), start the draft from a URL, or add a Host line");
        Connection c;
        if (reuse) c = s.connection;
        else {
            HostPort hp = hostPort(target);
            c = connect(in, hp, o);
        }
        in.cancel().onCancel(c::abort);
        splitNotes(in, o, requests);
        try {
            int sentFrom = (int) c.ledger().total(Direction.SENT);
            Exchange.Result r;
            try {
                r = Exchange.run(c, requests, new Exchange.WritePlan(o.splitAt(), o.delayMs()), profile(in));
            } catch (NetException e) {
                if (reuse) s.close(); // closes the socket too, not only the reference
                throw e;
            }
            ExchangeLog x = new ExchangeLog(s.history.size() + 1, c.target(), requests, c.ledger(), r,
                    reuse ? 0 : c.connectNanos(), reuse ? 0 : c.tlsNanos(), sentFrom, (int) c.ledger().total(Direction.SENT));
            s.history.add(x);
            String why = !reuse ? null
                    : r.ending() == wirepad.net.Ending.CANCELLED ? "cancelled mid-exchange, so the connection is out of step"
                    : c.ledger().closedBy() != null ? "the peer closed it"
                    : r.reusable() ? null
                    : r.ending() == wirepad.net.Ending.SWITCHED ? "it speaks another protocol now (after the "
                            + r.responses().get(r.responses().size() - 1).status() + ")"
                    : r.leftover() > 0 ? "bytes came that answer no request, so the next response could not be told apart"
                    : !r.complete() || r.error() != null ? "the response did not end where its framing says, so the connection is out of step"
                    : "the response says the connection cannot be reused";
            // closed before the view, so every view tells the same story about the connection
            if (!reuse) c.close();
            else if (why != null) s.close();
            in.out().print(Colors.apply(Views.render(x, o.view(), in.out().width(), in.session().settings().get(Views.UTF8)), in.out()));
            if (reuse) in.out().println(why != null ? "connection closed: " + why : "connection stays open (#" + x.number() + " on it; 'close' ends it)");
        } finally {
            if (!reuse) c.close();
        }
    }

    /**
     * Opens a connection that Ctrl-C can stop during the connect or the TLS handshake: it ends at once
     * with one line (nothing was sent, nothing came, so nothing goes in history).
     */
    static Connection connect(Invocation in, HostPort hp, Opts o) throws NetException, CommandException {
        Connection.Opening opening = new Connection.Opening();
        in.cancel().onCancel(opening);
        try {
            return Connection.open(hp.host(), hp.port(), options(in, o), opening);
        } catch (NetException e) {
            if (e.kind() == NetException.Kind.CANCELLED) throw new CommandException(e.getMessage());
            throw e;
        }
    }

    static wirepad.http.ParserOptions profile(Invocation in) {
        return "lenient".equals(in.session().settings().get("profile")) ? wirepad.http.ParserOptions.LENIENT : wirepad.http.ParserOptions.STRICT;
    }

    static Connection.Options options(Invocation in, Opts o) {
        String ca = o.cacert() == null ? null : in.session().resolve(o.cacert()).toString();
        return Connection.Options.DEFAULT.withTimeouts(millis(in, HttpCommands.CONNECT_TIMEOUT), millis(in, HttpCommands.IDLE_TIMEOUT))
                .withTls(o.tls() || ca != null, o.insecure()).withCaFile(ca);
    }

    /** A timeout setting in milliseconds; its value {@code timeout} means the timeout setting's. */
    static int millis(Invocation in, String setting) {
        String v = in.session().settings().get(setting);
        if (v.equals(HttpCommands.FOLLOW_TIMEOUT)) v = in.session().settings().get("timeout");
        return (int) Math.min(Integer.MAX_VALUE, wirepad.repl.Durations.parse(v).toMillis());
    }

    /** The Host line's value as the destination (port 80 when it has none), or null. */
    static String fromHost(RequestDraft d) {
        if (d == null) return null;
        int i = d.indexOf("Host");
        if (i < 0) return null;
        String v = d.fields().get(i).value();
        if (v.isEmpty()) return null;
        return v.matches(".*:\\d+") ? v : v + ":80";
    }

    private static boolean sameTarget(String a, String b) { return a.equals(b) || a.replace("localhost", "127.0.0.1").equals(b); }

    static String ms(long ns) { return String.format(java.util.Locale.ROOT, "%.1f ms", ns / 1e6); }

    /** HOST:PORT or [v6]:PORT, by the same rule as the CLI's ({@link HostPort}); a URL gets the right form. */
    static HostPort hostPort(String s) throws CommandException {
        try {
            return HostPort.parse(s, HostPort.REQUIRED);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage() + (s.contains("://") ? "; or start a draft from the URL: new GET " + s : ""));
        }
    }
}
