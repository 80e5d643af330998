package wirepad.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import wirepad.http.HttpMessage;
import wirepad.http.ParseResult;
import wirepad.net.Direction;

/**
 * One thread that reads every connection of a server while it has no request to answer: idle
 * keep-alive connections, heads arriving byte by byte, bodies being uploaded. A waiting connection
 * costs its buffers, not a thread, so thousands of idle or slow clients do not stop a normal one.
 * A complete request (or a broken one) is handed to a worker; the worker gives the connection back.
 * Deadlines are checked here too: the whole head within {@code headMs} of its first byte, and no
 * silence longer than {@code idleMs}.
 */
final class ReadLoop implements Runnable {
    /** How often deadlines are checked. */
    private static final long SWEEP_NANOS = 200_000_000L;
    /** Reads of one connection per wake-up, so one fast upload cannot starve the others. */
    private static final int READS_PER_TURN = 8;
    /** Lingering close: the most silence between reads, and the most time in all (nginx: lingering_timeout 5 s, lingering_time 30 s). */
    static final long LINGER_IDLE_NANOS = 5_000_000_000L, LINGER_NANOS = 30_000_000_000L;

    private final HttpServer srv;
    private final Selector selector;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
    private final List<Conn> conns = new ArrayList<>();

    ReadLoop(HttpServer srv) throws IOException {
        this.srv = srv;
        this.selector = Selector.open();
    }

    /** A new connection: read it from now on. */
    void add(Conn c) {
        tasks.add(() -> {
            try {
                c.key = c.ch.register(selector, SelectionKey.OP_READ, c);
                conns.add(c);
            } catch (IOException e) {
                srv.finish(c);
            }
        });
        selector.wakeup();
    }

    /** A worker has answered: read the connection again (and look at what it already holds). */
    void resume(Conn c) {
        tasks.add(() -> resumeHere(c));
        selector.wakeup();
    }

    /** The same, on the read loop's thread. */
    private void resumeHere(Conn c) {
        if (c.isClosed()) return;
        c.state = Conn.State.READING;
        try {
            c.key.interestOps(c.parser.eof() ? 0 : SelectionKey.OP_READ);
        } catch (RuntimeException e) { // the key was cancelled: the connection is closed
            srv.finish(c);
            return;
        }
        advance(c);
    }

    /**
     * After an answer sent before the request was read to its end (our side already shut down):
     * read and drop what the client still sends until it stops, so it reads the answer instead of a
     * reset. Bounded like nginx's lingering close: {@link #LINGER_IDLE_NANOS} of silence or
     * {@link #LINGER_NANOS} in all. Dropping costs the loop's one buffer, no thread and no memory.
     */
    void linger(Conn c) {
        tasks.add(() -> {
            if (c.isClosed()) return;
            c.state = Conn.State.LINGERING;
            c.lingerStartNanos = c.lastReadNanos = System.nanoTime();
            try {
                c.key.interestOps(SelectionKey.OP_READ);
            } catch (RuntimeException e) { // the key was cancelled: the connection is closed
                srv.finish(c);
            }
        });
        selector.wakeup();
    }

    void wakeup() { selector.wakeup(); }

    @Override public void run() {
        long lastSweep = System.nanoTime();
        try {
            while (!srv.isClosed()) {
                selector.select(SWEEP_NANOS / 1_000_000L);
                for (Runnable t; (t = tasks.poll()) != null; ) t.run();
                for (SelectionKey k : selector.selectedKeys()) {
                    Conn c = (Conn) k.attachment();
                    if (!k.isValid() || (c.state != Conn.State.READING && c.state != Conn.State.LINGERING)) continue;
                    try {
                        if (c.state == Conn.State.LINGERING) drop(c);
                        else read(c);
                    } catch (OutOfMemoryError e) { // the caps should prevent it; if not, this request goes, the server stays
                        srv.event(srv.nameOf(c) + ": out of memory while reading this request -> answered 503, closing");
                        srv.sendNow(c, Replies.full(-1, RequestMemory.MAX, srv.clock()));
                        c.ledger.closedBy("server closed (out of memory)");
                        srv.finish(c);
                    } catch (RuntimeException e) { // a bug shown by one connection ends that connection, not the loop
                        srv.event(srv.nameOf(c) + ": connection ended: " + e);
                        c.ledger.closedBy("server closed");
                        srv.finish(c);
                    }
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                if (now - lastSweep >= SWEEP_NANOS) {
                    lastSweep = now;
                    sweep(now);
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            if (!srv.isClosed()) srv.event(srv.name() + ": the read loop stopped: " + e.getMessage());
        } finally {
            for (Conn c : conns) srv.finish(c);
            try {
                selector.close();
            } catch (IOException ignored) {
                // stopping
            }
        }
    }

    private void read(Conn c) {
        for (int i = 0; i < READS_PER_TURN && c.state == Conn.State.READING && !c.isClosed(); i++) {
            buf.clear();
            int n;
            try {
                n = c.ch.read(buf);
            } catch (IOException e) {
                c.ledger.closedBy("peer reset");
                srv.event(srv.name() + " #" + c.id + ": connection ended: " + e.getMessage());
                srv.finish(c);
                return;
            }
            if (n == 0) return;
            if (n < 0) {
                c.ledger.closedBy("peer closed");
                c.parser.feedEof();
                c.key.interestOps(0);
                advance(c);
                return;
            }
            srv.ledgerStore().record(c.ledger, Direction.RECEIVED, buf.array(), 0, n);
            Handler.Reply full = srv.memory().holdMore(c, n);
            if (full != null) { hand(c, full); return; }
            c.parser.feed(buf.array(), 0, n);
            long now = System.nanoTime();
            c.lastReadNanos = now;
            if (c.headStartNanos == 0) c.headStartNanos = now;
            advance(c);
        }
    }

    /**
     * Whether a body is past its deadline: {@code bodyMs} after the head, plus 1 s for every
     * {@code minBodyRate} bytes that came, as Apache's mod_reqtimeout ("body=20,MinRate=500"). nginx's
     * client_body_timeout only bounds the silence between two reads (our idle timeout), so a body
     * trickled a byte every few seconds would hold the connection for as long as the client likes.
     */
    private boolean bodyLate(Conn c, long now) {
        int rate = srv.options().minBodyRate();
        if (rate <= 0) return false;
        long body = Math.max(0, c.parser.received() - c.bodyStart);
        long allowedMs = srv.options().bodyMs() + body * 1000 / rate;
        return now - c.bodyStartNanos > allowedMs * 1_000_000L;
    }

    /** Reads what a lingering connection sends and drops it; its end (or a reset) closes it. */
    private void drop(Conn c) {
        for (int i = 0; i < READS_PER_TURN && !c.isClosed(); i++) {
            buf.clear();
            int n;
            try {
                n = c.ch.read(buf);
            } catch (IOException e) {
                endLinger(c, "the peer reset the connection");
                return;
            }
            if (n == 0) return;
            if (n < 0) {
                endLinger(c, "the peer closed its side");
                return;
            }
            c.dropped += n;
            c.lastReadNanos = System.nanoTime();
        }
    }

    private void endLinger(Conn c, String why) {
        if (c.dropped > 0)
            srv.event(srv.nameOf(c) + ": read and dropped " + c.dropped + " more bytes of the request after the answer, until "
                    + why + " (lingering close)");
        srv.finish(c);
    }

    /** What the bytes so far decide: a request to answer, an error, a head to look at, or nothing yet. */
    private void advance(Conn c) {
        ParseResult r = c.parser.next().rejecting(); // a framed request with a bad Host is answered 400 at once (RFC 9112 §3.2)
        if (r instanceof ParseResult.Done || r instanceof ParseResult.Failed) {
            // An empty body is complete with its head, yet the client waits for the 100 before "sending" it
            // (the JDK HttpClient does): say 100 Continue first, then the final answer.
            if (r instanceof ParseResult.Done d && !c.headSeen && d.message().bodySpan().start() == d.message().bodySpan().end()
                    && Expect.continues(d.message())) srv.sendNow(c, Expect.CONTINUE);
            c.ready = r;
            hand(c, null);
            return;
        }
        if (r instanceof ParseResult.NeedMore) {
            if (c.headSeen) return;
            HttpMessage head = c.parser.partial(); // non-null once the head is complete and the body is not
            if (head == null) return;
            c.headSeen = true;
            c.bodyStartNanos = System.nanoTime();
            c.bodyStart = head.bodySpan().start();
            c.chunked = head.framing().kind() == wirepad.http.Framing.Kind.CHUNKED;
            Handler.Reply early = srv.early(head, c);
            if (early != null) hand(c, early);
            else if (Expect.continues(head)) srv.sendNow(c, Expect.CONTINUE);
            return;
        }
        srv.finish(c); // Closed: the peer finished cleanly (or a tunnel, which this server does not carry)
    }

    private void hand(Conn c, Handler.Reply early) {
        c.state = Conn.State.BUSY;
        if (early == null && c.ready instanceof ParseResult.Done && srv.quick()) { // answered here, no hand-over
            srv.responder().respondInline(c, () -> resumeHere(c));
            return;
        }
        try {
            c.key.interestOps(0);
        } catch (RuntimeException e) {
            srv.finish(c);
            return;
        }
        srv.answer(c, early);
    }

    /** Closes connections past their deadlines, with a 408 when a request was half received. */
    private void sweep(long now) {
        conns.removeIf(Conn::isClosed);
        srv.memory().giveBack(now);
        long idle = srv.options().idleMs() * 1_000_000L, headMax = srv.options().headMs() * 1_000_000L;
        for (Conn c : conns) {
            if (c.state == Conn.State.LINGERING && !c.isClosed()) {
                if (now - c.lastReadNanos > LINGER_IDLE_NANOS) endLinger(c, LINGER_IDLE_NANOS / 1_000_000_000L + " s of silence");
                else if (now - c.lingerStartNanos > LINGER_NANOS) endLinger(c, "its time was up (" + LINGER_NANOS / 1_000_000_000L + " s)");
                continue;
            }
            if (c.state != Conn.State.READING || c.isClosed()) continue;
            int pending = c.pending();
            if (!c.headSeen && pending > 0 && c.headStartNanos != 0 && now - c.headStartNanos > headMax) {
                srv.event(srv.name() + " #" + c.id + ": the head was not complete " + srv.options().headMs() + " ms after its first byte ("
                        + pending + " bytes, no empty line yet) -> answered 408, closing");
                srv.sendNow(c, Replies.headTimeout(srv.options().headMs(), pending));
                c.ledger.closedBy("server closed (head not complete in " + srv.options().headMs() + " ms)");
                srv.finish(c);
            } else if (c.headSeen && pending > 0 && bodyLate(c, now)) {
                long body = Math.max(0, c.parser.received() - c.bodyStart), ms = (now - c.bodyStartNanos) / 1_000_000;
                srv.forget(c);
                srv.event(srv.nameOf(c) + ": the body came too slowly (" + body + " bytes in " + ms + " ms after the head; at least "
                        + srv.options().minBodyRate() + " bytes a second after the first " + srv.options().bodyMs() + " ms) -> answered 408, closing");
                srv.sendNow(c, Replies.bodyTooSlow(body, ms, srv.options().bodyMs(), srv.options().minBodyRate()));
                c.ledger.closedBy("server closed (body too slow)");
                c.state = Conn.State.BUSY; // until the lingering close begins: nothing more is parsed
                srv.lingerAndFinish(c);
            } else if (now - c.lastReadNanos > idle) {
                if (pending > 0) srv.sendNow(c, Replies.timeout(c.parser.bodyBytesMissing(), srv.options().idleMs()));
                c.ledger.closedBy("server closed (idle " + srv.options().idleMs() + " ms)");
                srv.finish(c);
            }
        }
    }
}
