package wirepad.dns;

/** One entry of the question section: QNAME, QTYPE, QCLASS (RFC 1035 §4.1.2). */
public record Question(Name name, int type, int qclass) {
    public Question {
        if (type < 0 || type > 0xffff || qclass < 0 || qclass > 0xffff) throw new IllegalArgumentException("type/class not 16-bit");
    }

    public static Question of(String name, RRType type) { return new Question(Name.parse(name), type.code(), RRClass.IN.code()); }

    /** dig's form: {@code ;www.example.lab.		IN	A}. */
    public String presentation() { return name + "\t" + RRClass.name(qclass) + "\t" + RRType.name(type); }
}
