package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.dns.Name;
import wirepad.dns.RRType;
import wirepad.dns.ResourceRecord;

/** $INCLUDE (RFC 1035 §5.1) and $GENERATE (BIND's), checked down to the record bytes. */
class ZoneDirectivesTest {
    @TempDir Path tmp;

    static final String HEAD = "$ORIGIN lab.\n$TTL 60\n@ SOA ns h 1 2 3 4 5\nns A 192.0.2.1\n";

    Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    static List<String> lines(Zone z, String owner) {
        return z.at(Name.parse(owner)).stream().map(ResourceRecord::presentation).toList();
    }

    @Test void includeIsRelativeToTheZoneFileAndItsOriginIsItsOwn() throws Exception {
        write("zones/parts/hosts.inc", "www A 192.0.2.7\nmail A 192.0.2.25\n");
        write("zones/parts/sub.inc", "www A 192.0.2.8\n");
        Path zone = write("zones/lab.zone", HEAD + "$INCLUDE parts/hosts.inc\n$INCLUDE parts/sub.inc sub\nafter A 192.0.2.9\n");
        // read from another folder: the paths are the zone file's, not the working directory's
        Zone z = ZoneFile.load(zone, "zones/lab.zone", Name.ROOT);
        assertEquals(List.of("www.lab.\t60\tIN\tA\t192.0.2.7"), lines(z, "www.lab"));
        assertEquals(List.of("www.sub.lab.\t60\tIN\tA\t192.0.2.8"), lines(z, "www.sub.lab"), "the ORIGIN argument applies inside");
        assertEquals(List.of("after.lab.\t60\tIN\tA\t192.0.2.9"), lines(z, "after.lab"), "and the including file's origin is back after it");
        assertEquals(6, z.size());
        assertEquals("c0000207", wirepad.bytes.Hex.of(((wirepad.dns.Rdata.A) z.at(Name.parse("www.lab"), RRType.A.code()).get(0).data()).address()));
    }

    @Test void anErrorInAnIncludedFileNamesBothFiles() throws Exception {
        write("parts/bad.inc", "ok A 192.0.2.1\nbad A 300.1.1.1\n");
        Path zone = write("lab.zone", HEAD + "$INCLUDE parts/bad.inc\n");
        ZoneException e = assertThrows(ZoneException.class, () -> ZoneFile.load(zone, "lab.zone", Name.ROOT));
        assertEquals("parts/bad.inc:2: IPv4 part 300 is above 255 in \"300.1.1.1\" (included from lab.zone:5)", e.getMessage());
        assertEquals(2, e.line());
        ZoneException missing = assertThrows(ZoneException.class,
                () -> ZoneFile.load(write("m.zone", HEAD + "$INCLUDE nothere.inc\n"), "m.zone", Name.ROOT));
        assertTrue(missing.getMessage().startsWith("m.zone:5: $INCLUDE nothere.inc: cannot read nothere.inc: "), missing.getMessage());
    }

    @Test void includesAreDepthLimitedAndCannotLoop() throws Exception {
        Path self = write("self.zone", HEAD + "$INCLUDE self.zone\n");
        ZoneException loop = assertThrows(ZoneException.class, () -> ZoneFile.load(self, "self.zone", Name.ROOT));
        assertEquals("self.zone:5: $INCLUDE self.zone would read a file that is being read: self.zone -> self.zone", loop.getMessage());
        write("a.inc", "$INCLUDE b.inc\n");
        write("b.inc", "$INCLUDE a.inc\n");
        ZoneException ab = assertThrows(ZoneException.class, () -> ZoneFile.load(write("ab.zone", HEAD + "$INCLUDE a.inc\n"), "ab.zone", Name.ROOT));
        assertEquals("b.inc:1: $INCLUDE a.inc would read a file that is being read: ab.zone -> a.inc -> b.inc -> a.inc"
                + " (included from a.inc:1) (included from ab.zone:5)", ab.getMessage());
        // a chain of 8 is fine, 9 is not
        for (int i = 1; i <= 9; i++) write("d" + i + ".inc", (i < 9 ? "$INCLUDE d" + (i + 1) + ".inc\n" : "") + "h" + i + " A 192.0.2." + i + "\n");
        ZoneException deep = assertThrows(ZoneException.class, () -> ZoneFile.load(write("deep.zone", HEAD + "$INCLUDE d1.inc\n"), "deep.zone", Name.ROOT));
        assertTrue(deep.getMessage().startsWith("d8.inc:1: $INCLUDE d9.inc is more than 8 includes deep"), deep.getMessage());
        Files.writeString(tmp.resolve("d8.inc"), "h8 A 192.0.2.8\n");
        assertEquals(10, ZoneFile.load(write("deep.zone", HEAD + "$INCLUDE d1.inc\n"), "deep.zone", Name.ROOT).size());
    }

    @Test void includeNeedsAFile() {
        ZoneException e = assertThrows(ZoneException.class, () -> ZoneFile.parse(HEAD + "$INCLUDE x.inc\n", "built-in", Name.ROOT));
        assertEquals("built-in:5: $INCLUDE needs a zone read from a file (FILE is relative to its folder)", e.getMessage());
    }

    @Test void generateMakesOneRecordPerCounterValue() throws Exception {
        Zone z = ZoneFile.parse(HEAD + "$GENERATE 1-3 host$ A 192.0.2.$\n$GENERATE 10-14/2 ${0,3,d} 300 CNAME host${-9}\n", "g.zone", Name.ROOT);
        assertEquals(List.of("host1.lab.\t60\tIN\tA\t192.0.2.1"), lines(z, "host1.lab"));
        assertEquals(List.of("host3.lab.\t60\tIN\tA\t192.0.2.3"), lines(z, "host3.lab"));
        assertEquals(List.of("010.lab.\t300\tIN\tCNAME\thost1.lab."), lines(z, "010.lab"));
        assertEquals(List.of("014.lab.\t300\tIN\tCNAME\thost5.lab."), lines(z, "014.lab"));
        assertTrue(lines(z, "011.lab").isEmpty(), "step 2");
        assertEquals(2 + 3 + 3, z.size());
        // the A record's RDATA on the wire: c0 00 02 02
        assertEquals("c0000202", wirepad.bytes.Hex.of(((wirepad.dns.Rdata.A) z.at(Name.parse("host2.lab"), 1).get(0).data()).address()));
    }

    @Test void generateModifiersAndEscapes() {
        assertEquals("host0a", Generate.substitute("host${0,2,x}", 10));
        assertEquals("HOST0A", Generate.substitute("HOST${0,2,X}", 10));
        assertEquals("012", Generate.substitute("${0,3,o}", 10));
        assertEquals("a.0.0.0", Generate.substitute("${0,7,n}", 10), "nibbles, lowest first, width counting the dots");
        assertEquals("B.A", Generate.substitute("${0,0,N}", 0xab));
        assertEquals("$5", Generate.substitute("\\$$", 5));
        assertEquals("$5", Generate.substitute("$$$", 5));
        assertEquals("a\\.b7", Generate.substitute("a\\.b$", 7), "other escapes stay for the name parser");
        assertEquals(3, Generate.expand(List.of("0-4/2", "x$", "A", "192.0.2.$")).size());
    }

    @Test void generateErrorsNameTheLine() {
        record Case(String line, String message) {}
        for (Case c : List.of(
                new Case("$GENERATE 5-1 x$ A 192.0.2.$", "$GENERATE range \"5-1\": start 5 is above stop 1"),
                new Case("$GENERATE 1-2/0 x$ A 192.0.2.$", "$GENERATE range \"1-2/0\": a step of 0 never ends"),
                new Case("$GENERATE 1 x$ A 192.0.2.$", "$GENERATE range \"1\" is not START-STOP[/STEP]"),
                new Case("$GENERATE 0-4294967295 x$ A 192.0.2.1", "$GENERATE 0-4294967295 makes 4294967296 records; at most 65536"),
                new Case("$GENERATE 1-\u0663 x$ A 192.0.2.$", "$GENERATE range \"1-\u0663\": \"\u0663\" is not a number (ASCII digits)"),
                new Case("$GENERATE 1-2 x${0,2,q} A 192.0.2.1", "$GENERATE: base \"q\" in \"${0,2,q}\" is not d, o, x, X, n or N"),
                new Case("$GENERATE 1-2 x${-5} A 192.0.2.1", "$GENERATE: 1 + -5 = -4 is outside 0 to 2^32-1 (in \"x${-5}\")"),
                new Case("$GENERATE 1-2 x${0 A 192.0.2.1", "$GENERATE: \"${\" without \"}\" in \"x${0\""),
                new Case("$GENERATE 250-256 x$ A 192.0.2.$", "IPv4 part 256 is above 255 in \"192.0.2.256\""),
                new Case("$GENERATE 1-2 x$", "$GENERATE takes RANGE OWNER [TTL] [CLASS] TYPE RDATA (BIND's form)"))) {
            ZoneException e = assertThrows(ZoneException.class, () -> ZoneFile.parse(HEAD + c.line() + "\n", "g.zone", Name.ROOT), c.line());
            assertEquals("g.zone:5: " + c.message(), e.getMessage(), c.line());
        }
    }
}
