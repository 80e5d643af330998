package wirepad.dns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An absolute domain name: a list of labels, each 1..63 octets (RFC 1035 §2.3.4), at most 255
 * octets in wire form including length bytes and the root (RFC 1035 §3.1). Labels are bytes, not
 * text; case is kept as given but comparison is ASCII case-insensitive (RFC 4343 §3).
 *
 * <p>Presentation form (RFC 1035 §5.1): labels joined by dots, ending in "." for the root; a dot
 * inside a label is {@code \.}, special characters are backslash-escaped and bytes outside
 * printable ASCII are {@code \DDD} (decimal).
 */
public final class Name {
    public static final int MAX_LABEL = 63;
    public static final int MAX_WIRE = 255;
    public static final Name ROOT = new Name(new byte[0][]);

    private final byte[][] labels;
    /**
     * The encoder's suffix hashes (see {@link #suffixHashes}), made on first use: a name encoded
     * again (the same Name in many records or messages) skips hashing its labels. Held in a record
     * so that a thread seeing the holder also sees the filled array (final field, JLS §17.5).
     */
    private SuffixHashes suffixHashes;

    private record SuffixHashes(int[] of) {}

    private Name(byte[][] labels) { this.labels = labels; }

    /** From raw labels; IllegalArgumentException if a label is empty or too long, or the name too long. */
    public static Name of(List<byte[]> labels) {
        byte[][] copy = new byte[labels.size()][];
        int wire = 1;
        for (int i = 0; i < copy.length; i++) {
            byte[] l = labels.get(i);
            if (l.length == 0) throw new IllegalArgumentException("empty label (only the root is empty)");
            if (l.length > MAX_LABEL)
                throw new IllegalArgumentException("label of " + l.length + " octets; at most 63 (RFC 1035 §2.3.4)");
            wire += 1 + l.length;
            copy[i] = l.clone();
        }
        if (wire > MAX_WIRE)
            throw new IllegalArgumentException("name of " + wire + " wire octets; at most 255 (RFC 1035 §3.1)");
        return new Name(copy);
    }

    /**
     * A name the decoder has already checked (labels of 1..63 octets, 255 octets in all) and
     * copied out of the message: kept as is, without a second copy.
     */
    static Name decoded(byte[][] labels) { return labels.length == 0 ? ROOT : new Name(labels); }

    /** Parses an absolute name; a missing trailing dot is tolerated ("example.com" = "example.com."). */
    public static Name parse(String text) { return parse(text, ROOT); }

    /**
     * Parses presentation text; a name without a trailing dot is relative to {@code origin}
     * (RFC 1035 §5.1), "@" is the origin itself.
     */
    public static Name parse(String text, Name origin) {
        if (text.equals("@")) return origin;
        if (text.equals(".")) return ROOT;
        if (text.isEmpty()) throw new IllegalArgumentException("empty name");
        List<byte[]> out = new ArrayList<>();
        java.io.ByteArrayOutputStream label = new java.io.ByteArrayOutputStream();
        boolean absolute = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                if (label.size() == 0) throw new IllegalArgumentException("empty label at column " + (i + 1) + " in \"" + text + "\"");
                out.add(label.toByteArray());
                label.reset();
                if (i == text.length() - 1) absolute = true;
                i++;
            } else if (c == '\\') {
                if (i + 1 >= text.length()) throw new IllegalArgumentException("lone '\\' at end of \"" + text + "\"");
                char d = text.charAt(i + 1);
                if (d > 0x7e) throw RdataText.nonAsciiEscape(text, i);
                if (d >= '0' && d <= '9') {
                    String ddd = text.substring(i + 1, Math.min(i + 4, text.length()));
                    if (ddd.length() != 3 || !ddd.chars().allMatch(ch -> ch >= '0' && ch <= '9'))
                        throw new IllegalArgumentException("\\DDD needs three digits at column " + (i + 1) + " in \"" + text + "\"");
                    int v = Integer.parseInt(ddd);
                    if (v > 255) throw new IllegalArgumentException("\\" + ddd + " is above 255 in \"" + text + "\"");
                    label.write(v);
                    i += 4;
                } else {
                    label.write(d);
                    i += 2;
                }
            } else {
                if (c > 0x7e || c < 0x21) throw new IllegalArgumentException(
                        "character U+" + String.format("%04X", (int) c) + " must be written as \\DDD in \"" + text + "\"");
                label.write(c);
                i++;
            }
        }
        if (label.size() > 0) out.add(label.toByteArray());
        if (!absolute) {
            for (byte[] l : origin.labels) out.add(l);
        }
        return of(out);
    }

    public int labelCount() { return labels.length; }

    /** Label {@code i} itself, not a copy: for the decoder, which shares labels between names, and the encoder, which only reads it. */
    byte[] labelShared(int i) { return labels[i]; }

    public byte[] label(int i) { return labels[i].clone(); }

    /**
     * For name compression ({@link WireWriter}): element {@code i} hashes the suffix of labels
     * {@code i..}, case-folded (so a hit still has to be compared byte for byte). Shared, not a
     * copy: callers only read it.
     */
    int[] suffixHashes() {
        SuffixHashes cached = suffixHashes;
        if (cached != null) return cached.of();
        int[] h = new int[labels.length];
        int acc = 0;
        for (int i = labels.length - 1; i >= 0; i--) h[i] = acc = acc * 0x01000193 ^ labelHash(labels[i]);
        suffixHashes = new SuffixHashes(h);
        return h;
    }

    /**
     * A cheap hash of a label, case-folded: its length and its first, middle and last octets.
     * Labels that differ elsewhere share it, which costs a compare: every hit is confirmed.
     */
    private static int labelHash(byte[] l) {
        int n = l.length;
        return n == 0 ? 0 : n ^ lower(l[0]) << 8 ^ lower(l[n >> 1]) << 16 ^ lower(l[n - 1]) << 24;
    }

    public List<byte[]> labels() {
        List<byte[]> l = new ArrayList<>(labels.length);
        for (byte[] b : labels) l.add(b.clone());
        return l;
    }

    public boolean isRoot() { return labels.length == 0; }

    /** Octets in uncompressed wire form: a length byte per label, the label bytes, and the root byte. */
    public int wireLength() {
        int n = 1;
        for (byte[] l : labels) n += 1 + l.length;
        return n;
    }

    /** The name without its first {@code n} labels (suffix(0) is this name). */
    public Name suffix(int n) { return new Name(Arrays.copyOfRange(labels, n, labels.length)); }

    public Name parent() { return labels.length == 0 ? this : suffix(1); }

    /** This name with one more label in front. */
    public Name child(String label) {
        List<byte[]> l = new ArrayList<>();
        l.add(label.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        for (byte[] b : labels) l.add(b);
        return of(l);
    }

    /** True if this name equals {@code zone} or lies below it. */
    public boolean isSubdomainOf(Name zone) {
        int d = labels.length - zone.labels.length;
        if (d < 0) return false;
        for (int i = 0; i < zone.labels.length; i++) if (!labelEquals(labels[d + i], zone.labels[i])) return false;
        return true;
    }

    /** Lower-cased presentation form; a key for maps where case must not matter. */
    public String key() { return toString().toLowerCase(java.util.Locale.ROOT); }

    static boolean labelEquals(byte[] a, byte[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (lower(a[i]) != lower(b[i])) return false;
        return true;
    }

    private static int lower(byte b) {
        int v = b & 0xff;
        return v >= 'A' && v <= 'Z' ? v + 32 : v;
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof Name n) || n.labels.length != labels.length) return false;
        for (int i = 0; i < labels.length; i++) if (!labelEquals(labels[i], n.labels[i])) return false;
        return true;
    }

    @Override public int hashCode() {
        int h = 1;
        for (byte[] l : labels) for (byte b : l) h = 31 * h + lower(b);
        return h * 31 + labels.length;
    }

    /** Presentation form with a trailing dot; the root is ".". */
    @Override public String toString() {
        if (labels.length == 0) return ".";
        StringBuilder sb = new StringBuilder();
        for (byte[] l : labels) {
            appendLabel(sb, l);
            sb.append('.');
        }
        return sb.toString();
    }

    /** One label in presentation form (RFC 1035 §5.1 escapes; RFC 4343 §2.1 for \DDD). */
    public static void appendLabel(StringBuilder sb, byte[] l) {
        for (byte b : l) {
            int v = b & 0xff;
            switch (v) {
                case '.', '\\', '"', '(', ')', ';', '@', '$' -> sb.append('\\').append((char) v);
                default -> {
                    if (v > 0x20 && v < 0x7f) sb.append((char) v);
                    else sb.append('\\').append(String.format("%03d", v));
                }
            }
        }
    }
}
