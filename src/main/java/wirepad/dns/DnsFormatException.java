package wirepad.dns;

/**
 * The peer's bytes break a DNS rule. Names the byte offset, the field being decoded and the rule;
 * the message quotes the bytes at the offset in visible form, so no stack trace is needed.
 */
public final class DnsFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;
    private final String field;
    private final String problem;

    public DnsFormatException(int offset, String field, String problem) {
        super(String.format("offset 0x%04x (%d), %s: %s", offset, offset, field, problem));
        this.offset = offset;
        this.field = field;
        this.problem = problem;
    }

    public int offset() { return offset; }

    public String field() { return field; }

    /** The rule that was broken, without offset and field. */
    public String problem() { return problem; }
}
