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
 *
 * <p>Speed: without recording, fields are read without their names and without notes, and a record
 * (or the header, or a question) that fails is decoded again with names to build the error, so
 * errors and warnings are the same either way ({@code FastPathTest}). Names reuse the labels of
 * names decoded earlier in the message ({@link NameCache}).
 */
public final class Parser {
    private final WireReader r;
    private Header header;
    private static final Section[] SECTIONS = Section.values();
    private final int[] counts = new int[4];
    private int section;
    private int index;
    /**
     * The sections, sized by the header counts within what the message can hold, so that a message
     * that decodes fills them exactly; entry {@link #index} of the current section comes next.
     */
    private Question[] questions;
    private final ResourceRecord[][] records = new ResourceRecord[3][];
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
        if (r.recording()) return header(true);
        try {
            return header(false);
        } catch (DnsFormatException e) {
            r.rewind(0); // decoded without field names: again with them, for the error's sake
            return header(true);
        }
    }

    private Header header(boolean named) throws DnsFormatException {
        int id = r.u16(named ? "header.id" : null);
        int at = r.pos();
        int flags = r.u16(named ? "header.flags" : null);
        Header h = Header.fromFlags(id, flags);
        if (r.recording()) r.note(String.format("0x%04x %s opcode=%s rcode=%s", flags, h.flagNames().isEmpty() ? "(no flags)" : h.flagNames(),
                Opcode.name(h.opcode()), Rcode.name(h.rcode())));
        if (at != 2) throw new IllegalStateException("header not at offset 0");
        for (Section s : SECTIONS) counts[s.ordinal()] = r.u16(named ? "header." + s.countField(h.opcode()) : null);
        // a question takes 5 bytes at least, a record 11: a count beyond that cannot be honest, and is not trusted
        int room = r.remaining();
        questions = new Question[Math.min(counts[0], room / 5)];
        for (int i = 0; i < 3; i++) records[i] = new ResourceRecord[Math.min(counts[i + 1], room / 11)];
        header = h;
        return h;
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
        if (r.recording()) return question(fieldName(Section.QUESTION));
        int at = r.pos();
        try {
            return question(null);
        } catch (DnsFormatException e) {
            r.rewind(at); // decoded without field names: again with them, for the error's sake
            return question(fieldName(Section.QUESTION));
        }
    }

    private Question question(String f) throws DnsFormatException {
        Name n = r.name(WireReader.field(f, ".name"));
        int type = r.u16(WireReader.field(f, ".type"));
        if (r.recording()) r.note(type + " (" + RRType.name(type) + ")");
        int cls = r.u16(WireReader.field(f, ".class"));
        if (r.recording()) r.note(cls + " (" + RRClass.name(cls) + ")");
        Question q = new Question(n, type, cls);
        questions[index++] = q;
        return q;
    }

    /** The field name of the current entry of section {@code s}, e.g. "answer[2]". */
    private String fieldName(Section s) { return s.label(header.opcode()) + "[" + index + "]"; }

    public ResourceRecord answer() throws DnsFormatException { return next(Section.ANSWER); }

    public ResourceRecord authority() throws DnsFormatException { return next(Section.AUTHORITY); }

    public ResourceRecord additional() throws DnsFormatException { return next(Section.ADDITIONAL); }

    private ResourceRecord next(Section s) throws DnsFormatException {
        header();
        int want = s.ordinal();
        if (section > want) throw new IllegalStateException("section " + s.label() + " was already passed");
        while (section < want) {
            if (section == 0) { while (question() != null) { /* skip, but check */ } }
            else { while (record(SECTIONS[section]) != null) { /* skip, but check */ } }
            section++;
            index = 0;
        }
        return record(s);
    }

    /**
     * The next record of {@code s}. When not recording, the record is first decoded without field
     * names (building "answer[3].rdata" strings for every field would cost more than the decoding
     * itself); if that fails, the same bytes are decoded again with names, so the error is the same
     * either way, only built on the slow path.
     */
    private ResourceRecord record(Section s) throws DnsFormatException {
        if (index >= counts[s.ordinal()]) return null;
        if (r.recording()) return record(s, fieldName(s));
        int at = r.pos(), warned = warnings.size(), optAt = firstOptAt;
        try {
            return record(s, null);
        } catch (DnsFormatException e) {
            r.rewind(at);
            warnings.subList(warned, warnings.size()).clear();
            firstOptAt = optAt;
            return record(s, fieldName(s));
        }
    }

    /** Decodes one record; {@code f} is its field name, or null to decode without names. */
    private ResourceRecord record(Section s, String f) throws DnsFormatException {
        int at = r.pos();
        Name name = r.name(WireReader.field(f, ".name"));
        int type = r.u16(WireReader.field(f, ".type"));
        boolean opt = type == RRType.OPT.code();
        if (opt) checkOpt(s, at, name);
        if (r.recording()) r.note(type + " (" + RRType.name(type) + ")");
        int cls = r.u16(WireReader.field(f, ".class"));
        if (r.recording()) r.note(cls + " (" + RRClass.name(cls) + ")");
        long ttl = r.u32(WireReader.field(f, ".ttl"));
        if (r.recording()) {
            if (opt) r.note(String.format("0x%08x ext-rcode=%d version=%d%s", ttl, ttl >>> 24, ttl >>> 16 & 0xff, (ttl & 0x8000) != 0 ? " do" : ""));
            else r.note(ttl + " (" + Ttl.human(ttl) + ")");
            // the note on class is set after the fact: for OPT the class field is the UDP payload size (RFC 6891 §6.1.2)
            if (opt) relabelClassForOpt(cls);
        }
        int lenAt = r.pos();
        int rdlength = r.u16(WireReader.field(f, ".rdlength"));
        if (rdlength > r.remaining()) {
            throw r.error(lenAt, WireReader.field(f, ".rdlength"), "rdlength " + rdlength + " runs past the end of the message ("
                    + (r.remaining()) + " bytes left)");
        }
        int start = r.pos(), end = start + rdlength;
        r.limitRdata(end);
        Rdata data = RdataCodec.read(r, type, rdlength == 0 ? cls : layoutClass(cls), rdlength, f);
        if (r.pos() != end) {
            throw r.error(r.pos(), WireReader.field(f, ".rdata"), RRType.name(type) + " RDATA used " + (r.pos() - start) + " of "
                    + rdlength + " bytes (rdlength must be consumed exactly)");
        }
        r.unlimit();
        ResourceRecord rr = new ResourceRecord(name, cls, ttl, data);
        records[s.ordinal() - 1][index++] = rr;
        return rr;
    }

    /**
     * The class whose RDATA layout applies: in an UPDATE, a record of class NONE (delete this RR,
     * RFC 2136 §2.5.4) or ANY carries RDATA of the zone's class, named in the zone section (§2.3).
     */
    private int layoutClass(int cls) {
        if (header.opcode() == Update.OPCODE && (cls == RRClass.NONE.code() || cls == RRClass.ANY.code()) && questions.length > 0)
            return questions[0].qclass();
        return cls;
    }

    /** RFC 6891 §6.1.1 and §6.1.2: one OPT at most, in the additional section, owned by the root. */
    private void checkOpt(Section s, int at, Name name) {
        if (s == Section.ADDITIONAL && name.isRoot() && firstOptAt < 0) {
            firstOptAt = at;
            return;
        }
        String f = fieldName(s); // a warning names the record, so this is built only for one
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
        // List.of once here; Message keeps such a list as it is
        return new Message(header, List.of(questions), List.of(records[0]), List.of(records[1]), List.of(records[2]), warnings);
    }
}
