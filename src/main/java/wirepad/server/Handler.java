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

    /** Who sent the request: connection number and endpoints (for logs and the env view). */
    record Peer(int connection, String remote, String local) {}
}
