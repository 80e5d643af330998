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
 * A master file (RFC 1035 §5.1): $ORIGIN, $TTL (RFC 2308 §4), $INCLUDE (relative to the including
 * file, {@link #MAX_INCLUDE_DEPTH} deep), BIND's $GENERATE ({@link Generate}), "@", relative names, a
 * blank owner meaning "the previous owner", TTL and class in either order, a missing TTL taken from
 * $TTL or else from the record before (RFC 1035 §5.1), TTLs at most 2^31-1 (RFC 2181 §8). Any RDATA
 * {@link RdataText} knows, including the generic {@code \# len hex}; OPT and the question types are
 * not data. The lexical layer (parentheses, comments, quoted strings) is {@link ZoneLexer}'s; rules
 * between records (a CNAME alone at its name, one class per file) are {@link ZoneRules}'.
 */
public final class ZoneFile {
    private ZoneFile() {}

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
            return utf8(b, shown);
        }
    }

    /**
     * The file's bytes as UTF-8 text. Bytes that are not UTF-8 (a Latin-1 file, a binary file) are an
     * error naming the line, column and byte offset and showing the bytes, with the {@code \DDD}
     * escapes that write them (RFC 1035 §5.1), never silently replaced.
     */
    static String utf8(byte[] b, String shown) throws ZoneException {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length);
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        if (!r.isError()) r = d.flush(out);
        if (!r.isError()) return out.flip().toString();
        int at = in.position(), line = 1, lineStart = 0;
        for (int i = 0; i < at; i++) if (b[i] == '\n') { line++; lineStart = i + 1; }
        StringBuilder hex = new StringBuilder(), ddd = new StringBuilder();
        for (int i = at; i < Math.min(b.length, at + r.length()); i++) {
            hex.append(String.format("\\x%02X", b[i] & 0xff));
            ddd.append(String.format("\\%03d", b[i] & 0xff));
        }
        throw new ZoneException(shown, line, "column " + (at - lineStart + 1) + " (byte offset " + at + "): " + hex
                + " is not UTF-8; a zone file is UTF-8 text: write such bytes as " + ddd + " (RFC 1035 §5.1)");
    }

    /** {@link #read} then {@link #parse}. */
    public static Zone load(Path file, String shown, Name defaultOrigin) throws IOException, ZoneException {
        return parse(read(file, shown), shown, file, defaultOrigin);
    }

    /** Parses zone text that is not from a file ($INCLUDE is then refused: it has no folder to be relative to). */
    public static Zone parse(String text, String source, Name defaultOrigin) throws ZoneException {
        return parse(text, source, null, defaultOrigin);
    }

    /** Parses zone text read from {@code file} (null: not from a file), shown as {@code source} in errors. */
    static Zone parse(String text, String source, Path file, Name defaultOrigin) throws ZoneException {
        State st = new State(defaultOrigin);
        st.bytes = text.length();
        read(st, text, source, file, 0);
        if (st.zoneOrigin == null) throw new ZoneException(source, 1, "no SOA record");
        try {
            return new Zone(st.zoneOrigin, st.records);
        } catch (IllegalArgumentException ex) {
            throw new ZoneException(source, 1, ex.getMessage());
        }
    }

    /** What carries from one entry to the next, across $INCLUDEd files too. */
    private static final class State {
        Name origin;
        Long defaultTtl;   // $TTL (RFC 2308 §4)
        Long lastTtl;      // the TTL of the record before (RFC 1035 §5.1), used when there is no $TTL
        Name lastOwner;
        Name zoneOrigin;
        long bytes;        // read so far, $INCLUDEd files included
        final List<ResourceRecord> records = new ArrayList<>();
        final ZoneRules rules = new ZoneRules();
        final List<Path> including = new ArrayList<>(); // the files being read, outermost first

        State(Name origin) { this.origin = origin; }
    }

    private static void read(State st, String text, String source, Path file, int depth) throws ZoneException {
        if (file != null) st.including.add(file.toAbsolutePath().normalize());
        for (ZoneLexer.Entry e : ZoneLexer.split(text, source)) {
            List<String> t = e.tokens();
            try {
                String d = t.get(0);
                if (d.equalsIgnoreCase("$ORIGIN")) {
                    if (t.size() != 2) throw new IllegalArgumentException("$ORIGIN takes one name");
                    st.origin = Name.parse(t.get(1), st.origin);
                } else if (d.equalsIgnoreCase("$TTL")) {
                    if (t.size() != 2) throw new IllegalArgumentException("$TTL takes one value");
                    st.defaultTtl = ttl(t.get(1));
                } else if (d.equalsIgnoreCase("$INCLUDE")) {
                    include(st, t, source, file, e.line(), depth);
                } else if (d.equalsIgnoreCase("$GENERATE")) {
                    for (List<String> rec : Generate.expand(t.subList(1, t.size()))) record(st, rec, false, e.line());
                } else if (d.startsWith("$")) {
                    throw new IllegalArgumentException(d + " is not a directive (there are $ORIGIN, $TTL, $INCLUDE and $GENERATE)");
                } else {
                    record(st, t, e.blankOwner(), e.line());
                }
            } catch (IllegalArgumentException ex) {
                throw new ZoneException(source, e.line(), ex.getMessage());
            }
        }
        if (file != null) st.including.remove(st.including.size() - 1);
    }

    /** The most nested $INCLUDEs: a file, a file it includes, ... 8 deep. */
    static final int MAX_INCLUDE_DEPTH = 8;

    /**
     * {@code $INCLUDE FILE [ORIGIN]} (RFC 1035 §5.1): FILE relative to the folder of the file that names
     * it; ORIGIN, if given, is the origin inside it only: the including file's origin is back after it.
     */
    private static void include(State st, List<String> t, String source, Path file, int line, int depth) throws ZoneException {
        if (t.size() < 2 || t.size() > 3) throw new IllegalArgumentException("$INCLUDE takes FILE [ORIGIN]");
        if (file == null) throw new IllegalArgumentException("$INCLUDE needs a zone read from a file (FILE is relative to its folder)");
        if (depth + 1 > MAX_INCLUDE_DEPTH)
            throw new IllegalArgumentException("$INCLUDE " + t.get(1) + " is more than " + MAX_INCLUDE_DEPTH + " includes deep");
        String name = t.get(1);
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) name = name.substring(1, name.length() - 1);
        Path target = file.resolveSibling(name);
        String shown = Path.of(source).resolveSibling(name).toString();
        Path key = target.toAbsolutePath().normalize();
        if (st.including.contains(key)) {
            StringBuilder chain = new StringBuilder();
            for (Path p : st.including) chain.append(p.getFileName()).append(" -> ");
            throw new IllegalArgumentException("$INCLUDE " + name + " would read a file that is being read: " + chain + key.getFileName());
        }
        Name saved = st.origin;
        Name inner = t.size() == 3 ? Name.parse(t.get(2), st.origin) : st.origin;
        String text;
        try {
            text = read(target, shown);
        } catch (IOException ex) {
            throw new ZoneException(source, line, "$INCLUDE " + name + ": cannot read " + shown + ": " + ex.getMessage());
        }
        st.bytes += text.length();
        if (st.bytes > MAX_BYTES)
            throw new ZoneException(source, line, "$INCLUDE " + name + ": the zone and its includes are larger than " + MAX_BYTES + " bytes (16 MiB)");
        st.origin = inner;
        try {
            read(st, text, shown, target, depth + 1);
        } catch (ZoneException ex) {
            throw ex.includedFrom(source, line);
        }
        st.origin = saved;
    }

    /** One record entry; IllegalArgumentException says what is wrong with it. */
    private static void record(State st, List<String> t, boolean blankOwner, int line) {
        int i = 0;
        Name owner;
        if (blankOwner) {
            if (st.lastOwner == null) throw new IllegalArgumentException("no owner name yet (line starts with a blank)");
            owner = st.lastOwner;
        } else {
            owner = Name.parse(t.get(i++), st.origin);
        }
        Long ttl = null;
        int cls = RRClass.IN.code();
        int type = -1;
        while (i < t.size() && type < 0) {
            String f = t.get(i++);
            if (f.charAt(0) >= '0' && f.charAt(0) <= '9' && ttl == null) ttl = ttl(f);
            else if (isClass(f)) {
                cls = RRClass.parse(f);
                if (cls == RRClass.ANY.code() || cls == RRClass.NONE.code())
                    throw new IllegalArgumentException("class " + RRClass.name(cls) + " is for questions and updates, not data (RFC 1035 §3.2.5, RFC 2136 §2.4)");
            }
            else type = RRType.parse(f);
        }
        if (type < 0) throw new IllegalArgumentException("no record type");
        if (type == RRType.OPT.code())
            throw new IllegalArgumentException("OPT is not zone data: it is a pseudo-record of one message's EDNS, and must not be loaded from a zone file (RFC 6891 §6.1.1)");
        if (type >= 128 && type <= 255)
            throw new IllegalArgumentException(RRType.name(type) + " is a question or meta type, not data (RFC 6895 §3.1: types 128-255)");
        List<String> rdata = t.subList(i, t.size());
        Rdata data = RdataText.parse(type, cls, rdata, st.origin);
        if (ttl == null) {
            // $TTL first (RFC 2308 §4); else the TTL of the record before (RFC 1035 §5.1); else an SOA's MINIMUM
            if (st.defaultTtl != null) ttl = st.defaultTtl;
            else if (st.lastTtl != null) ttl = st.lastTtl;
            else if (data instanceof Rdata.SOA soa) ttl = Math.min(soa.minimum(), MAX_TTL);
            else throw new IllegalArgumentException("no TTL: give one, or a $TTL before this line (RFC 2308 §4)");
        }
        if (data instanceof Rdata.SOA && st.zoneOrigin == null) st.zoneOrigin = owner;
        if (st.zoneOrigin != null && !owner.isSubdomainOf(st.zoneOrigin))
            throw new IllegalArgumentException(owner + " is outside the zone " + st.zoneOrigin);
        ResourceRecord rr = new ResourceRecord(owner, cls, ttl, data);
        st.rules.add(rr, line);
        st.records.add(rr);
        st.lastOwner = owner;
        st.lastTtl = ttl;
    }

    /** The largest TTL a zone may state: 2^31-1 (RFC 2181 §8). */
    static final long MAX_TTL = 0x7fffffffL;

    /** A TTL field: {@link Ttl#parse}, and at most 2^31-1, since RFC 2181 §8 has a larger one read as 0. */
    private static long ttl(String text) {
        long v = Ttl.parse(text);
        if (v > MAX_TTL)
            throw new IllegalArgumentException("TTL \"" + text + "\" is " + v + ", above 2^31-1 = " + MAX_TTL
                    + ": a receiver would take it as 0 (RFC 2181 §8); write at most " + MAX_TTL);
        return v;
    }

    private static boolean isClass(String f) {
        try {
            RRClass.parse(f);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
