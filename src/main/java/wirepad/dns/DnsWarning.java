package wirepad.dns;

/**
 * Bytes that decode but break a rule worth seeing, e.g. a second OPT record (RFC 6891 §6.1.1).
 * The message is still decoded so it can be inspected; a server treats a query with a warning as
 * malformed. Like {@link DnsFormatException} it names the offset, the field and the rule.
 */
public record DnsWarning(int offset, String field, String problem) {
    @Override public String toString() { return String.format("offset 0x%04x (%d), %s: %s", offset, offset, field, problem); }
}
