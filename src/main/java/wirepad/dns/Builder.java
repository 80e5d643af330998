package wirepad.dns;

/**
 * Encodes a message, mirroring {@link Parser}: construct with the header, then
 * {@link #question}, {@link #answer}, {@link #authority}, {@link #additional} in section order
 * (going back to an earlier section is an IllegalStateException), then {@link #finish}.
 * The counts in the header are filled in from what was added.
 *
 * <p>Compression (RFC 1035 §4.1.4) is on by default: owner names, question names and names in the
 * RDATA of NS, CNAME, PTR, MX and SOA; never the SRV target or names in other types (RFC 3597 §4).
 */
public final class Builder {
    /** RFC 1035 §4.2.2 / the 16-bit TCP length prefix: no message can exceed this. */
    public static final int MAX_MESSAGE = 65535;

    private final WireWriter w;
    private final int[] counts = new int[4];
    private int section;
    private boolean finished;

    public Builder(Header header) { this(header, true); }

    public Builder(Header header, boolean compress) {
        w = new WireWriter(compress);
        w.u16(header.id());
        w.u16(header.flags());
        for (int i = 0; i < 4; i++) w.u16(0);
    }

    /** Encodes a whole message with compression. */
    public static byte[] encode(Message m) { return encode(m, true); }

    public static byte[] encode(Message m, boolean compress) {
        Builder b = new Builder(m.header(), compress);
        for (Question q : m.questions()) b.question(q);
        for (ResourceRecord rr : m.answers()) b.answer(rr);
        for (ResourceRecord rr : m.authority()) b.authority(rr);
        for (ResourceRecord rr : m.additional()) b.additional(rr);
        return b.finish();
    }

    private void enter(Section s) {
        if (finished) throw new IllegalStateException("builder already finished");
        if (section > s.ordinal())
            throw new IllegalStateException(s.label() + " after " + Section.values()[section].label()
                    + ": sections go question, answer, authority, additional (RFC 1035 §4.1)");
        section = s.ordinal();
        if (++counts[section] > 0xffff) throw new IllegalStateException("more than 65535 entries in " + s.label());
    }

    public Builder question(Question q) {
        enter(Section.QUESTION);
        w.name(q.name(), true);
        w.u16(q.type());
        w.u16(q.qclass());
        return this;
    }

    public Builder answer(ResourceRecord rr) { return record(Section.ANSWER, rr); }

    public Builder authority(ResourceRecord rr) { return record(Section.AUTHORITY, rr); }

    public Builder additional(ResourceRecord rr) { return record(Section.ADDITIONAL, rr); }

    /** Adds the OPT pseudo-record for {@code edns} to the additional section (RFC 6891 §6.1.1). */
    public Builder edns(Edns edns) { return additional(edns.toRecord()); }

    private Builder record(Section s, ResourceRecord rr) {
        enter(s);
        w.name(rr.name(), true);
        w.u16(rr.type());
        w.u16(rr.rclass());
        w.u32(rr.ttl());
        int lenAt = w.pos();
        w.u16(0);
        RdataCodec.write(w, rr.data());
        int rdlength = w.pos() - lenAt - 2;
        if (rdlength > 0xffff) throw new IllegalStateException("RDATA of " + rdlength + " bytes does not fit RDLENGTH");
        w.put16(lenAt, rdlength);
        return this;
    }

    /** The encoded message; IllegalStateException if it exceeds 65535 bytes. */
    public byte[] finish() {
        finished = true;
        for (int i = 0; i < 4; i++) w.put16(4 + 2 * i, counts[i]);
        if (w.pos() > MAX_MESSAGE) throw new IllegalStateException("message of " + w.pos() + " bytes exceeds 65535");
        return w.toByteArray();
    }
}
