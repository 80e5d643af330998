package wirepad.repl;

import java.util.List;

/**
 * One kind of server {@code serve} can start (echo, canned, dns, lab…). Each feature brings its
 * kinds; {@link ServerCommands} dispatches {@code serve KIND ARGS} to them.
 */
public interface ServerKind {
    /** The word after {@code serve}. */
    String name();

    /** One line: {@code echo [PORT] [--bind ADDR]   the seed's echo server}. */
    String synopsis();

    /**
     * Starts a server and registers it with {@code servers.add(session, name, kind, address, closeable)};
     * the returned Running is where its events go.
     */
    Servers.Running start(Invocation in, List<String> args, Servers servers) throws Exception;
}
