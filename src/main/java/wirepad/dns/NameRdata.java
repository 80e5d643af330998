package wirepad.dns;

import java.util.Arrays;
import java.util.List;

/**
 * Records whose RDATA holds domain names that a decoder must decompress although no sender
 * should compress them: RP, AFSDB, RT, PX, NAPTR (RFC 3597 §4, which lists them with SIG and NXT),
 * and DNAME (RFC 6672 §2.5). Names are printed as names, never as bytes.
 */
public final class NameRdata {
    private NameRdata() {}

    /** DNAME (39): the target that replaces the owner as a suffix (RFC 6672 §2.1). */
    public record Dname(Name target) implements Rdata {
        public int type() { return 39; }
        public String presentation() { return target.toString(); }
    }

    /** RP (17): the mailbox of the responsible person and a name with TXT records about them (RFC 1183 §2.2). */
    public record Rp(Name mailbox, Name txt) implements Rdata {
        public int type() { return 17; }
        public String presentation() { return mailbox + " " + txt; }
    }

    /** AFSDB (18): subtype (1 AFS cell database server, 2 DCE name server) and host (RFC 1183 §1). */
    public record Afsdb(int subtype, Name host) implements Rdata {
        public Afsdb { Fields.u16(subtype, "AFSDB subtype"); }
        public int type() { return 18; }
        public String presentation() { return subtype + " " + host; }
    }

    /** RT (21): preference and an intermediate host (RFC 1183 §3.1). */
    public record Rt(int preference, Name host) implements Rdata {
        public Rt { Fields.u16(preference, "RT preference"); }
        public int type() { return 21; }
        public String presentation() { return preference + " " + host; }
    }

    /** PX (26): preference, the RFC 822 domain and the X.400 domain (RFC 2163 §4). */
    public record Px(int preference, Name map822, Name mapx400) implements Rdata {
        public Px { Fields.u16(preference, "PX preference"); }
        public int type() { return 26; }
        public String presentation() { return preference + " " + map822 + " " + mapx400; }
    }

    /** NAPTR (35): order, preference, flags, services, regexp (character-strings) and replacement (RFC 3403 §4.1). */
    public record Naptr(int order, int preference, byte[] flags, byte[] services, byte[] regexp, Name replacement) implements Rdata {
        public Naptr {
            Fields.u16(order, "NAPTR order");
            Fields.u16(preference, "NAPTR preference");
            for (byte[] s : new byte[][] {flags, services, regexp})
                if (s.length > 255) throw new IllegalArgumentException("NAPTR string of " + s.length + " octets; at most 255");
            flags = flags.clone();
            services = services.clone();
            regexp = regexp.clone();
        }
        public int type() { return 35; }
        public String presentation() {
            StringBuilder sb = new StringBuilder().append(order).append(' ').append(preference).append(' ');
            RdataText.quote(sb, flags);
            sb.append(' ');
            RdataText.quote(sb, services);
            sb.append(' ');
            RdataText.quote(sb, regexp);
            return sb.append(' ').append(replacement).toString();
        }
        @Override public byte[] flags() { return flags.clone(); }
        @Override public byte[] services() { return services.clone(); }
        @Override public byte[] regexp() { return regexp.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof Naptr n && n.order == order && n.preference == preference && Arrays.equals(n.flags, flags)
                    && Arrays.equals(n.services, services) && Arrays.equals(n.regexp, regexp) && n.replacement.equals(replacement);
        }
        @Override public int hashCode() { return order * 31 + replacement.hashCode(); }
        @Override public String toString() { return "NAPTR[" + presentation() + "]"; }
    }

    static Rdata read(WireReader r, int type, String f) throws DnsFormatException {
        return switch (type) {
            case 39 -> new Dname(r.name(f + ".target"));
            case 17 -> new Rp(r.name(f + ".mbox"), r.name(f + ".txtdname"));
            case 18 -> new Afsdb(r.u16(f + ".subtype"), r.name(f + ".hostname"));
            case 21 -> new Rt(r.u16(f + ".preference"), r.name(f + ".intermediate"));
            case 26 -> new Px(r.u16(f + ".preference"), r.name(f + ".map822"), r.name(f + ".mapx400"));
            default -> new Naptr(r.u16(f + ".order"), r.u16(f + ".preference"), r.characterString(f + ".flags"),
                    r.characterString(f + ".services"), r.characterString(f + ".regexp"), r.name(f + ".replacement"));
        };
    }

    /** RFC 3597 §4: names in these types are not compressed when sending. */
    static void write(WireWriter w, Rdata d) {
        if (d instanceof Dname n) w.name(n.target, false);
        else if (d instanceof Rp p) {
            w.name(p.mailbox, false);
            w.name(p.txt, false);
        } else if (d instanceof Afsdb a) {
            w.u16(a.subtype);
            w.name(a.host, false);
        } else if (d instanceof Rt rt) {
            w.u16(rt.preference);
            w.name(rt.host, false);
        } else if (d instanceof Px p) {
            w.u16(p.preference);
            w.name(p.map822, false);
            w.name(p.mapx400, false);
        } else if (d instanceof Naptr n) {
            w.u16(n.order);
            w.u16(n.preference);
            w.characterString(n.flags);
            w.characterString(n.services);
            w.characterString(n.regexp);
            w.name(n.replacement, false); // RFC 3403 §4.1: never compressed
        } else throw new IllegalStateException("not a name record: " + d);
    }

    static Rdata parse(int type, List<String> t, Name origin) {
        switch (type) {
            case 39 -> { RdataText.want(t, 1, "DNAME TARGET"); return new Dname(Name.parse(t.get(0), origin)); }
            case 17 -> { RdataText.want(t, 2, "RP MBOX TXTDNAME"); return new Rp(Name.parse(t.get(0), origin), Name.parse(t.get(1), origin)); }
            case 18 -> { RdataText.want(t, 2, "AFSDB SUBTYPE HOSTNAME"); return new Afsdb(RdataText.u16(t.get(0)), Name.parse(t.get(1), origin)); }
            case 21 -> { RdataText.want(t, 2, "RT PREFERENCE HOST"); return new Rt(RdataText.u16(t.get(0)), Name.parse(t.get(1), origin)); }
            case 26 -> {
                RdataText.want(t, 3, "PX PREFERENCE MAP822 MAPX400");
                return new Px(RdataText.u16(t.get(0)), Name.parse(t.get(1), origin), Name.parse(t.get(2), origin));
            }
            default -> {
                RdataText.want(t, 6, "NAPTR ORDER PREFERENCE FLAGS SERVICES REGEXP REPLACEMENT");
                return new Naptr(RdataText.u16(t.get(0)), RdataText.u16(t.get(1)), RdataText.characterString(t.get(2)),
                        RdataText.characterString(t.get(3)), RdataText.characterString(t.get(4)), Name.parse(t.get(5), origin));
            }
        }
    }
}
