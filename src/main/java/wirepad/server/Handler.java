package wirepad.server;

import java.io.IOException;
import wirepad.http.HttpMessage;

/** What an embedded HTTP server does with each complete request. */
public interface Handler {
    /**
     * The exact bytes to answer with, and whether to close afterwards. With a {@code stream}, the
     * server ignores {@code bytes} and lets the stream write the reply over time (slow bodies,
     * delays); the stream may only write through the {@link Wire} it is given.
     */
    record Reply(byte[] bytes, boolean close, Stream stream) {
        public Reply(byte[] bytes, boolean close) { this(bytes, close, null); }

        /** A reply written piece by piece, with pauses: see {@link Stream}. */
        public static Reply streamed(Stream s, boolean close) { return new Reply(new byte[0], close, s); }

        /** Close the connection without sending a single byte. */
        public static Reply silentClose() { return new Reply(new byte[0], true, null); }
    }

    /** Writes a reply over time. Every write is recorded in the connection's ledger. */
    @FunctionalInterface
    interface Stream {
        void writeTo(Wire wire) throws IOException;
    }

    /** The connection as a streaming reply sees it. */
    interface Wire {
        /** Writes and flushes at once (each call is one ledger entry, usually one TCP segment). */
        void write(byte[] b) throws IOException;

        /**
         * Waits up to {@code ms}; returns early, with an IOException, when the server stops, so no
         * reply can keep a stopping server waiting.
         */
        void pause(long ms) throws IOException;
    }

    Reply handle(HttpMessage request, Peer peer);

    /**
     * True for a handler that answers at once from the request alone (no I/O, no waiting, no stream):
     * the server may then answer on its read thread, saving two thread hand-overs per request. An
     * answer that does not go out whole at once is finished by a worker, with the usual deadline.
     */
    default boolean quick() { return false; }

    /**
     * The final answer when the head alone decides it, for a request that waits for
     * {@code 100 Continue} before sending its body (RFC 9110 §10.1.1): a 405, 415 or 411 the body
     * cannot change. Null (the default) means "send the body". The server closes after it.
     * {@code head} has the request's head and framing, and no body yet.
     */
    default Reply early(HttpMessage head, Peer peer) { return null; }

    /** Who sent the request: connection number and endpoints (for logs and the env view). */
    record Peer(int connection, String remote, String local) {}
}
