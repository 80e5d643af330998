package wirepad.repl.lookup;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import wirepad.dns.Edns;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;
import wirepad.repl.Session;

/**
 * The DNS query draft as the commands that make it again, for {@code record}: one {@code query}
 * line with every parameter said (the id too, so the bytes are the same), the server last asked
 * as {@code @SERVER} (a wirepad server's address as its variable), then each {@code qedit} as typed.
 */
final class QueryReplay {
    private QueryReplay() {}

    static List<String> commands(DnsState st, Session session) {
        if (st.draft == null) return List.of();
        QueryDraft d = st.draft;
        StringBuilder q = new StringBuilder("query ").append(session.asVariables(d.name().toString()))
                .append(' ').append(RRClass.name(d.qclass())).append(' ').append(RRType.name(d.type()));
        if (st.server != null) q.append(" @").append(session.asVariables(address(st.server)));
        q.append(d.rd() ? "" : " +nord").append(d.cd() ? " +cd" : "");
        if (!d.edns()) q.append(" +noedns");
        else {
            if (d.udpSize() != Edns.DEFAULT_UDP_SIZE) q.append(" +bufsize=").append(d.udpSize());
            if (d.dnssecOk()) q.append(" +do");
        }
        q.append(" +id=").append(d.id());
        List<String> out = new ArrayList<>();
        out.add(q.toString());
        for (String e : st.editLines) out.add(session.asVariables(e));
        return out;
    }

    /** What a replay will not have: the last reply, which 'decode' without arguments shows. */
    static List<String> notReplayed(DnsState st) {
        return st.lastReply == null ? List.of()
                : List.of("the last DNS reply (a replay has none until a 'dig' or 'qsend' after 'record': 'decode' alone needs one)");
    }

    private static String address(InetSocketAddress a) {
        String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }
}
