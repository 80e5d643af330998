package wirepad.dns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RDATA to and from wire form, one case per record type. {@link #read} runs with the reader's
 * limit set to the end of the RDATA, so no field can run past RDLENGTH; the caller then checks
 * that RDATA was consumed exactly. Field names are the same on both sides.
 */
final class RdataCodec {
    private RdataCodec() {}

    /**
     * Decodes RDATA of {@code type} laid out as in class {@code rclass}: empty RDATA in class ANY or
     * NONE is {@link ClassRdata.Empty} (RFC 2136 §2.4, §2.5); a type whose layout is defined for IN
     * only is decoded with that layout in IN alone (A in CH has its own, RFC 1035 §3.4.1), and is
     * RFC 3597 generic in any other class.
     */
    static Rdata read(WireReader r, int type, int rclass, int rdlength, String f) throws DnsFormatException {
        if (type != RRType.OPT.code()) { // OPT's CLASS is the UDP payload size (RFC 6891 §6.1.2)
            if (rdlength == 0 && (rclass == RRClass.ANY.code() || rclass == RRClass.NONE.code())) return new ClassRdata.Empty(type);
            if (rclass != RRClass.IN.code() && ClassRdata.inOnly(type)) {
                if (type == RRType.A.code() && rclass == RRClass.CH.code()) return ClassRdata.readChaosA(r, f);
                Rdata.Unknown u = new Rdata.Unknown(type, r.bytes(rdlength, WireReader.field(f, ".rdata")));
                if (r.recording()) r.note(RRType.name(type) + " has no layout in class " + RRClass.name(rclass) + ": generic bytes (RFC 3597 §5)");
                return u;
            }
        }
        RRType known = RRType.of(type);
        if (known == null) return new Rdata.Unknown(type, r.bytes(rdlength, WireReader.field(f, ".rdata")));
        return switch (known) {
            case A -> {
                Rdata.A a = new Rdata.A(fixed(r, 4, rdlength, WireReader.field(f, ".address"), "A"));
                if (r.recording()) r.note(a.presentation());
                yield a;
            }
            case AAAA -> {
                Rdata.AAAA a = new Rdata.AAAA(fixed(r, 16, rdlength, WireReader.field(f, ".address"), "AAAA"));
                if (r.recording()) r.note(a.presentation());
                yield a;
            }
            case NS -> new Rdata.NS(r.name(WireReader.field(f, ".nsdname")));
            case CNAME -> new Rdata.CNAME(r.name(WireReader.field(f, ".cname")));
            case PTR -> new Rdata.PTR(r.name(WireReader.field(f, ".ptrdname")));
            case MX -> new Rdata.MX(r.u16(WireReader.field(f, ".preference")), r.name(WireReader.field(f, ".exchange")));
            case SOA -> new Rdata.SOA(r.name(WireReader.field(f, ".mname")), r.name(WireReader.field(f, ".rname")), r.u32(WireReader.field(f, ".serial")),
                    r.u32(WireReader.field(f, ".refresh")), r.u32(WireReader.field(f, ".retry")), r.u32(WireReader.field(f, ".expire")), r.u32(WireReader.field(f, ".minimum")));
            case TXT -> {
                List<byte[]> strings = new ArrayList<>();
                int i = 0;
                do strings.add(r.characterString(f == null ? null : f + ".txt[" + i++ + "]")); while (r.remaining() > 0);
                yield new Rdata.TXT(strings);
            }
            case SRV -> new Rdata.SRV(r.u16(WireReader.field(f, ".priority")), r.u16(WireReader.field(f, ".weight")), r.u16(WireReader.field(f, ".port")), r.name(WireReader.field(f, ".target")));
            case CAA -> readCaa(r, f);
            case OPT -> new Rdata.OPT(readOptions(r, f));
            case HINFO -> new Rdata.HINFO(r.characterString(WireReader.field(f, ".cpu")), r.characterString(WireReader.field(f, ".os")));
            case URI -> new Rdata.URI(r.u16(WireReader.field(f, ".priority")), r.u16(WireReader.field(f, ".weight")), r.bytes(r.remaining(), WireReader.field(f, ".target")));
            case DNAME, RP, AFSDB, RT, PX, NAPTR -> NameRdata.read(r, type, f);
            case DS, CDS, DNSKEY, CDNSKEY, RRSIG, SIG, ZONEMD -> DnssecRdata.read(r, type, f);
            case NSEC, NSEC3, NSEC3PARAM, CSYNC, NXT -> DenialRdata.read(r, type, f);
            case SSHFP, TLSA -> FingerprintRdata.read(r, type, f);
            case SVCB, HTTPS -> SvcbRdata.read(r, type, f);
            case LOC -> LocRdata.read(r, rdlength, f);
            case TSIG -> TsigRdata.read(r, f);
            default -> new Rdata.Unknown(type, r.bytes(rdlength, WireReader.field(f, ".rdata")));
        };
    }

    private static byte[] fixed(WireReader r, int n, int rdlength, String f, String what) throws DnsFormatException {
        if (rdlength != n) throw r.error(r.pos(), f, what + " RDATA must be " + n + " bytes, rdlength says " + rdlength);
        return r.bytes(n, f);
    }

    /** RFC 8659 §4.1: Flags (1), Tag Length (1), Tag, Value (the rest). */
    private static Rdata.CAA readCaa(WireReader r, String f) throws DnsFormatException {
        int flags = r.u8(WireReader.field(f, ".flags"));
        int at = r.pos();
        int tagLen = r.u8(WireReader.field(f, ".taglength"));
        // RFC 8659 §4.1: 1..255 (the bound of 15 was RFC 6844's)
        if (tagLen < 1) throw r.error(at, WireReader.field(f, ".taglength"), "CAA tag length 0 (must be 1..255, RFC 8659 §4.1)");
        byte[] tag = r.bytes(tagLen, WireReader.field(f, ".tag"));
        for (byte c : tag) {
            if (c < 0 || !Character.isLetterOrDigit((char) c))
                throw r.error(at + 1, WireReader.field(f, ".tag"), "CAA tag must be ASCII letters and digits (RFC 8659 §4.1)");
        }
        byte[] value = r.bytes(r.remaining(), WireReader.field(f, ".value"));
        return new Rdata.CAA(flags, new String(tag, StandardCharsets.US_ASCII), value);
    }

    /** RFC 6891 §6.1.2: a sequence of {OPTION-CODE, OPTION-LENGTH, OPTION-DATA}. */
    private static List<EdnsOption> readOptions(WireReader r, String f) throws DnsFormatException {
        if (r.remaining() == 0) return List.of(); // the usual OPT: no options
        List<EdnsOption> out = new ArrayList<>();
        for (int i = 0; r.remaining() > 0; i++) {
            String o = f == null ? null : f + ".option[" + i + "]";
            int code = r.u16(WireReader.field(o, ".code"));
            if (r.recording()) r.note(code + optionName(code));
            int lenAt = r.pos();
            int len = r.u16(WireReader.field(o, ".length"));
            if (len > r.remaining()) throw r.error(lenAt, WireReader.field(o, ".length"), "option length " + len + " runs past RDATA (" + r.remaining() + " bytes left)");
            int end = r.pos() + len;
            int outer = r.narrow(end);
            out.add(readOption(r, code, len, o, lenAt));
            if (r.pos() != end) throw r.error(r.pos(), o, "option used " + (r.pos() - end + len) + " of " + len + " bytes");
            r.narrow(outer);
        }
        return out;
    }

    private static String optionName(int code) {
        return switch (code) {
            case EdnsOption.NSID_CODE -> " (NSID)";
            case EdnsOption.CLIENT_SUBNET_CODE -> " (CLIENT-SUBNET)";
            case EdnsOption.COOKIE_CODE -> " (COOKIE)";
            case EdnsOption.PADDING_CODE -> " (PADDING)";
            case EdnsOption.KEEPALIVE_CODE -> " (KEEPALIVE)";
            case EdnsOption.EXTENDED_ERROR_CODE -> " (EDE)";
            default -> "";
        };
    }

    private static EdnsOption readOption(WireReader r, int code, int len, String o, int lenAt) throws DnsFormatException {
        switch (code) {
            case EdnsOption.NSID_CODE: return new EdnsOption.Nsid(r.bytes(len, WireReader.field(o, ".nsid")));
            case EdnsOption.PADDING_CODE: return new EdnsOption.Padding(r.bytes(len, WireReader.field(o, ".padding")));
            case EdnsOption.KEEPALIVE_CODE: {
                // RFC 7828 §3.1: empty (a client) or a 16-bit timeout in units of 100 ms
                if (len == 0) return new EdnsOption.Keepalive(-1);
                if (len != 2) throw r.error(lenAt, WireReader.field(o, ".length"), "KEEPALIVE length " + len + " (must be 0 or 2, RFC 7828 §3.1)");
                return new EdnsOption.Keepalive(r.u16(WireReader.field(o, ".timeout")));
            }
            case EdnsOption.COOKIE_CODE: {
                if (len != 8 && (len < 16 || len > 40))
                    throw r.error(lenAt, WireReader.field(o, ".length"), "COOKIE length " + len + " (must be 8, or 16..40, RFC 7873 §4)");
                byte[] client = r.bytes(8, WireReader.field(o, ".client"));
                return new EdnsOption.Cookie(client, r.bytes(len - 8, WireReader.field(o, ".server")));
            }
            case EdnsOption.CLIENT_SUBNET_CODE: {
                int family = r.u16(WireReader.field(o, ".family"));
                int source = r.u8(WireReader.field(o, ".source_prefix"));
                int scope = r.u8(WireReader.field(o, ".scope_prefix"));
                int max = family == 1 ? 32 : family == 2 ? 128 : -1;
                if (max < 0) throw r.error(r.pos() - 4, WireReader.field(o, ".family"), "client subnet family " + family + " (1 IPv4, 2 IPv6; RFC 7871 §6)");
                if (source > max || scope > max) throw r.error(r.pos() - 2, WireReader.field(o, ".source_prefix"), "prefix longer than " + max + " bits");
                if (r.remaining() != (source + 7) / 8)
                    throw r.error(r.pos(), WireReader.field(o, ".address"), r.remaining() + " address bytes for /" + source + "; must be "
                            + (source + 7) / 8 + " (RFC 7871 §6)");
                return new EdnsOption.ClientSubnet(family, source, scope, r.bytes(r.remaining(), WireReader.field(o, ".address")));
            }
            case EdnsOption.EXTENDED_ERROR_CODE: {
                int info = r.u16(WireReader.field(o, ".info_code"));
                if (r.recording()) r.note(info + " (" + EdnsOption.ExtendedError.infoName(info) + ")");
                return new EdnsOption.ExtendedError(info, r.bytes(r.remaining(), WireReader.field(o, ".extra_text")));
            }
            default: return new EdnsOption.Generic(code, r.bytes(len, WireReader.field(o, ".data")));
        }
    }

    /** Writes RDATA (without RDLENGTH). Compression only for the RFC 1035 types (RFC 3597 §4). */
    static void write(WireWriter w, Rdata d) {
        if (d instanceof Rdata.A a) w.bytes(a.addressShared());
        else if (d instanceof Rdata.AAAA a) w.bytes(a.addressShared());
        else if (d instanceof Rdata.OPT o) {
            for (EdnsOption opt : o.options()) writeOption(w, opt);
        } else if (d instanceof Rdata.NS ns) w.name(ns.host(), true);
        else if (d instanceof Rdata.CNAME c) w.name(c.target(), true);
        else if (d instanceof Rdata.PTR p) w.name(p.target(), true);
        else if (d instanceof Rdata.MX mx) {
            w.u16(mx.preference());
            w.name(mx.exchange(), true);
        } else if (d instanceof Rdata.SOA s) {
            w.name(s.mname(), true);
            w.name(s.rname(), true);
            w.u32(s.serial());
            w.u32(s.refresh());
            w.u32(s.retry());
            w.u32(s.expire());
            w.u32(s.minimum());
        } else if (d instanceof Rdata.TXT t) {
            for (byte[] s : t.strings()) w.characterString(s);
        } else if (d instanceof Rdata.SRV s) {
            w.u16(s.priority());
            w.u16(s.weight());
            w.u16(s.port());
            w.name(s.target(), false);
        } else if (d instanceof Rdata.CAA c) {
            byte[] tag = c.tag().getBytes(StandardCharsets.US_ASCII);
            w.u8(c.flags());
            w.u8(tag.length);
            w.bytes(tag);
            w.bytes(c.value());
        } else if (d instanceof Rdata.Unknown u) w.bytes(u.data());
        else if (d instanceof Rdata.HINFO h) {
            w.characterString(h.cpu());
            w.characterString(h.os());
        } else if (d instanceof Rdata.URI u) {
            w.u16(u.priority());
            w.u16(u.weight());
            w.bytes(u.target());
        } else if (d instanceof ClassRdata.ChaosA a) {
            w.name(a.domain(), false);
            w.u16(a.address());
        } else if (d instanceof ClassRdata.Empty) { /* no RDATA */ }
        else if (d instanceof NameRdata.Dname || d instanceof NameRdata.Rp || d instanceof NameRdata.Afsdb
                || d instanceof NameRdata.Rt || d instanceof NameRdata.Px || d instanceof NameRdata.Naptr) NameRdata.write(w, d);
        else if (d instanceof DnssecRdata.Ds || d instanceof DnssecRdata.Dnskey || d instanceof DnssecRdata.Rrsig
                || d instanceof DnssecRdata.Zonemd) DnssecRdata.write(w, d);
        else if (d instanceof DenialRdata.Nsec || d instanceof DenialRdata.Nsec3 || d instanceof DenialRdata.Nsec3Param
                || d instanceof DenialRdata.Csync || d instanceof DenialRdata.Nxt) DenialRdata.write(w, d);
        else if (d instanceof FingerprintRdata.Sshfp || d instanceof FingerprintRdata.Tlsa) FingerprintRdata.write(w, d);
        else if (d instanceof SvcbRdata.Svcb) SvcbRdata.write(w, d);
        else if (d instanceof LocRdata l) LocRdata.write(w, l);
        else if (d instanceof TsigRdata t) TsigRdata.write(w, t);
        else throw new IllegalStateException("no encoder for " + d.getClass().getSimpleName() + " (see the recipe in Rdata)");
    }

    private static void writeOption(WireWriter w, EdnsOption o) {
        w.u16(o.code());
        int lenAt = w.pos();
        w.u16(0);
        if (o instanceof EdnsOption.Nsid n) w.bytes(n.data());
        else if (o instanceof EdnsOption.Cookie c) {
            w.bytes(c.client());
            w.bytes(c.server());
        } else if (o instanceof EdnsOption.ClientSubnet s) {
            w.u16(s.family());
            w.u8(s.sourcePrefix());
            w.u8(s.scopePrefix());
            w.bytes(s.address());
        } else if (o instanceof EdnsOption.Padding p) w.bytes(p.data());
        else if (o instanceof EdnsOption.Keepalive k) {
            if (k.timeout() >= 0) w.u16(k.timeout());
        } else if (o instanceof EdnsOption.ExtendedError e) {
            w.u16(e.infoCode());
            w.bytes(e.extraText());
        } else if (o instanceof EdnsOption.Generic g) w.bytes(g.data());
        else throw new IllegalStateException("no encoder for option " + o.getClass().getSimpleName());
        w.put16(lenAt, w.pos() - lenAt - 2);
    }
}
