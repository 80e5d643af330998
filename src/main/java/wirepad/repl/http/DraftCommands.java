package wirepad.repl.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import wirepad.bytes.Hexdump;
import wirepad.http.RequestDraft;
import wirepad.repl.CommandException;
import wirepad.repl.Cancel;
import wirepad.repl.Invocation;
import wirepad.repl.MoreInput;

/** The request draft: new, h/header, line, body, show, length, host, save/load/drafts. */
final class DraftCommands {
    private DraftCommands() {}

    static HttpState state(Invocation in) { return in.session().state(HttpState.class, HttpState::new); }

    static RequestDraft draft(Invocation in) throws CommandException {
        RequestDraft d = state(in).draft;
        if (d == null) throw new CommandException("no draft yet: start one with 'new GET / HTTP/1.1' or 'new http://$echo/'");
        return d;
    }

    static void set(Invocation in, RequestDraft d) { state(in).draft = d; }

    static void newDraft(Invocation in) throws CommandException {
        String t = in.text().strip();
        if (t.isEmpty()) throw in.usage();
        if (t.startsWith("<<") && t.length() > 2 && !t.contains(" ")) {
            PasteCommands.read(in, false, t.substring(2), "new");
            return;
        }
        HttpState s = state(in);
        String[] w = t.split("\\s+");
        String url = Url.looksLike(w[0]) ? w[0] : w.length == 2 && Url.looksLike(w[1]) ? w[1] : null;
        if (url != null) {
            Url u = Url.parse(url);
            String method = w.length == 2 ? w[0] : "GET";
            RequestDraft.Edit e = RequestDraft.of(method + " " + u.target() + " HTTP/1.1").withHost(u.authority());
            s.draft = e.draft();
            s.target = u.hostPort();
            s.tls = u.tls();
            in.out().println("host: " + e.change() + " (from the URL); send goes to " + s.target + (s.tls ? " with TLS" : ""));
            print(in, s.draft);
            return;
        }
        String[] line = Typed.line(in.text().stripLeading());
        s.draft = new RequestDraft(line[0], line[1], List.of(), RequestDraft.CRLF, new byte[0]);
        s.target = null;
        s.tls = false;
        print(in, s.draft);
    }

    /** h TEXT: adds a field line exactly as typed. */
    static void addLine(Invocation in) throws CommandException {
        String t = in.text().stripLeading();
        if (t.isEmpty()) throw in.usage();
        String[] line = Typed.line(t);
        RequestDraft d = draft(in).add(new RequestDraft.Line(line[0], line[1]));
        set(in, d);
        in.out().println("added line " + d.fields().size() + ": " + DraftView.vis(line[0] + line[1]));
    }

    /** header add|ins|set|del|mv ... */
    static void header(Invocation in) throws CommandException {
        String t = in.text().stripLeading();
        String[] w = t.split("\\s+", 3);
        if (w.length < 2) throw in.usage();
        RequestDraft d = draft(in);
        try {
            switch (w[0]) {
                case "add" -> {
                    String[] line = Typed.line(t.substring(3).stripLeading());
                    set(in, d.add(new RequestDraft.Line(line[0], line[1])));
                    in.out().println("added line " + (d.fields().size() + 1) + ": " + DraftView.vis(line[0] + line[1]));
                }
                case "ins", "set" -> {
                    if (w.length < 3) throw in.usage();
                    boolean byName = w[0].equals("set") && !w[1].matches("\\d+");
                    int n = byName ? lineNamed(d, w[1]) : number(w[1]);
                    // 'header set Host: b' (or 'header set Host b') replaces the line named Host
                    String[] line = Typed.line(!byName ? w[2] : w[1].endsWith(":") ? w[1] + " " + w[2] : w[1] + ": " + w[2]);
                    RequestDraft.Line l = new RequestDraft.Line(line[0], line[1]);
                    set(in, w[0].equals("ins") ? d.insert(n - 1, l) : d.replace(n - 1, l));
                    in.out().println((w[0].equals("ins") ? "inserted line " : "replaced line ") + n + ": " + DraftView.vis(line[0] + line[1]));
                }
                case "del" -> {
                    int n = w[1].matches("\\d+") ? number(w[1]) : lineNamed(d, w[1]);
                    if (n > d.fields().size()) throw new CommandException("line " + n + " does not exist (the draft has " + d.fields().size() + ")");
                    String gone = d.fields().get(n - 1).text();
                    set(in, d.remove(n - 1));
                    in.out().println("removed line " + n + ": " + DraftView.vis(gone));
                }
                case "mv" -> {
                    if (w.length < 3) throw in.usage();
                    int from = number(w[1]), to = number(w[2].strip());
                    set(in, d.move(from - 1, to - 1));
                    in.out().println("moved line " + from + " to " + to);
                }
                default -> throw in.usage();
            }
        } catch (IndexOutOfBoundsException e) {
            throw new CommandException(e.getMessage());
        }
        print(in, state(in).draft);
    }

    static void line(Invocation in) throws CommandException {
        String t = in.text().stripLeading();
        if (t.isEmpty()) throw in.usage();
        String[] line = Typed.line(t);
        RequestDraft d = draft(in);
        set(in, new RequestDraft(line[0], line[1], d.fields(), d.headEnd(), d.body()));
        in.out().println("request line: " + DraftView.vis(line[0] + line[1]));
    }

    /** body TEXT | body @FILE | body <<END | body --clear | body */
    static void body(Invocation in) throws Exception {
        RequestDraft d = draft(in);
        String t = in.text();
        String s = t.strip();
        byte[] b;
        if (s.isEmpty()) {
            DraftView.lines(d).stream().skip(d.fields().size() + 2).forEach(in.out()::println);
            return;
        } else if (s.equals("--clear")) {
            b = new byte[0];
        } else if (s.startsWith("@")) {
            java.nio.file.Path p = in.session().resolve(s.substring(1));
            try {
                Sources.checkBodySize(in, s.substring(1), Files.size(p));
                b = in.cancel().call("read", () -> Files.readAllBytes(p));   // a FIFO blocks until written: Ctrl-C ends the wait
            } catch (IOException e) {
                throw new CommandException(wirepad.repl.FileErrors.cannot("read", s.substring(1), p, e));
            }
        } else if (s.startsWith("<<") && s.length() > 2 && !s.contains(" ")) {
            String end = s.substring(2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int lines = 0;
            String l;
            try {
                while ((l = in.readMore()) != null && !MoreInput.strip(l).equals(end)) {
                    if (lines++ > 0) out.write('\n');
                    out.writeBytes(MoreInput.strip(l).getBytes(StandardCharsets.UTF_8));
                }
            } catch (Cancel.Cancelled e) {
                throw new CommandException("body: heredoc abandoned (Ctrl-C); the draft is unchanged");
            }
            b = out.toByteArray();
            in.out().println("body: " + lines + " lines joined with LF (type \\r\\n escapes in a one-line body for CRLF)");
        } else {
            b = Typed.bytes(t.startsWith(" ") ? t.substring(1) : t);
        }
        set(in, d.withBody(b));
        in.out().println("body: " + b.length + " bytes" + contentLengthNote(d.withBody(b)));
    }

    private static String contentLengthNote(RequestDraft d) {
        int i = d.indexOf("Content-Length");
        if (i < 0) return d.body().length == 0 ? "" : " (no Content-Length line: 'length' adds one)";
        String v = d.fields().get(i).value();
        return v.equals(String.valueOf(d.body().length)) ? " (matches line " + (i + 1) + ")"
                : " (line " + (i + 1) + " says Content-Length: " + v + "; 'length' fixes it)";
    }

    static void show(Invocation in) throws CommandException {
        RequestDraft d = draft(in);
        print(in, d);
        if (in.words().contains("--hex")) in.out().print(Hexdump.dump(d.toBytes()));
        for (String l : DraftView.lint(d)) in.out().println(l);
    }

    static void length(Invocation in) throws CommandException {
        RequestDraft.Edit e = draft(in).withContentLength();
        set(in, e.draft());
        in.out().println("length: " + e.change().replace("\n", "\n        ")); // one line per line touched or left
    }

    static void host(Invocation in) throws CommandException {
        HttpState s = state(in);
        String value = in.text().strip();
        if (value.isEmpty()) value = s.target != null ? s.target : null;
        if (value == null) throw new CommandException("host: which host? e.g. 'host 127.0.0.1:8080' (or start the draft from a URL)");
        RequestDraft.Edit e = draft(in).withHost(value);
        set(in, e.draft());
        in.out().println("host: " + e.change());
    }

    static void save(Invocation in) throws CommandException {
        List<String> w = in.words();
        if (w.size() != 1) throw in.usage();
        HttpState s = state(in);
        s.saved.put(w.get(0), draft(in));
        if (s.target != null) s.savedTargets.put(w.get(0), s.target);
        else s.savedTargets.remove(w.get(0));
        in.out().println("saved the draft as '" + w.get(0) + "' (" + draft(in).toBytes().length + " bytes)");
    }

    static void load(Invocation in) throws CommandException {
        List<String> w = in.words();
        if (w.size() != 1) throw in.usage();
        HttpState s = state(in);
        RequestDraft d = s.saved.get(w.get(0));
        if (d == null) throw new CommandException("no saved draft '" + w.get(0) + "' (see: drafts)");
        set(in, d);
        s.target = s.savedTargets.get(w.get(0));
        print(in, d);
    }

    static void drafts(Invocation in) throws CommandException {
        HttpState s = state(in);
        if (s.saved.isEmpty()) in.out().println("no saved drafts (save NAME keeps the current one)");
        s.saved.forEach((k, v) -> in.out().println(String.format("%-12s %s  (%d bytes)", k, DraftView.vis(v.startLine()), v.toBytes().length)));
    }

    static void print(Invocation in, RequestDraft d) { for (String l : DraftView.lines(d)) in.out().println(l); }

    /** The number of the first field line named {@code name} (a trailing colon allowed, any case). */
    static int lineNamed(RequestDraft d, String name) throws CommandException {
        String n = name.endsWith(":") ? name.substring(0, name.length() - 1) : name;
        int i = d.indexOf(n);
        if (i < 0) throw new CommandException("no line named " + n + " (the draft's lines: 'show'; add one with 'h " + n + ": ...')");
        return i + 1;
    }

    static int number(String s) throws CommandException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new CommandException("expected a line number, got \"" + s + "\"");
        }
    }
}
