package wirepad.dns;

import java.util.ArrayList;
import java.util.List;
import wirepad.bytes.Label;
import wirepad.bytes.Visible;

/**
 * A cursor over a received message. Every read names its field; a read past the current limit
 * (the message end, or the end of the RDATA while decoding RDATA) is a {@link DnsFormatException}
 * naming offset and field. When recording, every field read becomes a {@link Label}.
 */
final class WireReader {
    /** Bound on pointer hops in one name; each hop must also go strictly backwards. */
    static final int MAX_POINTER_HOPS = 127;
    /**
     * The header is 12 bytes (RFC 1035 §4.1.1). A pointer into it is legal (RFC 1035 §4.1.4 sets no
     * lower bound, and every reference decoder follows it) but unusual: the annotated view says so.
     */
    static final int HEADER_LENGTH = 12;

    private final byte[] b;
    private int pos;
    private int limit;
    private boolean inRdata;
    private final List<Label> labels;
    /** The labels of the name being decoded. */
    private byte[][] parts;
    /** Offsets of the labels read in place, parallel to {@link #parts}. */
    private int[] partAt;
    /** Names decoded so far, reused by pointers (only when not recording: the notes need every byte read). */
    private NameCache cache;

    WireReader(byte[] b, boolean record) {
        this.b = b;
        this.limit = b.length;
        this.labels = record ? new ArrayList<>() : null;
    }

    int pos() { return pos; }

    int limit() { return limit; }

    int length() { return b.length; }

    /** Confines reads to RDATA ending at {@code end} (error messages then say "RDATA"). */
    void limitRdata(int end) {
        limit = end;
        inRdata = true;
    }

    /** Moves back to {@code at} with the whole message as the limit (a record decoded again). */
    void rewind(int at) {
        pos = at;
        unlimit();
    }

    /**
     * The name of a sub-field: {@code f + suffix}, or null when {@code f} is null. The parser
     * decodes without field names when it is not recording (building them costs more than the
     * decoding) and decodes a record again, with names, only when it fails; see {@link Parser}.
     */
    static String field(String f, String suffix) { return f == null ? null : f + suffix; }

    /** Back to the whole message. */
    void unlimit() {
        limit = b.length;
        inRdata = false;
    }

    /** Narrows the limit inside RDATA (an EDNS option); returns the previous limit. */
    int narrow(int end) {
        int old = limit;
        limit = end;
        return old;
    }

    int remaining() { return limit - pos; }

    List<Label> labels() { return labels == null ? List.of() : labels; }

    /** Whether labels are being recorded: callers skip building notes nobody will read. */
    boolean recording() { return labels != null; }

    void label(int start, int end, String name, String note) {
        if (labels != null) labels.add(new Label(start, end, name, note));
    }

    /** Replaces the note of the most recent label (e.g. "1" becomes "1 (A)"). */
    void note(String note) {
        if (labels != null && !labels.isEmpty()) {
            Label l = labels.remove(labels.size() - 1);
            labels.add(new Label(l.span(), l.name(), note));
        }
    }

    DnsFormatException error(int at, String field, String problem) {
        int n = Math.min(8, Math.max(0, b.length - at));
        String shown = n == 0 ? "(no bytes left)" : "bytes here: " + Visible.quote(b, at, n, 8);
        return new DnsFormatException(at, field, problem + "; " + shown);
    }

    private void need(int n, String field) throws DnsFormatException {
        if (pos + n > limit) throw truncated(n, field); // kept small, so that every read can inline it
    }

    private DnsFormatException truncated(int n, String field) {
        String where = inRdata ? "RDATA (rdlength ends at offset " + limit + ")" : "the message (" + b.length + " bytes)";
        return error(pos, field, "truncated: needs " + n + " byte" + (n == 1 ? "" : "s") + ", only "
                + (limit - pos) + " left in " + where);
    }

    int u8(String field) throws DnsFormatException {
        need(1, field);
        int v = b[pos] & 0xff;
        if (labels != null) label(pos, pos + 1, field, String.valueOf(v));
        pos += 1;
        return v;
    }

    int u16(String field) throws DnsFormatException {
        need(2, field);
        int v = (b[pos] & 0xff) << 8 | (b[pos + 1] & 0xff);
        if (labels != null) label(pos, pos + 2, field, String.valueOf(v));
        pos += 2;
        return v;
    }

    long u32(String field) throws DnsFormatException {
        need(4, field);
        long v = ((long) (b[pos] & 0xff) << 24) | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8 | (b[pos + 3] & 0xff);
        if (labels != null) label(pos, pos + 4, field, String.valueOf(v));
        pos += 4;
        return v;
    }

    byte[] bytes(int n, String field) throws DnsFormatException {
        need(n, field);
        byte[] out = java.util.Arrays.copyOfRange(b, pos, pos + n);
        label(pos, pos + n, field, "");
        pos += n;
        return out;
    }

    /** A character-string: one length octet and that many octets (RFC 1035 §3.3). */
    byte[] characterString(String field) throws DnsFormatException {
        int start = pos;
        need(1, field + ".length");
        int n = b[pos] & 0xff;
        if (pos + 1 + n > limit) {
            throw error(pos, field, "character-string length " + n + " runs past the end of "
                    + (inRdata ? "RDATA" : "the message") + " (" + (limit - pos - 1) + " bytes left)");
        }
        byte[] out = java.util.Arrays.copyOfRange(b, pos + 1, pos + 1 + n);
        pos += 1 + n;
        if (labels != null) label(start, pos, field, "len=" + n + " " + Visible.quote(out, 0, n, 32));
        return out;
    }

    /**
     * A domain name, possibly compressed (RFC 1035 §4.1.4). Rules enforced: a pointer must point
     * strictly before the start of the labels it ends (so no forward pointers and no loops; a
     * target inside the 12-byte header is allowed and noted as unusual), at most
     * {@link #MAX_POINTER_HOPS} hops, label types 01 and 10 are rejected (RFC 6891 §5 retired
     * extended labels), labels read in place must stay inside the current limit, and the name may
     * not exceed 255 octets (RFC 1035 §3.1).
     */
    Name name(String field) throws DnsFormatException {
        int start = pos;
        try {
            return nameAt(field);
        } catch (DnsFormatException e) {
            if (e.offset() >= start) throw e;
            // the bad byte was reached through a pointer: say from where
            throw new DnsFormatException(e.offset(), e.field(), e.problem() + String.format(" (reached via the pointer in the name at 0x%04x)", start));
        }
    }

    private void grow() {
        parts = java.util.Arrays.copyOf(parts, parts.length * 2);
        partAt = java.util.Arrays.copyOf(partAt, parts.length);
    }

    private Name nameAt(String field) throws DnsFormatException {
        if (parts == null) {
            parts = new byte[8][]; // grown as needed, up to 127 labels (each takes 2 of the 255 octets)
            partAt = new int[parts.length];
            if (labels == null) cache = new NameCache();
        }
        int count = 0;
        Name reused = null;
        int p = pos, segStart = pos, wire = 0, hops = 0, end = -1, pointerAt = -1, labelsBeforeJump = 0;
        boolean jumped = false, intoHeader = false;
        while (true) {
            int lim = jumped ? b.length : limit;
            if (p >= lim) {
                throw error(p, field, "truncated name: expected a length byte or pointer, but "
                        + (inRdata && !jumped ? "RDATA ends" : "the message ends"));
            }
            int len = b[p] & 0xff;
            int kind = len & 0xc0;
            if (kind == 0xc0) {
                if (p + 2 > lim) throw error(p, field, "truncated compression pointer: needs 2 bytes");
                int target = (len & 0x3f) << 8 | (b[p + 1] & 0xff);
                if (target < HEADER_LENGTH) intoHeader = true; // legal (RFC 1035 §4.1.4 sets no bound), noted below
                if (target >= segStart) {
                    throw error(p, field, String.format("compression pointer to 0x%04x must point before 0x%04x, where this name%s starts"
                            + " (forward or looping pointer, RFC 1035 §4.1.4)", target, segStart, jumped ? " part" : ""));
                }
                if (++hops > MAX_POINTER_HOPS) throw error(p, field, "more than " + MAX_POINTER_HOPS + " compression pointers in one name");
                if (!jumped) {
                    end = p + 2;
                    pointerAt = p;
                    labelsBeforeJump = count;
                }
                jumped = true;
                segStart = target;
                p = target;
                int hit = cache == null ? -1 : cache.find(target);
                if (hit >= 0) {
                    // the labels from here on decoded before: reuse them if the name stays within both limits
                    Name known = cache.name(hit);
                    int from = cache.labelIndex(hit);
                    if (wire + cache.wire(hit) <= Name.MAX_WIRE && hops + cache.hops(hit) <= MAX_POINTER_HOPS) {
                        if (count == 0) {
                            // nothing in front: the name is the one decoded before, or its suffix (kept for the next pointer)
                            reused = from == 0 ? known : cache.useSuffix(hit, known.suffix(from));
                        } else {
                            for (int i = from; i < known.labelCount(); i++) {
                                if (count == parts.length) grow();
                                parts[count++] = known.labelShared(i);
                            }
                        }
                        hops += cache.hops(hit);
                        wire += cache.wire(hit);
                        break;
                    }
                }
            } else if (kind == 0x40) {
                throw error(p, field, String.format("label type 0x40 (length byte 0x%02x): extended labels are not supported (RFC 6891 §5)", len));
            } else if (kind == 0x80) {
                throw error(p, field, String.format("label type 0x80 (length byte 0x%02x) is reserved (RFC 1035 §4.1.4)", len));
            } else if (len == 0) {
                wire += 1;
                if (!jumped) {
                    if (labels != null) label(p, p + 1, field + ".root", "0 (end of name)");
                    end = p + 1;
                }
                break;
            } else {
                if (p + 1 + len > lim) {
                    throw error(p, field, "label length " + len + " runs past the end of "
                            + (!jumped && inRdata ? "RDATA" : "the message") + " (" + (lim - p - 1) + " bytes left)");
                }
                wire += 1 + len;
                if (wire + 1 > Name.MAX_WIRE) throw error(p, field, "name longer than 255 octets (RFC 1035 §3.1)");
                byte[] l = java.util.Arrays.copyOfRange(b, p + 1, p + 1 + len);
                if (count == parts.length) grow();
                if (!jumped) partAt[count] = p;
                parts[count++] = l;
                if (!jumped && labels != null) {
                    StringBuilder sb = new StringBuilder("len=").append(len).append(" \"");
                    Name.appendLabel(sb, l);
                    label(p, p + 1 + len, field + ".label", sb.append('"').toString());
                }
                p += 1 + len;
            }
        }
        Name n = reused != null ? reused : Name.decoded(java.util.Arrays.copyOf(parts, count));
        if (cache != null) {
            int inPlace = pointerAt >= 0 ? labelsBeforeJump : count;
            int w = wire; // octets from the first label on, root included
            for (int i = 0; i < inPlace; i++) { // all hops come after the labels in place
                cache.add(partAt[i], n, i, hops, w);
                w -= 1 + n.labelShared(i).length;
            }
        }
        if (pointerAt >= 0 && labels != null) {
            Name suffix = n.suffix(labelsBeforeJump);
            int target = (b[pointerAt] & 0x3f) << 8 | (b[pointerAt + 1] & 0xff);
            label(pointerAt, pointerAt + 2, field + ".pointer", String.format("-> 0x%04x (%s) saves %d bytes%s",
                    target, suffix, suffix.wireLength() - 2, intoHeader
                            ? " (unusual: the name is read from bytes inside the 12-byte header; legal, RFC 1035 §4.1.4 sets no bound)" : ""));
        }
        pos = end;
        return n;
    }
}
