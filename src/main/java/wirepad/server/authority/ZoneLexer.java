package wirepad.server.authority;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical layer of a master file (RFC 1035 §5.1): entries of blank-separated tokens, a line
 * that starts with a blank (no owner: the previous one), parentheses joining lines, ';' comments,
 * quoted strings (each a token of its own, quotes kept so that RDATA parsing can tell them apart),
 * and {@code \X} escapes kept as written for the field parsers.
 */
final class ZoneLexer {
    private ZoneLexer() {}

    /** One logical entry: its first line, whether it began with a blank, and its tokens. */
    record Entry(int line, boolean blankOwner, List<String> tokens) {}

    /** Splits the text into entries, joining lines inside parentheses and dropping comments. */
    static List<Entry> split(String text, String source) throws ZoneException {
        List<Entry> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        int line = 1, entryLine = 1, depth = 0, parenLine = 0;
        boolean blankOwner = false, atLineStart = true;
        StringBuilder tok = new StringBuilder();
        int i = 0, n = text.length();
        while (i <= n) {
            char c = i < n ? text.charAt(i) : '\n';
            if (i == n && depth > 0) throw new ZoneException(source, parenLine, "'(' is never closed");
            if (c == '"') {
                int start = i++;
                while (i < n && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\n') throw new ZoneException(source, line, "quoted string runs past the end of the line");
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                if (i >= n) throw new ZoneException(source, line, "unterminated quoted string");
                if (cur.isEmpty() && tok.length() == 0) entryLine = line;
                // a quoted string is a token of its own: "a""b" is two strings, as is x"b" (RFC 1035 §5.1);
                // but key="value" stays one token, the SvcParam form (RFC 9460 §2.1: alpn="h2,h3")
                if (tok.length() > 0 && tok.charAt(tok.length() - 1) == '=') {
                    tok.append(text, start, i + 1);
                    i++;
                    atLineStart = false;
                    continue;
                }
                if (tok.length() > 0) {
                    cur.add(tok.toString());
                    tok.setLength(0);
                }
                cur.add(text.substring(start, i + 1));
                i++;
                atLineStart = false;
                continue;
            }
            if (c == '\\' && i + 1 < n) {
                if (cur.isEmpty() && tok.length() == 0) entryLine = line;
                tok.append(c).append(text.charAt(i + 1));
                i += 2;
                atLineStart = false;
                continue;
            }
            if (c == ';') {
                while (i < n && text.charAt(i) != '\n') i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '(' || c == ')' || c == '\n') {
                if (tok.length() > 0) {
                    cur.add(tok.toString());
                    tok.setLength(0);
                }
                if ((c == ' ' || c == '\t') && atLineStart && depth == 0 && cur.isEmpty()) blankOwner = true;
                if (c == '(') {
                    if (depth++ == 0) parenLine = line;
                } else if (c == ')') {
                    if (--depth < 0) throw new ZoneException(source, line, "')' without '('");
                } else if (c == '\n') {
                    if (depth == 0) {
                        if (!cur.isEmpty()) out.add(new Entry(entryLine, blankOwner, List.copyOf(cur)));
                        cur.clear();
                        blankOwner = false;
                        atLineStart = true;
                    }
                    line++;
                    i++;
                    continue;
                }
                atLineStart = false;
                i++;
                continue;
            }
            if (cur.isEmpty() && tok.length() == 0) entryLine = line;
            tok.append(c);
            atLineStart = false;
            i++;
        }
        return out;
    }
}
