package wirepad.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import wirepad.http.HttpMessage;
import wirepad.http.MessageParser;
import wirepad.http.ParseResult;
import wirepad.net.Direction;

/**
 * A worker's turn with a connection: answers the complete request (and the pipelined ones after
 * it), or the broken one with an error that names the byte, or sends the answer the head alone
 * decided; then gives the connection back to the read loop or closes it.
 */
final class Responder {
    private final HttpServer srv;
    private final Handler handler;
    private final Clock clock;

    Responder(HttpServer srv, Handler handler, Clock clock) {
        this.srv = srv;
        this.handler = handler;
        this.clock = clock;
    }

    void respond(Conn c, Handler.Reply early) {
        try {
            if (early != null) {
                srv.event(srv.nameOf(c) + ": answered " + status(early.bytes()) + " without reading the rest of the request; closing");
                srv.forget(c);
                send(c, early.bytes(), true);
                srv.lingerAndFinish(c);
                return;
            }
            answerAll(c);
        } catch (IOException | RuntimeException e) {
            ended(c, e);
        }
    }

    /**
     * On the read loop's thread, for a {@link Handler#quick() quick} handler: answers the complete
     * request (and the pipelined ones after it) as long as each answer goes out whole at once, then
     * gives the connection back with {@code resume}, without a thread hand-over. An answer the socket
     * does not take whole (the client is not reading), a streamed one or a broken request is finished
     * by a worker, with the same deadline as always.
     */
    void respondInline(Conn c, Runnable resume) {
        try {
            while (c.ready instanceof ParseResult.Done d) {
                c.ready = null;
                HttpMessage m = d.message();
                Handler.Reply reply = reply(c, m);
                boolean closing = closing(m, reply);
                if (reply.stream() != null) {
                    toWorker(c, () -> { reply.stream().writeTo(wire(c)); after(c, closing); });
                    return;
                }
                record(c, reply.bytes(), closing);
                ByteBuffer bb = ByteBuffer.wrap(reply.bytes());
                if (!ChannelWriter.writeNow(c.ch, bb)) {
                    toWorker(c, () -> { ChannelWriter.write(c.ch, bb, srv.options().idleMs()); after(c, closing); });
                    return;
                }
                if (closing) {
                    srv.finish(c);
                    return;
                }
                c.ready = next(c);
            }
            if (c.ready != null) toWorker(c, () -> answerAll(c)); // a broken pipelined request: its 400 is a worker's
            else resume.run();
        } catch (IOException | RuntimeException e) {
            ended(c, e);
        }
    }

    /** One line for a connection that ended on an error (a socket error says only its message), then it is finished. */
    private void ended(Conn c, Exception e) {
        if (!(e instanceof IOException)) srv.event(srv.nameOf(c) + ": connection ended: " + e);
        else if (!srv.isClosed()) srv.event(srv.nameOf(c) + ": connection ended: " + e.getMessage());
        srv.finish(c);
    }

    /** What a worker does after it sent an answer the read loop began: close, or go on with the next request. */
    private void after(Conn c, boolean closing) throws IOException {
        if (closing) {
            c.ledger.closedBy("server closed");
            srv.finish(c);
            return;
        }
        c.ready = next(c);
        answerAll(c);
    }

    /** A worker's part that may throw. */
    private interface Work {
        void run() throws IOException;
    }

    /** Hands the rest of a turn to a worker: the read loop stops reading the connection meanwhile. */
    private void toWorker(Conn c, Work w) {
        try {
            c.key.interestOps(0);
        } catch (RuntimeException e) { // the key was cancelled: the connection is closed
            srv.finish(c);
            return;
        }
        srv.work(c, () -> {
            try {
                w.run();
            } catch (IOException | RuntimeException e) {
                ended(c, e);
            }
        });
    }

    /** The log entry for a request and the handler's answer to it (a 500 that says so if it failed). */
    private Handler.Reply reply(Conn c, HttpMessage m) {
        srv.event(RequestLog.flow(c.logLabel, m));
        try {
            return handler.handle(m, c.peer);
        } catch (RuntimeException | OutOfMemoryError e) { // a handler failure must not hang the client: a 500 that says so
            srv.event(srv.nameOf(c) + ": the handler failed: " + e + " -> answered 500, closing");
            return new Handler.Reply(Replies.internalError(e, clock), true);
        }
    }

    private static boolean closing(HttpMessage m, Handler.Reply reply) {
        return reply.close() || !m.keepAlive() || !keptFor10(m, reply);
    }

    /** After an answer on a connection that stays: a pipelined request already here (Done or Failed), or null. */
    private ParseResult next(Conn c) {
        srv.nextRequest(c);
        ParseResult next = c.parser.next().rejecting();
        return next instanceof ParseResult.Done || next instanceof ParseResult.Failed ? next : null;
    }

    /** Answers the ready request and those after it, on a worker; then gives the connection back or closes it. */
    private void answerAll(Conn c) throws IOException {
        while (true) {
            MessageParser p = c.parser;
            ParseResult r = c.ready != null ? c.ready : p.next().rejecting();
            c.ready = null;
            if (r instanceof ParseResult.Done d) {
                HttpMessage m = d.message();
                Handler.Reply reply = reply(c, m);
                boolean closing = closing(m, reply);
                if (reply.stream() != null) reply.stream().writeTo(wire(c));
                else send(c, reply.bytes(), closing);
                if (closing) {
                    c.ledger.closedBy("server closed");
                    srv.finish(c);
                    return;
                }
                c.ready = next(c); // a pipelined request already here is answered on this turn
                if (c.ready == null) break;
            } else if (r instanceof ParseResult.Failed f) {
                srv.event(srv.nameOf(c) + ": " + f.error().describe() + " -> answered " + Replies.statusFor(f.error()) + ", closing");
                send(c, Replies.error(f.error(), p.bytes(), p.received(), c.base, clock), true);
                srv.finish(c);
                return;
            } else {
                break;
            }
        }
        srv.resume(c);
    }

    /**
     * An HTTP/1.0 client keeps a connection only when the answer says {@code Connection: keep-alive}
     * (RFC 9112 §9.3, Appendix C.2.2); an answer that does not say so (a canned one) ends it.
     */
    static boolean keptFor10(HttpMessage request, Handler.Reply reply) {
        if (!request.version().equals("HTTP/1.0")) return true;
        String head = new String(reply.bytes(), 0, headLength(reply.bytes()), StandardCharsets.ISO_8859_1);
        for (String line : head.split("\r\n"))
            if (line.regionMatches(true, 0, "Connection:", 0, 11) && line.toLowerCase(java.util.Locale.ROOT).contains("keep-alive")) return true;
        return reply.stream() != null; // a streamed reply closes or not by its own framing
    }

    private static int headLength(byte[] b) {
        for (int i = 0; i + 3 < b.length; i++) if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') return i;
        return b.length;
    }

    private static String status(byte[] reply) {
        int n = Math.min(reply.length, 64), end = 0;
        while (end < n && reply[end] != '\r') end++;
        String line = new String(reply, 0, end, StandardCharsets.ISO_8859_1);
        return line.startsWith("HTTP/1.1 ") ? line.substring(9) : line;
    }

    /**
     * Into the ledger first, and the close too when this answer ends the connection: a client that has
     * read the answer may ask 'received' at once, and must find both.
     */
    private void send(Conn c, byte[] b, boolean closing) throws IOException {
        record(c, b, closing);
        ChannelWriter.write(c.ch, b, 0, b.length, srv.options().idleMs());
    }

    private void record(Conn c, byte[] b, boolean closing) {
        srv.ledgerStore().record(c.ledger, Direction.SENT, b, 0, b.length);
        if (closing) c.ledger.closedBy("server closed");
    }

    /** The connection as a streaming reply sees it: writes go to the ledger, pauses end when the server stops. */
    private Handler.Wire wire(Conn c) {
        return new Handler.Wire() {
            @Override public void write(byte[] b) throws IOException {
                if (srv.isClosed()) throw new IOException("server stopped");
                send(c, b, false);
            }

            @Override public void pause(long ms) throws IOException {
                try {
                    if (srv.stopping().await(Math.max(0, ms), TimeUnit.MILLISECONDS)) throw new IOException("server stopped");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        };
    }
}
