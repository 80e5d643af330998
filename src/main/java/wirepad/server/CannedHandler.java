package wirepad.server;

import wirepad.http.HttpMessage;

/**
 * Answers every request with the same bytes, given by the user (escapes allowed), so a learner can
 * watch a client frame broken or unusual responses. With {@code close}, the connection closes
 * after each answer (that is what ends a close-delimited body).
 */
public final class CannedHandler implements Handler {
    private final byte[] reply;
    private final boolean close;

    public CannedHandler(byte[] reply, boolean close) {
        this.reply = reply.clone();
        this.close = close;
    }

    /** Copies the reply and returns: quick. */
    @Override public boolean quick() { return true; }

    @Override public Reply handle(HttpMessage request, Peer peer) { return new Reply(reply.clone(), close); }
}
