package wirepad.dns;

/**
 * What a record in an UPDATE message (opcode 5, RFC 2136) asks for. The four sections are ZONE,
 * PREREQUISITE, UPDATE and ADDITIONAL DATA (§2); the meaning of a prerequisite or update record
 * comes from its CLASS, TYPE and whether it has RDATA (§2.4, §2.5).
 */
public final class Update {
    private Update() {}

    public static final int OPCODE = 5;

    /** dig's section titles: ZONE, PREREQUISITE, UPDATE, ADDITIONAL. */
    public static String title(Section s) {
        return switch (s) {
            case QUESTION -> "ZONE";
            case ANSWER -> "PREREQUISITE";
            case AUTHORITY -> "UPDATE";
            case ADDITIONAL -> "ADDITIONAL";
        };
    }

    /**
     * The operation of a record in the prerequisite (ANSWER) or update (AUTHORITY) section, with
     * its rule; null for other sections.
     */
    public static String operation(Section s, ResourceRecord rr, int zoneClass) {
        int cls = rr.rclass(), type = rr.type();
        boolean empty = rr.data() instanceof ClassRdata.Empty;
        boolean anyType = type == 255;
        if (s == Section.ANSWER) {
            if (cls == 255 && empty) return anyType ? "name is in use (RFC 2136 §2.4.4)" : "RRset exists, value independent (RFC 2136 §2.4.1)";
            if (cls == 254 && empty) return anyType ? "name is not in use (RFC 2136 §2.4.5)" : "RRset does not exist (RFC 2136 §2.4.3)";
            if (cls == zoneClass && !empty) return "RRset exists, value dependent (RFC 2136 §2.4.2)";
            return "not a prerequisite form (RFC 2136 §3.2: FORMERR)";
        }
        if (s == Section.AUTHORITY) {
            if (cls == zoneClass && !empty && !anyType) return "add to an RRset (RFC 2136 §2.5.1)";
            if (cls == 255 && empty) return anyType ? "delete all RRsets from a name (RFC 2136 §2.5.3)" : "delete an RRset (RFC 2136 §2.5.2)";
            if (cls == 254 && !empty && !anyType) return "delete an RR from an RRset (RFC 2136 §2.5.4)";
            return "not an update form (RFC 2136 §3.4.1.3: FORMERR)";
        }
        return null;
    }

    /** The zone's class: the class of the single ZONE entry (RFC 2136 §2.3), IN when there is none. */
    public static int zoneClass(Message m) { return m.questions().isEmpty() ? RRClass.IN.code() : m.questions().get(0).qclass(); }
}
