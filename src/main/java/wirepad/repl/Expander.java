package wirepad.repl;

import java.util.Map;

/** {@code $name} / {@code ${name}} expansion; {@code $$} is a dollar sign, a lone {@code $} stays. */
final class Expander {
    private Expander() {}

    static boolean isName(String s) {
        if (s.isEmpty() || !isStart(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) if (!isPart(s.charAt(i))) return false;
        return true;
    }

    private static boolean isStart(char c) { return c == '_' || (c < 128 && Character.isLetter(c)); }

    private static boolean isPart(char c) { return isStart(c) || (c >= '0' && c <= '9'); }

    static String expand(String text, Map<String, Session.Var> vars) throws CommandException {
        if (text.indexOf('$') < 0) return text;
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 == text.length()) { sb.append(c); i++; continue; }
            char n = text.charAt(i + 1);
            int start = i, end;
            String name;
            if (n == '$') { sb.append('$'); i += 2; continue; }
            if (n == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) throw CommandException.at("column " + (start + 1) + ": '${' without '}'", text, start + 1);
                name = text.substring(i + 2, close);
                end = close + 1;
            } else if (isStart(n)) {
                end = i + 2;
                while (end < text.length() && isPart(text.charAt(end))) end++;
                name = text.substring(i + 1, end);
            } else { sb.append(c); i++; continue; }
            Session.Var v = vars.get(name);
            if (v == null) throw CommandException.at("column " + (start + 1) + ": no variable $" + name
                    + " (see 'vars'; write $$ for a dollar sign)", text, start + 1);
            sb.append(v.value());
            i = end;
        }
        return sb.toString();
    }
}
