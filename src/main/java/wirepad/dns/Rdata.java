package wirepad.dns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The RDATA of one resource record: one record type per known TYPE, {@link Unknown} for the rest
 * (RFC 3597). {@link #presentation()} is the zone-file text of the RDATA.
 *
 * <p><b>Recipe: adding a record type</b> (mirrors Go's dnsmessage):
 * <ol>
 * <li>add a constant to {@link RRType} if the type has none;</li>
 * <li>add a record here, or in the file of its concept ({@link DnssecRdata}, {@link DenialRdata},
 *     {@link NameRdata}, {@link SvcbRdata}, ...), implementing {@code type()} and
 *     {@code presentation()}, and list it in {@code permits};</li>
 * <li>decode it in {@link RdataCodec#read} and encode it in {@link RdataCodec#write} (or in its
 *     concept's file, called from there), with the same field names on both sides (the decoder
 *     labels each field); decide whether names in it may be compressed (RFC 3597 §4: only the
 *     RFC 1035 types; a decoder follows pointers in any name);</li>
 * <li>parse its text in {@link RdataText#parse} (used by zone files);</li>
 * <li>add a round-trip case to {@code RdataRoundTripTest}.</li>
 * </ol>
 * {@link RdataCodec#write} throws IllegalStateException for a record it has no case for, and
 * the round-trip test covers every record listed in {@code permits}.
 */
public sealed interface Rdata permits Rdata.A, Rdata.AAAA, Rdata.NS, Rdata.CNAME, Rdata.PTR, Rdata.SOA, Rdata.MX,
        Rdata.TXT, Rdata.HINFO, Rdata.SRV, Rdata.URI, Rdata.CAA, Rdata.OPT, Rdata.Unknown,
        ClassRdata.ChaosA, ClassRdata.Empty, NameRdata.Dname, NameRdata.Rp, NameRdata.Afsdb, NameRdata.Rt, NameRdata.Px,
        NameRdata.Naptr, DnssecRdata.Ds, DnssecRdata.Dnskey, DnssecRdata.Rrsig, DnssecRdata.Zonemd, DenialRdata.Nsec,
        DenialRdata.Nsec3, DenialRdata.Nsec3Param, DenialRdata.Csync, DenialRdata.Nxt, FingerprintRdata.Sshfp,
        FingerprintRdata.Tlsa, SvcbRdata.Svcb, LocRdata, TsigRdata {
    int type();

    String presentation();

    /** RFC 1035 §3.4.1: a 32-bit IPv4 address. */
    record A(byte[] address) implements Rdata {
        public A { address = fixed(address, 4, "A"); }
        public static A of(String text) { return new A(Addresses.parseIpv4(text)); }
        public int type() { return 1; }
        public String presentation() { return Addresses.ipv4(address); }
        @Override public byte[] address() { return address.clone(); }
        /** The address itself, not a copy: for the encoder, which only reads it. */
        byte[] addressShared() { return address; }
        @Override public boolean equals(Object o) { return o instanceof A a && Arrays.equals(a.address, address); }
        @Override public int hashCode() { return Arrays.hashCode(address); }
        @Override public String toString() { return "A[" + presentation() + "]"; }
    }

    /** RFC 3596 §2.2: a 128-bit IPv6 address. */
    record AAAA(byte[] address) implements Rdata {
        public AAAA { address = fixed(address, 16, "AAAA"); }
        public static AAAA of(String text) { return new AAAA(Addresses.parseIpv6(text)); }
        public int type() { return 28; }
        public String presentation() { return Addresses.ipv6(address); }
        @Override public byte[] address() { return address.clone(); }
        /** The address itself, not a copy: for the encoder, which only reads it. */
        byte[] addressShared() { return address; }
        @Override public boolean equals(Object o) { return o instanceof AAAA a && Arrays.equals(a.address, address); }
        @Override public int hashCode() { return Arrays.hashCode(address); }
        @Override public String toString() { return "AAAA[" + presentation() + "]"; }
    }

    /** RFC 1035 §3.3.11. */
    record NS(Name host) implements Rdata {
        public int type() { return 2; }
        public String presentation() { return host.toString(); }
    }

    /** RFC 1035 §3.3.1. */
    record CNAME(Name target) implements Rdata {
        public int type() { return 5; }
        public String presentation() { return target.toString(); }
    }

    /** RFC 1035 §3.3.12. */
    record PTR(Name target) implements Rdata {
        public int type() { return 12; }
        public String presentation() { return target.toString(); }
    }

    /** RFC 1035 §3.3.13; serial and the times are unsigned 32-bit. */
    record SOA(Name mname, Name rname, long serial, long refresh, long retry, long expire, long minimum) implements Rdata {
        public SOA {
            for (long v : new long[] {serial, refresh, retry, expire, minimum})
                if (v < 0 || v > 0xffffffffL) throw new IllegalArgumentException("SOA number " + v + " is not unsigned 32-bit");
        }
        public int type() { return 6; }
        public String presentation() {
            return mname + " " + rname + " " + serial + " " + refresh + " " + retry + " " + expire + " " + minimum;
        }
    }

    /** RFC 1035 §3.3.9. */
    record MX(int preference, Name exchange) implements Rdata {
        public MX { u16(preference, "MX preference"); }
        public int type() { return 15; }
        public String presentation() { return preference + " " + exchange; }
    }

    /** RFC 1035 §3.3.14: one or more character-strings, each at most 255 octets. */
    record TXT(List<byte[]> strings) implements Rdata {
        public TXT {
            if (strings.isEmpty()) throw new IllegalArgumentException("TXT needs at least one string");
            List<byte[]> copy = new ArrayList<>();
            for (byte[] s : strings) {
                if (s.length > 255) throw new IllegalArgumentException("TXT string of " + s.length + " octets; at most 255");
                copy.add(s.clone());
            }
            strings = List.copyOf(copy);
        }
        public static TXT of(String... texts) {
            List<byte[]> l = new ArrayList<>();
            for (String t : texts) l.add(t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new TXT(l);
        }
        public int type() { return 16; }
        public String presentation() {
            StringBuilder sb = new StringBuilder();
            for (byte[] s : strings) {
                if (sb.length() > 0) sb.append(' ');
                RdataText.quote(sb, s);
            }
            return sb.toString();
        }
        @Override public List<byte[]> strings() {
            List<byte[]> l = new ArrayList<>();
            for (byte[] s : strings) l.add(s.clone());
            return l;
        }
        @Override public boolean equals(Object o) {
            if (!(o instanceof TXT t) || t.strings.size() != strings.size()) return false;
            for (int i = 0; i < strings.size(); i++) if (!Arrays.equals(strings.get(i), t.strings.get(i))) return false;
            return true;
        }
        @Override public int hashCode() { return presentation().hashCode(); }
        @Override public String toString() { return "TXT[" + presentation() + "]"; }
    }

    /** RFC 1035 §3.3.2: CPU and OS, two character-strings. */
    record HINFO(byte[] cpu, byte[] os) implements Rdata {
        public HINFO {
            if (cpu.length > 255 || os.length > 255) throw new IllegalArgumentException("HINFO string longer than 255 octets");
            cpu = cpu.clone();
            os = os.clone();
        }
        public int type() { return 13; }
        public String presentation() {
            StringBuilder sb = new StringBuilder();
            RdataText.quote(sb, cpu);
            sb.append(' ');
            RdataText.quote(sb, os);
            return sb.toString();
        }
        @Override public byte[] cpu() { return cpu.clone(); }
        @Override public byte[] os() { return os.clone(); }
        @Override public boolean equals(Object o) { return o instanceof HINFO h && Arrays.equals(h.cpu, cpu) && Arrays.equals(h.os, os); }
        @Override public int hashCode() { return Arrays.hashCode(cpu) * 31 + Arrays.hashCode(os); }
        @Override public String toString() { return "HINFO[" + presentation() + "]"; }
    }

    /** RFC 7553 §4.5: priority, weight and the target URI (the rest of the RDATA, not a character-string). */
    record URI(int priority, int weight, byte[] target) implements Rdata {
        public URI { u16(priority, "URI priority"); u16(weight, "URI weight"); target = target.clone(); }
        public int type() { return 256; }
        public String presentation() {
            StringBuilder sb = new StringBuilder().append(priority).append(' ').append(weight).append(' ');
            RdataText.quote(sb, target);
            return sb.toString();
        }
        @Override public byte[] target() { return target.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof URI u && u.priority == priority && u.weight == weight && Arrays.equals(u.target, target);
        }
        @Override public int hashCode() { return Arrays.hashCode(target); }
        @Override public String toString() { return "URI[" + presentation() + "]"; }
    }

    /** RFC 2782; the target is never compressed (RFC 2782, "Target" and RFC 3597 §4). */
    record SRV(int priority, int weight, int port, Name target) implements Rdata {
        public SRV { u16(priority, "SRV priority"); u16(weight, "SRV weight"); u16(port, "SRV port"); }
        public int type() { return 33; }
        public String presentation() { return priority + " " + weight + " " + port + " " + target; }
    }

    /** RFC 8659 §4.1: flags, a tag of 1..255 ASCII letters and digits (RFC 6844 said 15), and a value (the rest). */
    record CAA(int flags, String tag, byte[] value) implements Rdata {
        public CAA {
            if (flags < 0 || flags > 255) throw new IllegalArgumentException("CAA flags " + flags + " is not one octet");
            if (tag.isEmpty() || tag.length() > 255 || !tag.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)))
                throw new IllegalArgumentException("CAA tag \"" + tag + "\" must be 1..255 ASCII letters or digits (RFC 8659 §4.1)");
            value = value.clone();
        }
        public boolean critical() { return (flags & 0x80) != 0; }
        public int type() { return 257; }
        public String presentation() {
            StringBuilder sb = new StringBuilder().append(flags).append(' ').append(tag).append(' ');
            RdataText.quote(sb, value);
            return sb.toString();
        }
        @Override public byte[] value() { return value.clone(); }
        @Override public boolean equals(Object o) {
            return o instanceof CAA c && c.flags == flags && c.tag.equals(tag) && Arrays.equals(c.value, value);
        }
        @Override public int hashCode() { return presentation().hashCode(); }
        @Override public String toString() { return "CAA[" + presentation() + "]"; }
    }

    /** RFC 6891 §6.1.2: the options of the OPT pseudo-record; see {@link Edns} for the rest. */
    record OPT(List<EdnsOption> options) implements Rdata {
        public OPT { options = List.copyOf(options); }
        public int type() { return 41; }
        public String presentation() {
            StringBuilder sb = new StringBuilder();
            for (EdnsOption o : options) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(o.presentation());
            }
            return sb.toString();
        }
    }

    /** Any other type, kept as opaque bytes and shown as {@code \# len hex} (RFC 3597 §5). */
    record Unknown(int type, byte[] data) implements Rdata {
        public Unknown { u16(type, "type"); data = data.clone(); }
        public String presentation() {
            return data.length == 0 ? "\\# 0" : "\\# " + data.length + " " + wirepad.bytes.Hex.of(data);
        }
        @Override public byte[] data() { return data.clone(); }
        @Override public boolean equals(Object o) { return o instanceof Unknown u && u.type == type && Arrays.equals(u.data, data); }
        @Override public int hashCode() { return type * 31 + Arrays.hashCode(data); }
        @Override public String toString() { return RRType.name(type) + "[" + presentation() + "]"; }
    }

    private static byte[] fixed(byte[] b, int n, String what) {
        if (b.length != n) throw new IllegalArgumentException(what + " address needs " + n + " octets, got " + b.length);
        return b.clone();
    }

    private static void u16(int v, String what) {
        if (v < 0 || v > 0xffff) throw new IllegalArgumentException(what + " " + v + " is not unsigned 16-bit");
    }
}
