package wirepad.dns.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirepad.dns.DnsWarning;
import wirepad.dns.Edns;
import wirepad.dns.EdnsOption;
import wirepad.dns.Header;
import wirepad.dns.Message;
import wirepad.dns.Opcode;
import wirepad.dns.Question;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.dns.ResourceRecord;
import wirepad.dns.Section;
import wirepad.dns.Update;
import wirepad.json.Json;

/**
 * A message as JSON: {@code header} (id, opcode, flags by name, rcode by name), {@code question},
 * {@code answer}, {@code authority}, {@code additional} as lists of
 * {@code {"name","type","class","ttl","data"}} with data in presentation form, and {@code edns}
 * when an OPT record is present (it is left out of {@code additional}; a second one, which draws a
 * warning, stays there); {@code warnings} first, only when the decoder had any. An UPDATE
 * (RFC 2136) has {@code zone}, {@code prereq}, {@code update} and {@code additional} instead, and
 * each prerequisite and update record says its {@code operation}.
 */
public final class DnsJson {
    private DnsJson() {}

    public static String write(Message m) { return Json.write(toMap(m)); }

    public static Map<String, Object> toMap(Message m) {
        Header h = m.header();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("id", h.id());
        header.put("opcode", Opcode.name(h.opcode()));
        List<Object> flags = new ArrayList<>();
        for (String f : h.flagNames().split(" ")) if (!f.isEmpty()) flags.add(f);
        header.put("flags", flags);
        header.put("rcode", Rcode.name(m.rcode()));
        Map<String, Object> out = new LinkedHashMap<>();
        if (!m.warnings().isEmpty()) {
            List<Object> ws = new ArrayList<>();
            for (DnsWarning w : m.warnings()) ws.add(w.toString());
            out.put("warnings", ws);
        }
        out.put("header", header);
        List<Object> qs = new ArrayList<>();
        for (Question q : m.questions()) {
            Map<String, Object> qm = new LinkedHashMap<>();
            qm.put("name", q.name().toString());
            qm.put("type", RRType.name(q.type()));
            qm.put("class", RRClass.name(q.qclass()));
            qs.add(qm);
        }
        if (h.opcode() == Update.OPCODE) {
            int zone = Update.zoneClass(m);
            out.put("zone", qs);
            out.put("prereq", records(m.answers(), Section.ANSWER, zone));
            out.put("update", records(m.authority(), Section.AUTHORITY, zone));
        } else {
            out.put("question", qs);
            out.put("answer", records(m.answers(), null, 0));
            out.put("authority", records(m.authority(), null, 0));
        }
        out.put("additional", records(m.additionalWithoutOpt(), null, 0));
        Edns e = m.edns();
        if (e != null) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("version", e.version());
            em.put("udp", e.udpSize());
            em.put("do", e.dnssecOk());
            List<Object> opts = new ArrayList<>();
            for (EdnsOption o : e.options()) opts.add(o.presentation());
            em.put("options", opts);
            out.put("edns", em);
        }
        return out;
    }

    private static List<Object> records(List<ResourceRecord> rrs, Section updateSection, int zoneClass) {
        List<Object> l = new ArrayList<>();
        for (ResourceRecord rr : rrs) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", rr.name().toString());
            r.put("type", RRType.name(rr.type()));
            r.put("class", RRClass.name(rr.rclass()));
            r.put("ttl", rr.ttl());
            r.put("data", rr.data().presentation());
            if (updateSection != null) r.put("operation", Update.operation(updateSection, rr, zoneClass));
            l.add(r);
        }
        return l;
    }
}
