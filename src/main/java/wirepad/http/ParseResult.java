package wirepad.http;

/** What {@link MessageParser#next()} found. */
public sealed interface ParseResult {
    /**
     * As a server reads it: a message that was framed but breaks a rule that makes a server answer
     * 400 (an error-level finding, {@link HttpMessage#rejection()}) becomes a failure, as soon as its
     * head is complete (while its body is awaited, too); anything else is itself.
     */
    default ParseResult rejecting() {
        if (this instanceof Done d && d.message().rejection() != null) return new Failed(d.message().rejection());
        if (this instanceof NeedMore n && n.rejection() != null) return new Failed(n.rejection()); // no need to read the body
        return this;
    }

    /**
     * Not enough bytes yet to decide; {@code waitingFor} says what is missing, in words. While the
     * body of a message is awaited, {@code rejection} is the error-level finding its head already
     * carries (a bad Host), or null: a server answers 400 at once instead of reading the body first.
     */
    record NeedMore(String waitingFor, ParseError rejection) implements ParseResult {
        public NeedMore(String waitingFor) { this(waitingFor, null); }
    }

    /** One complete message; call {@code next()} again for a pipelined one. */
    record Done(HttpMessage message) implements ParseResult {}

    /** The bytes break a rule; the parser stays failed. */
    record Failed(ParseError error) implements ParseResult {}

    /** The connection became a tunnel at {@code offset}; the rest belongs to another protocol. */
    record Tunnel(int offset, int remaining) implements ParseResult {}

    /** The peer closed cleanly between messages. */
    record Closed(int offset) implements ParseResult {}
}
