package wirepad.server.authority;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import wirepad.dns.Name;
import wirepad.dns.RRClass;
import wirepad.dns.RRType;
import wirepad.dns.Rdata;
import wirepad.dns.RdataText;
import wirepad.dns.ResourceRecord;
import wirepad.dns.Ttl;

/**
 * A master-file subset (RFC 1035 §5.1): $ORIGIN, $TTL (RFC 2308 §4), "@", relative names, a
 * blank owner meaning "the previous owner", TTL and class in either order, parentheses across
 * lines, ';' comments, quoted strings (several per TXT). Any RDATA {@link RdataText} knows,
 * including the generic {@code \# len hex}. Not supported: $INCLUDE, $GENERATE. Rules between
 * records (a CNAME alone at its name, one class per file) are {@link ZoneRules}'.
 */
public final class ZoneFile {
    private ZoneFile() {}

    /** One logical entry: its first line, whether it began with a blank, and its tokens. */
    record Entry(int line, boolean blankOwner, List<String> tokens) {}

    /** The most a zone file may hold: 16 MiB, far above any zone written by hand, and a stop for /dev/zero. */
    public static final int MAX_BYTES = 16 << 20;

    /**
     * Reads a zone file as UTF-8, at most {@link #MAX_BYTES}: a longer one (or an endless one such as
     * /dev/zero) is a ZoneException naming the file and the limit; reading stops at the limit.
     */
    public static String read(Path file, String shown) throws IOException, ZoneException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(MAX_BYTES + 1);
            if (b.length > MAX_BYTES)
                throw new ZoneException(shown, "larger than the limit for a zone file (" + MAX_BYTES + " bytes, 16 MiB); read stopped there");
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    /** {@link #read} then {@link #parse}. */
    public static Zone load(Path file, String shown, Name defaultOrigin) throws IOException, ZoneException {
        return parse(read(file, shown), shown, defaultOrigin);
    }

    public static Zone parse(String text, String source, Name defaultOrigin) throws ZoneException {
        Name origin = defaultOrigin;
        Long defaultTtl = null;
        Name lastOwner = null;
        List<ResourceRecord> records = new ArrayList<>();
        Name zoneOrigin = null;
        ZoneRules rules = new ZoneRules();
        for (Entry e : entries(text, source)) {
            List<String> t = e.tokens();
            try {
                if (t.get(0).equalsIgnoreCase("$ORIGIN")) {
                    if (t.size() != 2) throw new IllegalArgumentException("$ORIGIN takes one name");
                    origin = Name.parse(t.get(1), origin);
                    continue;
                }
                if (t.get(0).equalsIgnoreCase("$TTL")) {
                    if (t.size() != 2) throw new IllegalArgumentException("$TTL takes one value");
                    defaultTtl = Ttl.parse(t.get(1));
                    continue;
                }
                if (t.get(0).startsWith("$")) throw new IllegalArgumentException(t.get(0) + " is not supported");
                int i = 0;
                Name owner;
                if (e.blankOwner()) {
                    if (lastOwner == null) throw new IllegalArgumentException("no owner name yet (line starts with a blank)");
                    owner = lastOwner;
                } else {
                    owner = Name.parse(t.get(i++), origin);
                }
                Long ttl = null;
                int cls = RRClass.IN.code();
                int type = -1;
                while (i < t.size() && type < 0) {
                    String f = t.get(i++);
                    if (Character.isDigit(f.charAt(0)) && ttl == null) ttl = Ttl.parse(f);
                    else if (isClass(f)) cls = RRClass.parse(f);
                    else type = RRType.parse(f);
                }
                if (type < 0) throw new IllegalArgumentException("no record type");
                List<String> rdata = t.subList(i, t.size());
                Rdata data = RdataText.parse(type, cls, rdata, origin);
                if (ttl == null) {
                    if (data instanceof Rdata.SOA soa && defaultTtl == null) ttl = soa.minimum();
                    else if (defaultTtl != null) ttl = defaultTtl;
                    else throw new IllegalArgumentException("no TTL and no $TTL before it");
                }
                if (data instanceof Rdata.SOA && zoneOrigin == null) zoneOrigin = owner;
                if (zoneOrigin != null && !owner.isSubdomainOf(zoneOrigin))
                    throw new IllegalArgumentException(owner + " is outside the zone " + zoneOrigin);
                ResourceRecord rr = new ResourceRecord(owner, cls, ttl, data);
                rules.add(rr, e.line());
                records.add(rr);
                lastOwner = owner;
            } catch (IllegalArgumentException ex) {
                throw new ZoneException(source, e.line(), ex.getMessage());
            }
        }
        if (zoneOrigin == null) throw new ZoneException(source, 1, "no SOA record");
        try {
            return new Zone(zoneOrigin, records);
        } catch (IllegalArgumentException ex) {
            throw new ZoneException(source, 1, ex.getMessage());
        }
    }

    private static boolean isClass(String f) {
        try {
            RRClass.parse(f);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Splits the text into entries, joining lines inside parentheses and dropping comments. */
    static List<Entry> entries(String text, String source) throws ZoneException {
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
                tok.append(text, start, i + 1);
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
