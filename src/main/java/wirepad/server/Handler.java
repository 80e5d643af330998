package wirepad.server;

import wirepad.http.HttpMessage;

/** What an embedded HTTP server does with each complete request. */
public interface Handler {
    /** The exact bytes to answer with, and whether to close afterwards. */
    record Reply(byte[] bytes, boolean close) {}

    Reply handle(HttpMessage request, Peer peer);

    /** Who sent the request: connection number and endpoints (for logs and the env view). */
    record Peer(int connection, String remote, String local) {}
}
