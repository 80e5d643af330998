package wirepad.dns;

/**
 * The names one message has decoded so far, by the offset of each label that was read in place.
 * A compression pointer (RFC 1035 §4.1.4) to such an offset then reuses the labels decoded there
 * (or the whole {@link Name}, for a name that is just a pointer) instead of copying them again.
 *
 * <p>Only a name that decoded without error is added, so the bytes from that offset are known to
 * decode; {@link WireReader} still applies the length and hop limits to the name as a whole, and
 * decodes the labels again when a hit would cross one, so every error stays where it was.
 */
final class NameCache {
    /** Room at first (a typical response has fewer label offsets), and at most; past it, names are simply decoded. */
    private static final int FIRST = 8, MAX = 64;

    /** Per entry: the offset, the label index into the name, the hops the rest of the name takes, its wire octets (root included). */
    private int[] entries = new int[FIRST * 4];
    private Name[] names = new Name[FIRST];
    private int size;

    /** Remembers that the labels of {@code name} from {@code index} on start at {@code offset}. */
    void add(int offset, Name name, int index, int hopsAfter, int wireAfter) {
        if (size == names.length) {
            if (size == MAX) return;
            entries = java.util.Arrays.copyOf(entries, entries.length * 2);
            names = java.util.Arrays.copyOf(names, names.length * 2);
        }
        int e = size * 4;
        entries[e] = offset;
        entries[e + 1] = index;
        entries[e + 2] = hopsAfter;
        entries[e + 3] = wireAfter;
        names[size++] = name;
    }

    /** The entry for a label at {@code offset}, or -1. */
    int find(int offset) {
        for (int i = 0; i < size; i++) if (entries[i * 4] == offset) return i;
        return -1;
    }

    /** Keeps {@code suffix}, the labels of {@code entry} as a name of their own, for the next pointer here; returns it. */
    Name useSuffix(int entry, Name suffix) {
        names[entry] = suffix;
        entries[entry * 4 + 1] = 0;
        return suffix;
    }

    Name name(int entry) { return names[entry]; }

    int labelIndex(int entry) { return entries[entry * 4 + 1]; }

    int hops(int entry) { return entries[entry * 4 + 2]; }

    int wire(int entry) { return entries[entry * 4 + 3]; }
}
