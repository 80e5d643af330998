package wirepad.server.authority;

import java.util.HashMap;
import java.util.Map;
import wirepad.dns.Name;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;
import wirepad.dns.ResourceRecord;

/**
 * Rules between the records of a zone file, checked as each record is read so that an error can
 * name the line that breaks them (and the line it clashes with):
 * <ul>
 * <li>A CNAME owner has no other data, and one CNAME only (RFC 2181 §10.1; RFC 1034 §3.6.2).
 *     DNSSEC's records (SIG, KEY, NXT; RRSIG, NSEC of RFC 4035 §2.5) may sit beside it.</li>
 * <li>One class per zone file (RFC 1035 §5.2): the class of the first record.</li>
 * </ul>
 */
final class ZoneRules {
    /** Types allowed beside a CNAME: SIG 24, KEY 25, NXT 30, RRSIG 46, NSEC 47. */
    private static boolean dnssec(int type) { return type == 24 || type == 25 || type == 30 || type == 46 || type == 47; }

    private final Map<Name, Integer> cnameLine = new HashMap<>();
    private final Map<Name, int[]> otherData = new HashMap<>(); // owner -> {type, line} of its first non-CNAME record
    private int zoneClass = -1, classLine;

    /** Checks {@code rr} (read on {@code line}) against the records before it; IllegalArgumentException says why not. */
    void add(ResourceRecord rr, int line) {
        if (zoneClass < 0) {
            zoneClass = rr.rclass();
            classLine = line;
        } else if (rr.rclass() != zoneClass) {
            throw new IllegalArgumentException("class " + RRClass.name(rr.rclass()) + " differs from " + RRClass.name(zoneClass)
                    + " (line " + classLine + "): a zone file holds one class (RFC 1035 §5.2)");
        }
        Name owner = rr.name();
        int type = rr.type();
        if (type == RRType.CNAME.code()) {
            Integer first = cnameLine.get(owner);
            if (first != null)
                throw new IllegalArgumentException(owner + " has a second CNAME (the first is on line " + first
                        + "): an alias has one target (RFC 2181 §10.1)");
            int[] other = otherData.get(owner);
            if (other != null)
                throw new IllegalArgumentException(owner + " cannot be a CNAME: it has " + RRType.name(other[0]) + " data on line "
                        + other[1] + ", and a CNAME owner may have no other data (RFC 2181 §10.1)");
            cnameLine.put(owner, line);
        } else if (!dnssec(type)) {
            Integer cname = cnameLine.get(owner);
            if (cname != null)
                throw new IllegalArgumentException(owner + " is a CNAME (line " + cname + "), so it cannot have " + RRType.name(type)
                        + " data: a CNAME owner may have no other data (RFC 2181 §10.1)");
            otherData.putIfAbsent(owner, new int[] {type, line});
        }
    }
}
