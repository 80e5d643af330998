package wirepad.repl.lookup;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import wirepad.net.resolver.ResolvConf;
import wirepad.net.resolver.ServerAddress;
import wirepad.repl.CommandException;
import wirepad.repl.Durations;
import wirepad.repl.Session;

/** Where a query goes, and how long to wait: from @SERVER, else the last server, else $dns, else resolv.conf. */
final class Target {
    private Target() {}

    static InetSocketAddress server(Session session, DnsState st, String given) throws CommandException {
        String text = given;
        if (text == null && st.server != null) return st.server;
        if (text == null) text = session.get("dns");
        if (text == null) {
            try {
                text = ResolvConf.defaultServer();
            } catch (RuntimeException e) {
                throw new CommandException("no server: give @SERVER[:PORT] or start one with 'serve dns'");
            }
        }
        try {
            InetSocketAddress a = ServerAddress.parse(text, 53);
            st.server = a;
            return a;
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new CommandException("bad server '" + text + "': " + e.getMessage());
        }
    }

    static int timeoutMillis(Session session) {
        return (int) Math.min(600_000, Durations.parse(session.settings().get("timeout")).toMillis());
    }
}
