package wirepad.dns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import wirepad.bytes.Hex;

/** Name compression in WireWriter (RFC 1035 §4.1.4), checked against a plain suffix-map compressor. */
class WireWriterTest {
    /** The plain way: a map from each suffix (presentation form, case kept) to its offset. */
    private static byte[] reference(List<Name> names, List<Boolean> compressible, int padding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[padding], 0, padding);
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            Name n = names.get(k);
            boolean use = compressible.get(k);
            boolean pointed = false;
            for (int i = 0; i < n.labelCount() && !pointed; i++) {
                String key = n.suffix(i).toString();
                Integer at = use ? seen.get(key) : null;
                if (at != null) {
                    out.write(0xc0 | at >> 8);
                    out.write(at & 0xff);
                    pointed = true;
                } else {
                    if (use && out.size() < 0x4000) seen.put(key, out.size());
                    byte[] l = n.label(i);
                    out.write(l.length);
                    out.write(l, 0, l.length);
                }
            }
            if (!pointed) out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] written(List<Name> names, List<Boolean> compressible, int padding) {
        WireWriter w = new WireWriter(true);
        w.bytes(new byte[padding]);
        for (int k = 0; k < names.size(); k++) w.name(names.get(k), compressible.get(k));
        return w.toByteArray();
    }

    @Test void sameBytesAsAPlainSuffixMapOnRandomNames() {
        Random r = new Random(8);
        String[] pool = {"www", "WWW", "example", "Example", "lab", "LAB", "ns1", "mail", "a", "b@", "c!", "x-y", "com", "org"};
        for (int round = 0; round < 300; round++) {
            List<Name> names = new ArrayList<>();
            List<Boolean> compressible = new ArrayList<>();
            for (int k = 0, count = 1 + r.nextInt(30); k < count; k++) {
                StringBuilder s = new StringBuilder();
                for (int i = 0, labels = r.nextInt(5); i < labels; i++) s.append(pool[r.nextInt(pool.length)]).append('.');
                names.add(s.length() == 0 ? Name.ROOT : Name.parse(s.toString()));
                compressible.add(r.nextInt(5) != 0);
            }
            int padding = r.nextInt(4) == 0 ? 0x3ff0 : 12; // some rounds cross the 0x4000 pointer limit
            assertArrayEquals(reference(names, compressible, padding), written(names, compressible, padding), "round " + round + ": " + names);
        }
    }

    @Test void aHashCollisionIsNotAMatch() {
        // "abcd" and "axcd" share the label hash (length, first, middle and last octet): only "lab." may be shared
        byte[] wire = written(List.of(Name.parse("abcd.lab."), Name.parse("AXCD.lab.")), List.of(true, true), 0);
        assertEquals("0461626364" + "036c616200" + "0441584344" + "c005", Hex.of(wire));
        // and a case-only difference is no match: a pointer would change the name a decoder reads,
        // so the second name is written whole and a round trip keeps its case
        wire = written(List.of(Name.parse("abcd.lab."), Name.parse("ABCD.LAB.")), List.of(true, true), 0);
        assertEquals("0461626364" + "036c616200" + "0441424344" + "034c414200", Hex.of(wire));
        wire = written(List.of(Name.parse("abcd.lab."), Name.parse("abcd.lab.")), List.of(true, true), 0);
        assertEquals("0461626364" + "036c616200" + "c000", Hex.of(wire));
    }

    @Test void manyNamesGrowTheTableAndStillMatch() {
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < 500; i++) names.add(Name.parse("h" + i + ".zone" + (i % 7) + ".lab."));
        for (int i = 0; i < 500; i++) names.add(Name.parse("h" + i + ".zone" + (i % 7) + ".lab."));
        List<Boolean> all = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) all.add(true);
        byte[] wire = written(names, all, 12);
        assertArrayEquals(reference(names, all, 12), wire);
        assertTrue(wire.length < 0x4000, "the second 500 are pointers: " + wire.length);
    }

    @Test void aNameEncodedAgainUsesItsCachedHashesAndWritesTheSameBytes() {
        // each Name keeps its suffix hashes after the first encode: the second writer (same Name
        // objects, other order, other offsets) must still match the plain compressor, byte for byte
        Random r = new Random(11);
        String[] pool = {"www", "WWW", "example", "Example", "lab", "ns1", "abcd", "axcd", "ABCD"};
        List<Name> names = new ArrayList<>();
        List<Boolean> all = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0, labels = 1 + r.nextInt(4); i < labels; i++) s.append(pool[r.nextInt(pool.length)]).append('.');
            names.add(Name.parse(s.toString()));
            all.add(true);
        }
        for (int round = 0; round < 3; round++) {
            int padding = round == 2 ? 0x3ff8 : 12 + round;
            assertArrayEquals(reference(names, all, padding), written(names, all, padding), "round " + round);
            java.util.Collections.reverse(names);
        }
    }

    @Test void decodedNamesThatShareLabelsEncodeAsBefore() throws DnsFormatException {
        // the decoder shares label arrays between names; a second encode of the decoded message
        // (hashes cached by then) must give the first encode's bytes
        Builder b = new Builder(Header.query(7)).question(Question.of("www.Example.lab.", RRType.A));
        b.answer(ResourceRecord.in("www.Example.lab.", 60, new Rdata.CNAME(Name.parse("web.example.lab."))));
        b.answer(ResourceRecord.in("web.example.lab.", 60, new Rdata.A(new byte[] {10, 0, 0, 1})));
        b.authority(ResourceRecord.in("example.lab.", 60, new Rdata.NS(Name.parse("ns1.Example.lab."))));
        byte[] wire = b.finish();
        Message m = Parser.parse(wire);
        assertArrayEquals(wire, Builder.encode(m));
        assertArrayEquals(wire, Builder.encode(m));
        assertArrayEquals(wire, Builder.encode(Parser.parse(Builder.encode(m))));
    }

    @Test void theSameNameObjectAgainPointsWhereTheTableWould() {
        // a repeated Name object takes the writer's short list of recent names (no hash, no byte
        // compare): the bytes must still be the plain compressor's, also when the object was first
        // written uncompressed, past the 0x4000 pointer limit, or has left the list of recent ones
        Random r = new Random(5);
        List<Name> pool = new ArrayList<>();
        for (String s : new String[] {"www.example.lab.", "web.example.lab.", "Web.example.lab.", "example.lab.", "lab.", "ns1.example.lab.",
                "a.b.c.", "b.c.", "x.", "X.", "mail.example.lab.", "h1.z.", "h2.z.", "h3.z.", "h4.z.", "h5.z.", "h6.z.", "h7.z.", "h8.z.", "h9.z."})
            pool.add(Name.parse(s));
        pool.add(Name.ROOT);
        for (int round = 0; round < 300; round++) {
            List<Name> names = new ArrayList<>();
            List<Boolean> compressible = new ArrayList<>();
            for (int k = 0, count = 1 + r.nextInt(40); k < count; k++) {
                names.add(pool.get(r.nextInt(pool.size())));
                compressible.add(r.nextInt(6) != 0);
            }
            int padding = r.nextInt(4) == 0 ? 0x3fe0 + r.nextInt(32) : 12;
            assertArrayEquals(reference(names, compressible, padding), written(names, compressible, padding), "round " + round + ": " + names);
        }
    }
}
