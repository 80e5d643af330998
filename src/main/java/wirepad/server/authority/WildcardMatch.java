package wirepad.server.authority;

import java.util.ArrayList;
import java.util.List;
import wirepad.dns.Name;
import wirepad.dns.ResourceRecord;

/**
 * Which node of a zone answers for a name (RFC 1034 §4.3.2 step 3, as clarified by RFC 4592 §3.3.1):
 * <ul>
 * <li>{@link Kind#EXACT}: the name exists, with records or as an empty non-terminal (a name with no
 *     records but with names below it, RFC 4592 §2.2.2). A wildcard never answers for an existing
 *     name, nor for anything below one that is the closest encloser and has no wildcard child.</li>
 * <li>{@link Kind#WILDCARD}: the name does not exist, and its closest encloser (the longest existing
 *     ancestor, RFC 4592 §3.3.1) has the child {@code *}: the source of synthesis. Its records are
 *     answered with the query name as owner (§3.3.1 step 3c, "synthesised"). A source that is itself
 *     an empty non-terminal (only {@code x.*.zone} exists) synthesises no data: NODATA.</li>
 * <li>{@link Kind#NONE}: neither: NXDOMAIN.</li>
 * </ul>
 * Zone cuts are the caller's to check first: a wildcard below a cut is the child zone's business.
 *
 * @param closestEncloser the longest existing ancestor (for EXACT, the name itself)
 * @param source          the wildcard {@code *.<closest encloser>} that answers (null unless WILDCARD)
 */
public record WildcardMatch(Kind kind, Name name, Name closestEncloser, Name source) {
    public enum Kind { EXACT, WILDCARD, NONE }

    /** Looks {@code name} up in {@code zone} (which must enclose it). */
    public static WildcardMatch find(Zone zone, Name name) {
        if (zone.exists(name)) return new WildcardMatch(Kind.EXACT, name, name, null);
        Name encloser = name.parent();
        while (!zone.exists(encloser) && !encloser.equals(zone.origin())) encloser = encloser.parent();
        Name star = encloser.child("*");
        if (zone.exists(star)) return new WildcardMatch(Kind.WILDCARD, name, encloser, star);
        return new WildcardMatch(Kind.NONE, name, encloser, null);
    }

    public boolean exists() { return kind != Kind.NONE; }

    public boolean synthesised() { return kind == Kind.WILDCARD; }

    /** The records that answer for the name: the node's own, or the wildcard's with the name as owner. */
    public List<ResourceRecord> records(Zone zone) {
        if (kind == Kind.EXACT) return zone.at(name);
        if (kind == Kind.NONE) return List.of();
        List<ResourceRecord> out = new ArrayList<>();
        for (ResourceRecord rr : zone.at(source)) out.add(new ResourceRecord(name, rr.rclass(), rr.ttl(), rr.data()));
        return out;
    }

    /** {@link #records} of one type. */
    public List<ResourceRecord> records(Zone zone, int type) {
        List<ResourceRecord> out = new ArrayList<>();
        for (ResourceRecord rr : records(zone)) if (rr.type() == type) out.add(rr);
        return out;
    }

    /** For the log and for explanations: how a synthesised answer came about (null if nothing was synthesised). */
    public String note() {
        if (kind != Kind.WILDCARD) return null;
        return "synthesised from the wildcard " + source + " for " + name + " (closest encloser " + closestEncloser + ", RFC 4592 §3.3.1)";
    }
}
