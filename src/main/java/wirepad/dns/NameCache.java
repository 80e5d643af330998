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
    /** Enough for the distinct names of a typical response; past it, names are simply decoded. */
    private static final int SIZE = 16;

    private final int[] offsets = new int[SIZE];
    private final Name[] names = new Name[SIZE];
    /** Label index into the name, and pointer hops the rest of the name takes, per entry. */
    private final int[] labelIndex = new int[SIZE], hops = new int[SIZE];
    private int size;

    /** Remembers that the labels of {@code name} from {@code index} on start at {@code offset}. */
    void add(int offset, Name name, int index, int hopsAfter) {
        if (size == SIZE) return;
        offsets[size] = offset;
        names[size] = name;
        labelIndex[size] = index;
        hops[size++] = hopsAfter;
    }

    /** The entry for a label at {@code offset}, or -1. */
    int find(int offset) {
        for (int i = 0; i < size; i++) if (offsets[i] == offset) return i;
        return -1;
    }

    Name name(int entry) { return names[entry]; }

    int labelIndex(int entry) { return labelIndex[entry]; }

    int hops(int entry) { return hops[entry]; }
}
