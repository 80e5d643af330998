package wirepad.repl.lookup;

import wirepad.view.Columns;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Edns;
import wirepad.dns.Message;
import wirepad.dns.Parser;
import wirepad.dns.RRType;
import wirepad.dns.ResourceRecord;
import wirepad.dns.view.Annotate;
import wirepad.dns.view.DigText;
import wirepad.net.resolver.RawExchange;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;
import wirepad.repl.Out;
import wirepad.repl.Servers;

/**
 * Sends the session's query bytes as they are and shows the reply. A UDP reply with TC=1 is
 * explained and the same bytes are sent again over TCP (RFC 7766 §5), unless {@code +ignore}.
 * Each reply is checked the way a stub would (id, QR) and put in the session's cache.
 */
final class Sender {
    private Sender() {}

    /**
     * How to send: TCP from the start, keep a truncated reply, the full hexdump, and dig's
     * {@code +timeout} (ms, 0: the session's timeout setting) and {@code +tries} (0: one try).
     */
    record How(boolean tcp, boolean ignoreTc, boolean hex, int timeoutMillis, int tries) {}

    static void send(Invocation in, DnsState st, InetSocketAddress server, How how) throws CommandException {
        byte[] query = st.wire;
        int timeout = how.timeoutMillis() > 0 ? how.timeoutMillis() : Target.timeoutMillis(in.session());
        boolean hex = how.hex();
        Out out = in.out();
        Servers.Running local = ServerNotes.at(in.session(), server); // a server of this session: its log can say more
        int before = local == null ? 0 : ServerNotes.lastNumber(local.log());
        int sent = 1;
        RawExchange.Reply r;
        try {
            if (how.tcp()) {
                r = in.cancel().call("dig", () -> RawExchange.tcp(server, query, timeout));
            } else {
                r = in.cancel().call("dig", () -> RawExchange.udp(server, query, timeout, Math.max(1, how.tries())));
                if (tcBit(r.wire()) && !how.ignoreTc()) {
                    keep(st, query, r, server);
                    for (String l : r.log()) out.println(";; " + l);
                    say(out, truncated(r.wire()));
                    say(out, truncationWhy(query, r.wire().length));
                    say(out, "Retrying over TCP, where a message may have up to 65535 bytes (RFC 7766 §5): the same query,"
                            + " framed with a 2-byte length prefix (RFC 1035 §4.2.2). ('+ignore' keeps the truncated reply.)");
                    r = in.cancel().call("dig", () -> RawExchange.tcp(server, query, timeout));
                    sent++;
                }
            }
        } catch (IOException e) {
            throw new CommandException(e.getMessage());
        }
        keep(st, query, r, server);
        for (String l : r.log()) out.println(";; " + l);
        show(out, r, RawExchange.show(server), hex, in);
        st.lastReply = r.wire();
        if (local != null) for (String l : ServerNotes.synthesised(local, before, sent)) say(out, l);
        notes(out, query, r.wire(), st);
    }

    private static void keep(DnsState st, byte[] query, RawExchange.Reply r, InetSocketAddress server) {
        long now = java.time.Instant.now().toEpochMilli() * 1000;
        st.record(new DnsState.Sent(query.clone(), r.wire(), "TCP".equals(r.transport()), server, r.micros(), now));
    }

    private static void show(Out out, RawExchange.Reply r, String server, boolean hex, Invocation in) {
        DigText.Meta meta = new DigText.Meta(r.micros(), server, r.transport(), null, r.wire().length);
        if (hex) {
            out.print(Annotate.render(r.wire()));
            try {
                out.print(DigText.format(Parser.parse(r.wire()), meta));
            } catch (DnsFormatException e) {
                // Annotate already showed the error
            }
            return;
        }
        out.print(ReplyView.render(r.wire(), "reply " + r.wire().length + " bytes over " + r.transport(), meta, in.out().width()));
    }

    /** Prints ";; " lines, word-wrapped to the output width. */
    static void say(Out out, String text) {
        for (String l : Columns.wrap(List.of(text), out.width() - 3, "  ")) out.println(";; " + l);
    }

    /** One line on what a truncated reply holds. */
    private static String truncated(byte[] wire) {
        try {
            Message m = Parser.parse(wire);
            return "The UDP reply has flags " + m.header().flagNames() + " and " + m.answers().size() + " answer"
                    + (m.answers().size() == 1 ? "" : "s") + (m.answers().isEmpty() ? ": only the question came back." : ".");
        } catch (DnsFormatException e) {
            return "The UDP reply has TC=1 but does not decode (a truncated message may be cut anywhere): " + e.getMessage();
        }
    }

    static boolean tcBit(byte[] wire) { return wire.length >= 4 && (wire[2] & 0x02) != 0; }

    /** Why the server set TC: the limit that applied to this query. */
    static String truncationWhy(byte[] query, int replySize) {
        Edns e = null;
        try {
            e = Parser.parse(query).edns();
        } catch (DnsFormatException ignored) {
            // a malformed query: we cannot tell which limit applied
        }
        String limit = e == null
                ? "the query had no EDNS, so a UDP reply may have at most 512 bytes (RFC 1035 §4.2.1)"
                : "the query offered a " + e.udpSize() + "-byte UDP buffer (EDNS, RFC 6891 §6.2.5)";
        return "TC=1: the reply (" + replySize + " bytes) was truncated because the whole answer did not fit: " + limit + ".";
    }

    /** What a stub would think of the reply, and what went into the cache. */
    private static void notes(Out out, byte[] query, byte[] reply, DnsState st) {
        if (query.length >= 2 && reply.length >= 2 && (query[0] != reply[0] || query[1] != reply[1]))
            out.println("note: the reply's id differs from the query's: a stub resolver would drop it (RFC 5452 §9.1)");
        Message m;
        try {
            m = Parser.parse(reply);
        } catch (DnsFormatException e) {
            out.println("note: a stub resolver would drop this reply: it does not decode");
            return;
        }
        if (!m.header().qr()) {
            out.println("note: QR=0: this is a query, not a response");
            return;
        }
        if (m.rcode() == wirepad.dns.Rcode.FORMERR.code())
            Sender.say(out, "FORMERR (rcode 1): the server could not parse the query (RFC 1035 §4.1.1). It answers with"
                    + " the id it could read, QR=1 and no sections, since it cannot trust anything after the broken field.");
        if (m.header().tc()) return; // never cache a truncated reply: it is not the whole answer
        synchronized (st.cache) {
            st.cache.put(m);
        }
        for (ResourceRecord rr : m.answers()) {
            if (rr.type() == RRType.OPT.code()) continue;
            out.println("cached: " + rr.name() + " " + RRType.name(rr.type()) + " for " + rr.ttl()
                    + "s (its TTL); 'cache' shows the time left counting down");
            break;
        }
    }
}
