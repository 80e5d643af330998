package wirepad.repl;

import java.util.List;

/**
 * A kind of server that {@code serve KIND [ARGS]} starts, contributed by a feature's
 * {@link CommandSet#serverKinds()}: {@code serve dns 5353 lab.zone}, {@code serve dns-lab}.
 * The starter registers what it started in the session's {@link Servers}.
 *
 * @param usage   the arguments after the kind, e.g. {@code [PORT] [ZONEFILE...]}
 * @param summary one line for the list that {@code serve} prints
 */
public record ServerKind(String name, String usage, String summary, Starter starter) {
    /** Starts one server of this kind with the words after the kind name. */
    @FunctionalInterface
    public interface Starter {
        void start(Invocation in, List<String> args) throws Exception;
    }

    public ServerKind {
        if (!name.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("bad server kind: " + name);
    }
}
