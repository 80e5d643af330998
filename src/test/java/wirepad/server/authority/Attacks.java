package wirepad.server.authority;

import java.io.ByteArrayOutputStream;
import java.util.List;
import wirepad.dns.Name;

/**
 * The queries and zone of issue #8 that once stopped 'serve dns' answering over UDP: each is
 * small on the wire and large once decoded, because compression pointers can repeat a name.
 */
public final class Attacks {
    private Attacks() {}

    /**
     * 10,789 questions in 64,808 bytes. The first question's name is one 62-byte label whose
     * first content byte (0x3d) also reads as a length byte, so a pointer to offset 13 (into the
     * middle of that label) names 61 a's. Questions 2..2800 point at offset 12 and 2801.. at 13:
     * echoed in a reply, the first 16 KiB are spent before the second name is written, so no
     * pointer can reach it (offsets above 0x3fff do not fit in 14 bits) and each copy is written
     * whole: over half a megabyte.
     */
    public static byte[] manyQuestions() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        header(b, 0x1234, 10_789);
        b.write(0x3e);
        b.write(0x3d);
        for (int i = 0; i < 61; i++) b.write('a');
        b.write(0);
        typeClass(b);
        for (int i = 2; i <= 10_789; i++) {
            b.write(0xc0);
            b.write(i <= 2800 ? 12 : 13);
            typeClass(b);
        }
        return b.toByteArray();
    }

    /** 1,825 bytes: a 255-byte name, then 259 questions pointing at it; 67,352 bytes uncompressed. */
    public static byte[] hugeUncompressed() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        header(b, 0x4321, 260);
        for (int len : List.of(63, 63, 63, 61)) {
            b.write(len);
            for (int i = 0; i < len; i++) b.write('x');
        }
        b.write(0);
        typeClass(b);
        for (int i = 0; i < 259; i++) {
            b.write(0xc0);
            b.write(12);
            typeClass(b);
        }
        return b.toByteArray();
    }

    /** A zone with {@code n} A records at many.big.: 16 bytes each in a reply, 67,200 for 4,200. */
    public static String manyRecordsZone(int n) {
        StringBuilder z = new StringBuilder("$ORIGIN big.\n$TTL 60\n@ SOA ns h 1 2 3 4 5\n  NS ns\nns A 127.0.0.1\n");
        for (int i = 0; i < n; i++) z.append("many A 10.").append(i >> 16 & 0xff).append('.').append(i >> 8 & 0xff).append('.').append(i & 0xff).append('\n');
        return z.toString();
    }

    static Authority manyRecords(int n) throws ZoneException {
        return new Authority(List.of(ZoneFile.parse(manyRecordsZone(n), "big.zone", Name.ROOT)));
    }

    private static void header(ByteArrayOutputStream b, int id, int qdcount) {
        b.write(id >> 8);
        b.write(id);
        b.write(0x01); // RD
        b.write(0);
        b.write(qdcount >> 8);
        b.write(qdcount);
        for (int i = 0; i < 6; i++) b.write(0);
    }

    private static void typeClass(ByteArrayOutputStream b) {
        b.write(0);
        b.write(1); // A
        b.write(0);
        b.write(1); // IN
    }
}
