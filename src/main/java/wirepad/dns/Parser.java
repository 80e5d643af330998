package wirepad.dns;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Label;

/**
 * Decodes a message, mirroring {@link Builder}: {@link #header()}, then {@link #question()} until
 * null, then {@link #answer()}, {@link #authority()}, {@link #additional()} likewise; moving on to
 * a later section parses (and checks) what was skipped. {@link #message()} does it all.
 *
 * <p>Guards: the header counts are not trusted for allocation (a count of 65535 in a 12-byte
 * message fails at the first missing byte); RDLENGTH must be consumed exactly; names are decoded
 * with the pointer rules of {@link WireReader#name}; bytes after the last record are an error.
 * OPT records out of place (RFC 6891 §6.1.1, §6.1.2: one at most, in the additional section, owned
 * by the root) are decoded but recorded as {@link #warnings()}, so that such a message can still
 * be inspected; a server answers a query that has any FORMERR. When built with {@code record = true}, every field decoded becomes a {@link Label}.
 */
public final class Parser {
    private final WireReader r;
    private Header header;
    private final int[] counts = new int[4];
    private int section;
    private int index;
    private final List<Question> questions = new ArrayList<>();
    private final List<List<ResourceRecord>> records = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private final List<DnsWarning> warnings = new ArrayList<>();
    private int firstOptAt = -1;

    public Parser(byte[] wire) { this(wire, false); }

    /** @param record keep a label for every field (for the annotated view); costs some allocation */
    public Parser(byte[] wire, boolean record) { this.r = new WireReader(wire, record); }

    /** Decodes a whole message. */
    public static Message parse(byte[] wire) throws DnsFormatException { return new Parser(wire).message(); }

    /** What decoded but breaks a rule, so far (RFC 6891 OPT placement). */
    public List<DnsWarning> warnings() { return List.copyOf(warnings); }

    /** The labels recorded so far (empty when not recording). */
    public List<Label> labels() { return r.labels(); }

    /** The header, RFC 1035 §4.1.1 (decoded on first call). */
    public Header header() throws DnsFormatException {
        if (header != null) return header;
        int id = r.u16("header.id");
        int at = r.pos();
        int flags = r.u16("header.flags");
        header = Header.fromFlags(id, flags);
        if (r.recording()) r.note(String.format("0x%04x %s opcode=%s rcode=%s", flags, header.flagNames().isEmpty() ? "(no flags)" : header.flagNames(),
                Opcode.name(header.opcode()), Rcode.name(header.rcode())));
        if (at != 2) throw new IllegalStateException("header not at offset 0");
        for (Section s : Section.values()) counts[s.ordinal()] = r.u16("header." + s.countField(header.opcode()));
        return header;
    }

    /** The count the header claims for a section (not trusted for anything but looping). */
    public int count(Section s) throws DnsFormatException {
        header();
        return counts[s.ordinal()];
    }

    /** The next question, or null when the question section is done. */
    public Question question() throws DnsFormatException {
        header();
        if (section > 0 || index >= counts[0]) return null;
        String f = Section.QUESTION.label(header.opcode()) + "[" + index + "]";
        Name n = r.name(f + ".name");
        int type = r.u16(f + ".type");
        if (r.recording()) r.note(type + " (" + RRType.name(type) + ")");
        int cls = r.u16(f + ".class");
        if (r.recording()) r.note(cls + " (" + RRClass.name(cls) + ")");
        index++;
        Question q = new Question(n, type, cls);
        questions.add(q);
        return q;
    }

    public ResourceRecord answer() throws DnsFormatException { return next(Section.ANSWER); }

    public ResourceRecord authority() throws DnsFormatException { return next(Section.AUTHORITY); }

    public ResourceRecord additional() throws DnsFormatException { return next(Section.ADDITIONAL); }

    private ResourceRecord next(Section s) throws DnsFormatException {
        header();
        int want = s.ordinal();
        if (section > want) throw new IllegalStateException("section " + s.label() + " was already passed");
        while (section < want) {
            if (section == 0) { while (question() != null) { /* skip, but check */ } }
            else { while (record(Section.values()[section]) != null) { /* skip, but check */ } }
            section++;
            index = 0;
        }
        return record(s);
    }

    private ResourceRecord record(Section s) throws DnsFormatException {
        if (index >= counts[s.ordinal()]) return null;
        String f = s.label(header.opcode()) + "[" + index + "]";
        int at = r.pos();
        Name name = r.name(f + ".name");
        int type = r.u16(f + ".type");
        if (type == RRType.OPT.code()) checkOpt(s, f, at, name);
        if (r.recording()) r.note(type + " (" + RRType.name(type) + ")");
        int cls = r.u16(f + ".class");
        if (r.recording()) r.note(cls + " (" + RRClass.name(cls) + ")");
        long ttl = r.u32(f + ".ttl");
        if (type == RRType.OPT.code()) {
            if (r.recording()) r.note(String.format("0x%08x ext-rcode=%d version=%d%s", ttl, ttl >>> 24, ttl >>> 16 & 0xff, (ttl & 0x8000) != 0 ? " do" : ""));
        } else {
            if (r.recording()) r.note(ttl + " (" + Ttl.human(ttl) + ")");
        }
        if (type == RRType.OPT.code()) {
            // the note on class is set after the fact: for OPT the class field is the UDP payload size (RFC 6891 §6.1.2)
            relabelClassForOpt(cls);
        }
        int lenAt = r.pos();
        int rdlength = r.u16(f + ".rdlength");
        if (rdlength > r.remaining()) {
            throw r.error(lenAt, f + ".rdlength", "rdlength " + rdlength + " runs past the end of the message ("
                    + (r.remaining()) + " bytes left)");
        }
        int start = r.pos(), end = start + rdlength;
        r.limitRdata(end);
        Rdata data = RdataCodec.read(r, type, rdlength == 0 ? cls : layoutClass(cls), rdlength, f);
        if (r.pos() != end) {
            throw r.error(r.pos(), f + ".rdata", RRType.name(type) + " RDATA used " + (r.pos() - start) + " of "
                    + rdlength + " bytes (rdlength must be consumed exactly)");
        }
        r.unlimit();
        index++;
        ResourceRecord rr = new ResourceRecord(name, cls, ttl, data);
        records.get(s.ordinal() - 1).add(rr);
        return rr;
    }

    /**
     * The class whose RDATA layout applies: in an UPDATE, a record of class NONE (delete this RR,
     * RFC 2136 §2.5.4) or ANY carries RDATA of the zone's class, named in the zone section (§2.3).
     */
    private int layoutClass(int cls) {
        if (header.opcode() == Update.OPCODE && (cls == RRClass.NONE.code() || cls == RRClass.ANY.code()) && !questions.isEmpty())
            return questions.get(0).qclass();
        return cls;
    }

    /** RFC 6891 §6.1.1 and §6.1.2: one OPT at most, in the additional section, owned by the root. */
    private void checkOpt(Section s, String f, int at, Name name) {
        if (s != Section.ADDITIONAL)
            warnings.add(new DnsWarning(at, f, "OPT record in the " + s.label() + " section; OPT belongs in the additional section (RFC 6891 §6.1.1)"));
        if (!name.equals(Name.ROOT))
            warnings.add(new DnsWarning(at, f + ".name", "OPT owner name is " + name + "; it must be the root, a single 00 byte (RFC 6891 §6.1.2)"));
        if (firstOptAt >= 0)
            warnings.add(new DnsWarning(at, f, String.format("a second OPT record (the first is at offset 0x%04x); a message carries"
                    + " at most one, and a query with more gets FORMERR (RFC 6891 §6.1.1)", firstOptAt)));
        else firstOptAt = at;
    }

    private void relabelClassForOpt(int cls) {
        List<Label> ls = r.labels();
        if (ls.size() < 2) return;
        Label c = ls.get(ls.size() - 2);
        ls.set(ls.size() - 2, new Label(c.span(), c.name().replace(".class", ".udpsize"), cls + " (requester's UDP payload size)"));
    }

    /** Decodes everything not yet decoded and returns the whole message; checks for trailing bytes. */
    public Message message() throws DnsFormatException {
        header();
        additional();
        while (additional() != null) { /* drain */ }
        if (r.pos() != r.length()) {
            throw r.error(r.pos(), "message.end", (r.length() - r.pos()) + " bytes after the last record (counts say the message ends here)");
        }
        return new Message(header, questions, records.get(0), records.get(1), records.get(2), warnings);
    }
}
