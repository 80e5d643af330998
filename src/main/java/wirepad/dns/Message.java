package wirepad.dns;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole DNS message (RFC 1035 §4.1): header, question, answer, authority and additional
 * sections. The OPT pseudo-record, if any, stays in {@link #additional()}; {@link #edns()} views it.
 * {@link #warnings()} holds what the decoder accepted but found wrong (empty for a built message).
 */
public record Message(Header header, List<Question> questions, List<ResourceRecord> answers,
                      List<ResourceRecord> authority, List<ResourceRecord> additional, List<DnsWarning> warnings) {
    public Message {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        authority = List.copyOf(authority);
        additional = List.copyOf(additional);
        warnings = List.copyOf(warnings);
    }

    /** A message without warnings (what a program builds). */
    public Message(Header header, List<Question> questions, List<ResourceRecord> answers,
                   List<ResourceRecord> authority, List<ResourceRecord> additional) {
        this(header, questions, answers, authority, additional, List.of());
    }

    /** A query for one question, with EDNS when {@code edns} is not null. */
    public static Message query(int id, Question q, Edns edns) {
        return new Message(Header.query(id), List.of(q), List.of(), List.of(), edns == null ? List.of() : List.of(edns.toRecord()));
    }

    /**
     * The first OPT record of the additional section as EDNS, or null when it has none. A message
     * may carry one OPT only (RFC 6891 §6.1.1): the decoder reports any other as a {@link #warnings() warning}.
     */
    public Edns edns() {
        for (ResourceRecord rr : additional) if (rr.data() instanceof Rdata.OPT) return Edns.from(rr);
        return null;
    }

    /** The full response code: 4 header bits plus, with EDNS, 8 more (RFC 6891 §6.1.3). */
    public int rcode() {
        Edns e = edns();
        return (e == null ? 0 : e.extendedRcode() << 4) | header.rcode();
    }

    /**
     * Additional records without the OPT record that {@link #edns()} shows. A second OPT (a
     * warning) stays in the list, so ARCOUNT and the records listed still agree.
     */
    public List<ResourceRecord> additionalWithoutOpt() {
        List<ResourceRecord> l = new ArrayList<>();
        boolean seen = false;
        for (ResourceRecord rr : additional) {
            if (!seen && rr.data() instanceof Rdata.OPT) seen = true;
            else l.add(rr);
        }
        return l;
    }

    public Message withHeader(Header h) { return new Message(h, questions, answers, authority, additional, warnings); }
}
