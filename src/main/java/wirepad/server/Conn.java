package wirepad.server;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import wirepad.http.MessageParser;
import wirepad.http.Role;
import wirepad.net.Ledger;

/**
 * One connection of a server: its channel, its ledger and the parser of the request being read.
 * It belongs to one thread at a time: the {@link ReadLoop} while a request is read, a worker while
 * it is answered (the hand-over goes through a queue, so each sees the other's writes).
 */
final class Conn {
    /** READING: the read loop reads a request; BUSY: a worker answers it; LINGERING: answered early, what still comes is dropped. */
    enum State { READING, BUSY, LINGERING }

    final int id;
    final SocketChannel ch;
    final Ledger ledger;
    final Handler.Peer peer;
    /** The start of this connection's request log entries (see {@link RequestLog#label}). */
    final String logLabel;
    SelectionKey key;
    State state = State.READING;
    MessageParser parser;
    /** The parser's last Done or Failed, not yet answered (a parser says Done once per message). */
    wirepad.http.ParseResult ready;
    /** Where the current request starts on the connection (after pipelined ones). */
    long base;
    /** The memory the current request may take, as counted in the server's budget. */
    long held;
    /** Whether the current request's body is chunked (known once its head is complete). */
    boolean chunked;
    /** Whether the current request's head has been seen complete (then Expect and early answers are done). */
    boolean headSeen;
    /** When the first byte of the current head came (0: none yet), and when the last byte came. */
    long headStartNanos, lastReadNanos;
    /** When the head of the current request was complete, and where its body starts in the parser's bytes. */
    long bodyStartNanos;
    int bodyStart;
    /** While lingering: when it began, and the bytes read and dropped since. */
    long lingerStartNanos, dropped;
    private final AtomicBoolean closed = new AtomicBoolean();

    Conn(int id, SocketChannel ch, Ledger ledger, MessageParser parser) {
        this.id = id;
        this.ch = ch;
        this.ledger = ledger;
        this.parser = parser;
        this.peer = new Handler.Peer(id, ledger.remote().toString(), ledger.local().toString());
        this.logLabel = RequestLog.label(ledger.remote(), ledger.local());
        this.lastReadNanos = System.nanoTime();
    }

    /** Bytes received for the current request (or the next one) that no answer has used yet. */
    int pending() { return parser.received() - parser.consumed(); }

    /** A new parser holding the bytes after the last request (pipelined ones), and the EOF if it came. */
    void nextRequest() {
        MessageParser done = parser;
        base += done.consumed();
        MessageParser p = new MessageParser(Role.REQUEST, done.options());
        if (done.received() > done.consumed()) p.feed(done.bytes(), done.consumed(), done.received() - done.consumed());
        if (done.eof()) p.feedEof();
        parser = p;
        headSeen = false;
        chunked = false;
        headStartNanos = p.received() > 0 ? System.nanoTime() : 0;
        lastReadNanos = System.nanoTime();
    }

    /** True the first time only: the caller then gives back what the connection held. */
    boolean markClosed() {
        if (!closed.compareAndSet(false, true)) return false;
        try {
            ch.close();
        } catch (IOException e) {
            // closing anyway
        }
        return true;
    }

    boolean isClosed() { return closed.get(); }
}
