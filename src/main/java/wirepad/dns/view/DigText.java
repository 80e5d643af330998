package wirepad.dns.view;

import java.util.List;
import wirepad.dns.DnsWarning;
import wirepad.dns.Edns;
import wirepad.dns.Header;
import wirepad.dns.Message;
import wirepad.dns.Opcode;
import wirepad.dns.Question;
import wirepad.dns.Rcode;
import wirepad.dns.ResourceRecord;
import wirepad.dns.Section;
import wirepad.dns.Update;

/** dig-style text for a message, and the short form (answer data only). Decoder warnings come first, one {@code ;; WARNING:} line each. */
public final class DigText {
    private DigText() {}

    /** What dig prints after the sections; any field may be null to leave its line out. */
    public record Meta(Long queryTimeMicros, String server, String transport, String when, Integer size) {
        public static final Meta NONE = new Meta(null, null, null, null, null);
    }

    public static String format(Message m, Meta meta) {
        Header h = m.header();
        StringBuilder sb = new StringBuilder();
        for (DnsWarning w : m.warnings()) sb.append(";; WARNING: ").append(w).append('\n');
        sb.append(";; ->>HEADER<<- opcode: ").append(Opcode.name(h.opcode())).append(", status: ")
          .append(Rcode.name(m.rcode())).append(", id: ").append(h.id()).append('\n');
        boolean update = h.opcode() == Update.OPCODE;
        sb.append(";; flags: ").append(h.flagNames()).append(update ? "; ZONE: " : "; QUERY: ").append(m.questions().size())
          .append(update ? ", PREREQ: " : ", ANSWER: ").append(m.answers().size())
          .append(update ? ", UPDATE: " : ", AUTHORITY: ").append(m.authority().size())
          .append(", ADDITIONAL: ").append(m.additional().size()).append("\n\n");
        Edns e = m.edns();
        if (e != null) sb.append(";; OPT PSEUDOSECTION:\n").append(e.presentation()).append('\n');
        if (!m.questions().isEmpty()) {
            sb.append(update ? ";; ZONE SECTION:\n" : ";; QUESTION SECTION:\n");
            for (Question q : m.questions()) sb.append(';').append(q.presentation()).append('\n');
        }
        if (update) {
            // RFC 2136 §2: each prerequisite and update record is shown with the operation it stands for
            int zone = Update.zoneClass(m);
            for (Section s : new Section[] {Section.ANSWER, Section.AUTHORITY}) {
                List<ResourceRecord> rrs = s == Section.ANSWER ? m.answers() : m.authority();
                if (rrs.isEmpty()) continue;
                sb.append("\n;; ").append(Update.title(s)).append(" SECTION:\n");
                for (ResourceRecord rr : rrs) sb.append(rr.presentation()).append("\t; ").append(Update.operation(s, rr, zone)).append('\n');
            }
        } else {
            section(sb, "ANSWER", m.answers());
            section(sb, "AUTHORITY", m.authority());
        }
        section(sb, "ADDITIONAL", m.additionalWithoutOpt());
        sb.append('\n');
        if (meta.queryTimeMicros() != null) {
            long us = meta.queryTimeMicros();
            sb.append(";; Query time: ").append(us / 1000).append('.').append(String.format("%03d", us % 1000)).append(" msec\n");
        }
        if (meta.server() != null)
            sb.append(";; SERVER: ").append(meta.server()).append(meta.transport() != null ? " (" + meta.transport() + ")" : "").append('\n');
        if (meta.when() != null) sb.append(";; WHEN: ").append(meta.when()).append('\n');
        if (meta.size() != null) sb.append(";; MSG SIZE  rcvd: ").append(meta.size()).append('\n');
        return sb.toString();
    }

    private static void section(StringBuilder sb, String name, List<ResourceRecord> rrs) {
        if (rrs.isEmpty()) return;
        sb.append("\n;; ").append(name).append(" SECTION:\n");
        for (ResourceRecord rr : rrs) sb.append(rr.presentation()).append('\n');
    }

    /** +short: the data of each answer, one per line. */
    public static String shortForm(Message m) {
        StringBuilder sb = new StringBuilder();
        for (ResourceRecord rr : m.answers()) sb.append(rr.data().presentation()).append('\n');
        return sb.toString();
    }
}
