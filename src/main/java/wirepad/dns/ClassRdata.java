package wirepad.dns;

/**
 * RDATA whose layout depends on the CLASS: the A record of the Chaos class (RFC 1035 §3.4.1
 * defines A for IN only; in CH it is a domain name and a 16-bit address), and the empty RDATA
 * that class ANY and NONE records carry in an UPDATE (RFC 2136 §2.4, §2.5).
 */
public final class ClassRdata {
    private ClassRdata() {}

    /** Types whose RDATA layout is defined for class IN only (RFC 1035 §3.4, RFC 3596, RFC 2782, RFC 3403, RFC 2163, RFC 9460). */
    static boolean inOnly(int type) {
        return switch (type) {
            case 1, 28, 33, 35, 26, 64, 65 -> true;
            default -> false;
        };
    }

    /** A in class CH: the Chaosnet domain and a 16-bit address, printed in octal as BIND does. */
    public record ChaosA(Name domain, int address) implements Rdata {
        public ChaosA { Fields.u16(address, "Chaos address"); }
        public int type() { return 1; }
        public String presentation() { return domain + " " + Integer.toOctalString(address); }
    }

    /**
     * A record with no RDATA: class ANY or NONE in an UPDATE, where it means "the RRset exists",
     * "delete the RRset" and so on (RFC 2136 §2.4, §2.5). Printed as nothing, as dig does.
     */
    public record Empty(int type) implements Rdata {
        public Empty { Fields.u16(type, "type"); }
        public String presentation() { return ""; }
        @Override public String toString() { return RRType.name(type) + "[empty]"; }
    }

    static ChaosA readChaosA(WireReader r, String f) throws DnsFormatException {
        Name domain = r.name(f + ".domain");
        int address = r.u16(f + ".address");
        if (r.recording()) r.note(address + " (octal " + Integer.toOctalString(address) + ")");
        return new ChaosA(domain, address);
    }

    static ChaosA parseChaosA(java.util.List<String> t, Name origin) {
        RdataText.want(t, 2, "A DOMAIN ADDRESS (class CH; the address in octal)");
        String a = t.get(1);
        if (a.isEmpty() || a.length() > 6 || !a.chars().allMatch(c -> c >= '0' && c <= '7'))
            throw new IllegalArgumentException("Chaos address \"" + a + "\" is not an octal number");
        return new ChaosA(Name.parse(t.get(0), origin), Integer.parseInt(a, 8));
    }
}
