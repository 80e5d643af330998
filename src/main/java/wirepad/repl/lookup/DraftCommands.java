package wirepad.repl.lookup;

import java.util.ArrayList;
import java.util.List;
import wirepad.dns.view.Annotate;
import wirepad.dns.view.DigText;
import wirepad.net.resolver.QueryTimeouts;
import wirepad.repl.CommandException;
import wirepad.repl.Invocation;

/** query (draft), qedit (raw edits), qsend (send the bytes), dig (draft + send in one go). */
final class DraftCommands {
    private DraftCommands() {}

    static DnsState state(Invocation in) { return in.session().state(DnsState.class, DnsState::new); }

    static void query(Invocation in) throws CommandException {
        DnsState st = state(in);
        List<String> w = in.words();
        if (w.isEmpty()) {
            if (st.draft == null) throw new CommandException("no query yet: start one with 'query www.example.lab A'");
            show(in, st, false);
            return;
        }
        boolean optionsOnly = w.stream().allMatch(s -> s.startsWith("+") || s.startsWith("@"));
        QueryArgs a = QueryArgs.parse(w, optionsOnly ? st.draft : null);
        if (a.server() != null) Target.server(in.session(), st, a.server());
        st.setDraft(a.draft());
        show(in, st, a.hex());
    }

    static void qedit(Invocation in) throws CommandException {
        DnsState st = state(in);
        if (st.draft == null) throw new CommandException("no query to edit: start one with 'query www.example.lab A'");
        List<String> w = in.words();
        if (w.size() == 1 && w.get(0).equals("reset")) {
            st.setDraft(st.draft);
            in.out().println("back to the query as built: " + st.draft.describe());
        } else {
            WireEdit.Result r = WireEdit.apply(st.wire, w);
            st.wire = r.wire();
            st.edits.add(r.change());
            st.editLines.add("qedit " + String.join(" ", w));
            in.out().println(r.change());
        }
        show(in, st, false);
    }

    static void qsend(Invocation in) throws CommandException {
        DnsState st = state(in);
        if (st.wire == null) throw new CommandException("nothing to send: start with 'query www.example.lab A' (or use 'dig')");
        String server = null;
        boolean tcp = false, ignore = false, hex = false;
        int timeout = 0, tries = 0;
        for (String w : in.words()) {
            if (w.startsWith("@") && w.length() > 1) server = w.substring(1);
            else if (w.equals("+tcp")) tcp = true;
            else if (w.equals("+ignore")) ignore = true;
            else if (w.equals("+hex")) hex = true;
            else if (QueryTimeouts.isOption(w)) {
                try {
                    if (w.startsWith("+time")) timeout = QueryTimeouts.timeoutMillis(w);
                    else tries = QueryTimeouts.tries(w);
                } catch (IllegalArgumentException e) {
                    throw new CommandException(e.getMessage());
                }
            } else throw in.usage();
        }
        var target = server != null ? Target.server(in.session(), st, server) : Target.server(in.session(), st, null);
        in.out().println(";; query: " + (st.edits.isEmpty() ? st.draft.describe()
                : st.wire.length + " bytes, edited " + st.edits.size() + " time" + (st.edits.size() == 1 ? "" : "s") + " (see 'query')"));
        Sender.send(in, st, target, new Sender.How(tcp, ignore, hex, timeout, tries));
    }

    static void dig(Invocation in) throws CommandException {
        DnsState st = state(in);
        List<String> w = in.words();
        if (w.isEmpty()) throw in.usage();
        QueryArgs a = QueryArgs.parse(w, null);
        var target = Target.server(in.session(), st, a.server());
        st.setDraft(a.draft());
        in.out().println(";; query: " + st.draft.describe() + ", " + st.wire.length + " bytes");
        Sender.send(in, st, target, new Sender.How(a.tcp(), a.ignoreTc(), a.hex(), a.timeoutMillis(), a.tries()));
    }

    /** The draft's bytes, every field labelled, beside its decode; the edits made so far. */
    static void show(Invocation in, DnsState st, boolean hex) {
        List<String> head = new ArrayList<>();
        head.add("query: " + st.draft.describe() + (st.edits.isEmpty() ? "" : ", then " + st.edits.size() + " edit" + (st.edits.size() == 1 ? ":" : "s:")));
        for (String e : st.edits) head.add("  edit: " + e);
        for (String h : head) in.out().println(h);
        if (hex) {
            in.out().print(Annotate.render(st.wire));
            return;
        }
        in.out().print(ReplyView.render(st.wire, "query " + st.wire.length + " bytes", DigText.Meta.NONE, in.out().width()));
    }
}
