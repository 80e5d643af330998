package wirepad.http;

/** What {@link MessageParser#next()} found. */
public sealed interface ParseResult {
    /** Not enough bytes yet to decide; {@code waitingFor} says what is missing, in words. */
    record NeedMore(String waitingFor) implements ParseResult {}

    /** One complete message; call {@code next()} again for a pipelined one. */
    record Done(HttpMessage message) implements ParseResult {}

    /** The bytes break a rule; the parser stays failed. */
    record Failed(ParseError error) implements ParseResult {}

    /** The connection became a tunnel at {@code offset}; the rest belongs to another protocol. */
    record Tunnel(int offset, int remaining) implements ParseResult {}

    /** The peer closed cleanly between messages. */
    record Closed(int offset) implements ParseResult {}
}
