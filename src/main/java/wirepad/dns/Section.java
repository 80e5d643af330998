package wirepad.dns;

/** The four sections of a message, in wire order (RFC 1035 §4.1), with their count field names. */
public enum Section {
    QUESTION("question", "qdcount", "zone", "zocount"), ANSWER("answer", "ancount", "prereq", "prcount"),
    AUTHORITY("authority", "nscount", "update", "upcount"), ADDITIONAL("additional", "arcount", "additional", "adcount");

    private final String label;
    private final String countField;
    private final String updateLabel;
    private final String updateCountField;

    Section(String label, String countField, String updateLabel, String updateCountField) {
        this.label = label;
        this.countField = countField;
        this.updateLabel = updateLabel;
        this.updateCountField = updateCountField;
    }

    /** Lower-case name used in field labels, e.g. "answer". */
    public String label() { return label; }

    /** The name in an UPDATE (RFC 2136 §2: ZONE, PREREQUISITE, UPDATE, ADDITIONAL DATA), e.g. "prereq". */
    public String updateLabel() { return updateLabel; }

    /** The section's name in a message of this opcode. */
    public String label(int opcode) { return opcode == 5 ? updateLabel : label; }

    /** The count field's name in a message of this opcode (RFC 2136 §2.2: ZOCOUNT, PRCOUNT, UPCOUNT, ADCOUNT). */
    public String countField(int opcode) { return opcode == 5 ? updateCountField : countField; }

    /** The header field holding this section's count, e.g. "ancount". */
    public String countField() { return countField; }
}
