package wirepad.repl.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wirepad.http.HttpFile;
import wirepad.http.RequestDraft;
import wirepad.net.ExchangeLog;
import wirepad.net.pcap.PcapWriter;
import wirepad.repl.CommandException;
import wirepad.repl.FileErrors;
import wirepad.repl.Invocation;
import wirepad.view.export.CurlExport;
import wirepad.view.export.NcExport;

/** export curl|nc|pcap|http and import FILE.http: the same requests, for other tools and back. */
final class ExportCommands {
    private ExportCommands() {}

    static void export(Invocation in) throws Exception {
        List<String> w = in.words();
        if (w.isEmpty()) throw in.usage();
        HttpState s = DraftCommands.state(in);
        switch (w.get(0)) {
            case "curl", "nc" -> {
                Request r = request(in, w.subList(1, w.size()));
                wirepad.net.HostPort hp = SendCommands.hostPort(r.target);
                if (w.get(0).equals("nc")) {
                    in.out().println(NcExport.render(r.bytes, hp.host(), hp.port(), wirepad.view.export.NcFlavor.installed()));
                } else {
                    CurlExport.Result c = CurlExport.render(r.bytes, hp.host(), hp.port());
                    for (String warning : c.warnings()) in.out().println("# warning: " + warning);
                    in.out().println(c.command());
                }
            }
            case "pcap" -> {
                if (w.size() < 2) throw new CommandException("export pcap FILE [#N...]: which file?");
                List<ExchangeLog> which = new ArrayList<>();
                for (String n : w.subList(2, w.size())) which.add(HistoryCommands.exchange(in, number(n)));
                boolean all = which.isEmpty();
                if (all) which.addAll(s.history);
                List<wirepad.repl.lookup.DnsState.Sent> dns = all
                        ? in.session().state(wirepad.repl.lookup.DnsState.class, wirepad.repl.lookup.DnsState::new).sent() : List.of();
                if (which.isEmpty() && dns.isEmpty()) throw new CommandException("no exchanges to export yet (send one first)");
                PcapWriter pcap = new PcapWriter();
                List<Object> seen = new ArrayList<>();
                for (ExchangeLog x : which) {
                    if (seen.stream().anyMatch(l -> l == x.ledger())) continue; // one connection, several exchanges
                    seen.add(x.ledger());
                    pcap.tcp(x.ledger(), true, PcapWriter.epochMicros(x.ledger().startNanos(), Clock.systemUTC()));
                }
                for (wirepad.repl.lookup.DnsState.Sent q : dns)
                    wirepad.net.pcap.DnsPcap.add(pcap, q.query(), q.reply(), q.tcp(), q.server(), q.micros(), q.replyEpochMicros());
                Path p = in.session().resolve(w.get(1));
                byte[] b = pcap.toBytes();
                write(w.get(1), p, b);
                in.out().println("wrote " + w.get(1) + ": " + seen.size() + " HTTP connection" + (seen.size() == 1 ? "" : "s")
                        + (dns.isEmpty() ? "" : " and " + dns.size() + " DNS exchange" + (dns.size() == 1 ? "" : "s"))
                        + ", " + b.length + " bytes (tshark -r " + w.get(1) + " -qz follow,tcp,raw,0 shows the bytes)");
            }
            case "http" -> {
                if (w.size() != 2) throw new CommandException("export http FILE: which file?");
                Map<String, RequestDraft> drafts = new LinkedHashMap<>(s.saved);
                if (s.draft != null && !drafts.containsValue(s.draft)) drafts.put("draft", s.draft);
                if (drafts.isEmpty()) throw new CommandException("no drafts to export (new … then save NAME)");
                List<String> problems = new ArrayList<>();
                String text = HttpFile.write(drafts, problems);
                write(w.get(1), in.session().resolve(w.get(1)), text.getBytes(StandardCharsets.UTF_8));
                in.out().println("wrote " + w.get(1) + ": " + drafts.size() + " request" + (drafts.size() == 1 ? "" : "s") + " ("
                        + String.join(", ", drafts.keySet()) + ")");
                for (String p : problems) in.out().println("note: " + p);
            }
            default -> throw in.usage();
        }
    }

    /** import FILE.http: every request becomes a saved draft (named by its ### line, else http1, http2…). */
    static void importFile(Invocation in) throws Exception {
        List<String> w = new ArrayList<>(in.words());
        boolean send = w.remove("--send");
        if (w.size() != 1) throw in.usage();
        Path p = in.session().resolve(w.get(0));
        String text;
        try {
            text = in.cancel().call("read", () -> Files.readString(p, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CommandException("cannot read " + w.get(0) + ": not UTF-8 text (a .http file is UTF-8)");
        } catch (IOException e) {
            throw new CommandException(FileErrors.cannot("read", w.get(0), p, e));
        }
        List<HttpFile.Request> rs;
        try {
            rs = HttpFile.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandException(w.get(0) + ": " + e.getMessage());
        }
        HttpState s = DraftCommands.state(in);
        int n = 0;
        for (HttpFile.Request r : rs) {
            n++;
            String wanted = r.name() == null || r.name().isBlank() ? "http" + n : r.name().strip().replaceAll("\\s+", "-");
            String target = r.target() == null ? null : r.target().matches(".*:\\d+") ? r.target() : r.target() + ":80";
            // An existing saved draft is never replaced: one with the same bytes is kept as it is (and where
            // it goes), a different one keeps its name and the file's request gets a new one.
            String name = wanted;
            boolean same = false;
            for (int k = 2; s.saved.containsKey(name); k++) {
                same = java.util.Arrays.equals(s.saved.get(name).toBytes(), r.draft().toBytes());
                if (same) break;
                name = wanted + "-" + k;
            }
            String keptTarget = s.savedTargets.get(name);
            if (!same) {
                s.saved.put(name, r.draft());
                if (target != null) s.savedTargets.put(name, target);
                else s.savedTargets.remove(name);
            }
            s.draft = r.draft();
            s.target = target;
            in.out().println(String.format("%-14s %s%s", name, DraftView.vis(r.draft().startLine()),
                    target == null ? "" : "   -> " + target));
            if (same) in.out().println("               note: the same bytes as the saved draft '" + name + "', which is kept"
                    + (java.util.Objects.equals(keptTarget, target) ? "" : " (going to " + (keptTarget == null ? "no host" : keptTarget)
                    + "; 'load " + name + "' then 'send " + (target == null ? "HOST:PORT" : target) + "' sends it where the file says)"));
            if (!name.equals(wanted) && !same)
                in.out().println("               note: a saved draft is already named '" + wanted + "' (kept): this one is saved as '" + name + "'");
            for (String note : r.notes()) in.out().println("               note: " + note);
        }
        in.out().println(rs.size() + " request" + (rs.size() == 1 ? "" : "s") + " saved as drafts; lines go out with CRLF, as the"
                + " HTTP Client tools send them; the last one is the current draft ('load NAME', 'pipe A B', 'send')");
        if (!send) return;
        int k = 0;
        for (HttpFile.Request r : rs) {
            k++;
            String target = r.target() == null ? null : r.target().matches(".*:\\d+") ? r.target() : r.target() + ":80";
            if (target == null) {
                in.out().println("request " + k + ": no host (no URL and no Host line), not sent");
                continue;
            }
            in.cancel().check();
            SendCommands.exchange(in, target, SendCommands.Opts.parse(List.of("--view", "curl"), false), List.of(r.draft().toBytes()));
        }
    }

    private static void write(String shown, Path p, byte[] b) throws CommandException {
        try {
            Files.write(p, b);
        } catch (IOException e) {
            throw new CommandException(FileErrors.cannot("write", shown, p, e));
        }
    }

    private record Request(byte[] bytes, String target) {}

    /** The draft (no argument) or exchange #N's request, and where it goes. */
    private static Request request(Invocation in, List<String> args) throws CommandException {
        HttpState s = DraftCommands.state(in);
        if (args.isEmpty()) {
            RequestDraft d = DraftCommands.draft(in);
            String target = s.target != null ? s.target : SendCommands.fromHost(d);
            if (target == null) throw new CommandException("where to? the draft has no URL and no Host line");
            return new Request(d.toBytes(), target);
        }
        ExchangeLog x = HistoryCommands.exchange(in, number(args.get(0)));
        return new Request(x.sent(), x.target());
    }

    private static int number(String s) throws CommandException {
        if (!s.matches("#?\\d{1,9}")) throw new CommandException("expected an exchange number like #2, got " + s);
        return Integer.parseInt(s.replace("#", ""));
    }
}
