package wirepad.dns;

/** The four sections of a message, in wire order (RFC 1035 §4.1), with their count field names. */
public enum Section {
    QUESTION("question", "qdcount"), ANSWER("answer", "ancount"), AUTHORITY("authority", "nscount"),
    ADDITIONAL("additional", "arcount");

    private final String label;
    private final String countField;

    Section(String label, String countField) {
        this.label = label;
        this.countField = countField;
    }

    /** Lower-case name used in field labels, e.g. "answer". */
    public String label() { return label; }

    /** The header field holding this section's count, e.g. "ancount". */
    public String countField() { return countField; }
}
