package wirepad.repl.lookup;

import java.util.List;
import java.util.Locale;
import wirepad.bytes.Hex;
import wirepad.dns.Header;
import wirepad.repl.CommandException;

/**
 * Edits of a message's raw bytes, for sending malformed queries: header fields by name
 * (RFC 1035 §4.1.1: id at 0, flags at 2, the four counts at 4, 6, 8, 10), single flag bits, and
 * bytes set, inserted or cut at an offset. Each edit returns the new bytes and says what changed.
 */
final class WireEdit {
    private WireEdit() {}

    /** The new bytes and one line saying what changed. */
    record Result(byte[] wire, String change) {}

    static final List<String> FIELDS = List.of("id", "flags", "qdcount", "ancount", "nscount", "arcount",
            "qr", "opcode", "aa", "tc", "rd", "ra", "z", "ad", "cd", "rcode", "set", "insert", "cut", "pointer");

    static Result apply(byte[] wire, List<String> w) throws CommandException {
        if (w.isEmpty()) throw new CommandException("what to edit? one of: " + String.join(" ", FIELDS) + ", or reset");
        String what = w.get(0).toLowerCase(Locale.ROOT);
        return switch (what) {
            case "id" -> u16(wire, 0, "id", value(w, 0xffff));
            case "flags" -> u16(wire, 2, "flags", value(w, 0xffff));
            case "qdcount" -> u16(wire, 4, what, value(w, 0xffff));
            case "ancount" -> u16(wire, 6, what, value(w, 0xffff));
            case "nscount" -> u16(wire, 8, what, value(w, 0xffff));
            case "arcount" -> u16(wire, 10, what, value(w, 0xffff));
            case "qr" -> bits(wire, what, Header.QR, value(w, 1));
            case "aa" -> bits(wire, what, Header.AA, value(w, 1));
            case "tc" -> bits(wire, what, Header.TC, value(w, 1));
            case "rd" -> bits(wire, what, Header.RD, value(w, 1));
            case "ra" -> bits(wire, what, Header.RA, value(w, 1));
            case "z" -> bits(wire, what, Header.Z, value(w, 1));
            case "ad" -> bits(wire, what, Header.AD, value(w, 1));
            case "cd" -> bits(wire, what, Header.CD, value(w, 1));
            case "opcode" -> bits(wire, what, 0xf << 11, value(w, 15));
            case "rcode" -> bits(wire, what, 0xf, value(w, 15));
            case "set" -> set(wire, offset(w, wire.length - 1), bytes(w));
            case "insert" -> insert(wire, offset(w, wire.length), bytes(w));
            case "cut" -> cut(wire, offset(w, wire.length - 1), w.size() > 2 ? number(w.get(2), "COUNT", 1, wire.length) : 1);
            case "pointer" -> pointer(wire, offset(w, wire.length - 2), w.size() > 2 ? number(w.get(2), "TARGET", 0, 0x3fff) : -1);
            default -> throw new CommandException("cannot edit '" + w.get(0) + "' (one of: " + String.join(" ", FIELDS) + ", or reset)");
        };
    }

    private static void needHeader(byte[] wire) throws CommandException {
        if (wire.length < 12) throw new CommandException("the message has " + wire.length + " bytes, no whole 12-byte header to edit");
    }

    private static Result u16(byte[] wire, int at, String name, int v) throws CommandException {
        needHeader(wire);
        int old = (wire[at] & 0xff) << 8 | (wire[at + 1] & 0xff);
        byte[] b = wire.clone();
        b[at] = (byte) (v >> 8);
        b[at + 1] = (byte) v;
        return new Result(b, String.format("%s at offset %d: %02x %02x -> %02x %02x (%d -> %d)", name, at,
                old >> 8, old & 0xff, v >> 8 & 0xff, v & 0xff, old, v));
    }

    /** Sets the bits of {@code mask} in the flags word to {@code v} (shifted to the mask's lowest bit). */
    private static Result bits(byte[] wire, String name, int mask, int v) throws CommandException {
        needHeader(wire);
        int shift = Integer.numberOfTrailingZeros(mask);
        int old = (wire[2] & 0xff) << 8 | (wire[3] & 0xff);
        int now = old & ~mask | v << shift & mask;
        Result r = u16(wire, 2, "flags", now);
        return new Result(r.wire(), name.toUpperCase(Locale.ROOT) + " " + ((old & mask) >>> shift) + " -> " + v + ": " + r.change());
    }

    private static Result set(byte[] wire, int at, byte[] b) throws CommandException {
        if (at + b.length > wire.length) throw new CommandException("set: " + b.length + " bytes at offset " + at
                + " run past the end (" + wire.length + " bytes); use insert to add bytes");
        byte[] out = wire.clone();
        System.arraycopy(b, 0, out, at, b.length);
        return new Result(out, "set " + b.length + " byte" + (b.length == 1 ? "" : "s") + " at offset " + at + ": "
                + spaced(wire, at, b.length) + " -> " + spaced(b, 0, b.length) + "; " + wire.length + " bytes");
    }

    private static Result insert(byte[] wire, int at, byte[] b) {
        byte[] out = new byte[wire.length + b.length];
        System.arraycopy(wire, 0, out, 0, at);
        System.arraycopy(b, 0, out, at, b.length);
        System.arraycopy(wire, at, out, at + b.length, wire.length - at);
        return new Result(out, "inserted " + spaced(b, 0, b.length) + " at offset " + at + "; " + wire.length + " -> " + out.length
                + " bytes (counts and lengths were not adjusted)");
    }

    private static Result cut(byte[] wire, int at, int n) throws CommandException {
        if (at + n > wire.length) throw new CommandException("cut: " + n + " bytes at offset " + at + " run past the end (" + wire.length + " bytes)");
        byte[] out = new byte[wire.length - n];
        System.arraycopy(wire, 0, out, 0, at);
        System.arraycopy(wire, at + n, out, at, wire.length - at - n);
        return new Result(out, "cut " + spaced(wire, at, n) + " at offset " + at + "; " + wire.length + " -> " + out.length + " bytes");
    }

    /** Writes 11xxxxxx xxxxxxxx (RFC 1035 §4.1.4) at {@code at}; a target of -1 points at itself. */
    private static Result pointer(byte[] wire, int at, int target) throws CommandException {
        int t = target < 0 ? at : target;
        byte[] p = {(byte) (0xc0 | t >> 8), (byte) t};
        Result r = set(wire, at, p);
        String kind = t == at ? "a pointer to itself (a loop)" : t > at ? "a forward pointer" : "a pointer back to offset " + t;
        return new Result(r.wire(), "pointer at offset " + at + " -> " + t + ", " + kind + ": " + r.change());
    }

    /** "03 77 77", at most 8 bytes then "…". */
    static String spaced(byte[] b, int off, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, 8); i++) sb.append(i == 0 ? "" : " ").append(Hex.byteHex(b[off + i] & 0xff));
        return n > 8 ? sb + " … (" + n + " bytes)" : sb.toString();
    }

    private static int value(List<String> w, int max) throws CommandException {
        if (w.size() != 2) throw new CommandException(w.get(0) + " needs one value (0.." + max + ")");
        return number(w.get(1), w.get(0), 0, max);
    }

    private static int offset(List<String> w, int max) throws CommandException {
        if (w.size() < 2) throw new CommandException(w.get(0) + " needs an OFFSET (decimal, or 0x hex)");
        return number(w.get(1), "OFFSET", 0, Math.max(0, max));
    }

    private static byte[] bytes(List<String> w) throws CommandException {
        if (w.size() < 3) throw new CommandException(w.get(0) + " needs HEX bytes after the offset, e.g. " + w.get(0) + " 12 c0 0c");
        byte[] b = Hex.parse(String.join(" ", w.subList(2, w.size())));
        if (b == null || b.length == 0) throw new CommandException("not hex: " + String.join(" ", w.subList(2, w.size())));
        return b;
    }

    static int number(String s, String what, int min, int max) throws CommandException {
        try {
            int n = s.toLowerCase(Locale.ROOT).startsWith("0x") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new CommandException(what + ": want a number from " + min + " to " + max + " (decimal, or 0x hex), got '" + s + "'");
    }
}
