package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.dns.Name;
import wirepad.dns.RRType;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;

class ZoneFileTest {
    static final String ZONE = """
            $ORIGIN lab.
            $TTL 1h
            @   IN SOA ns1 hostmaster ( 7   ; serial
                    7200 3600
                    1209600 300 )  ; the rest
                NS  ns1            ; blank owner = previous owner (lab.)
            ns1 IN A 127.0.0.1
            www 300 IN A 192.0.2.1
            www IN 60 AAAA 2001:db8::1
            t   TXT "a b" "c;d" plain
            $ORIGIN sub.lab.
            x   CNAME www.lab.
            """;

    @Test void parsesTheSubset() throws ZoneException {
        Zone z = ZoneFile.parse(ZONE, "t.zone", Name.ROOT);
        assertEquals(Name.parse("lab."), z.origin());
        assertEquals(new Rdata.SOA(Name.parse("ns1.lab"), Name.parse("hostmaster.lab"), 7, 7200, 3600, 1209600, 300), z.soa().data());
        assertEquals(3600, z.soa().ttl());
        List<ResourceRecord> ns = z.at(Name.parse("lab."), RRType.NS.code());
        assertEquals(1, ns.size());
        assertEquals("ns1.lab.", ns.get(0).data().presentation());
        assertEquals(300, z.at(Name.parse("www.lab"), RRType.A.code()).get(0).ttl());
        assertEquals(60, z.at(Name.parse("www.lab"), RRType.AAAA.code()).get(0).ttl());
        assertEquals("\"a b\" \"c;d\" \"plain\"", z.at(Name.parse("t.lab")).get(0).data().presentation());
        assertEquals("www.lab.", z.at(Name.parse("x.sub.lab")).get(0).data().presentation());
        assertEquals(7, z.size());
    }

    @Test void errorsNameTheLine() {
        ZoneException e = assertThrows(ZoneException.class, () -> ZoneFile.parse("$TTL 1h\n@ SOA a b 1 2 3 4 5\nwww A 300.1.1.1\n", "z", Name.parse("lab")));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("z:3: "), e.getMessage());
        ZoneException paren = assertThrows(ZoneException.class, () -> ZoneFile.parse("@ 1 SOA a b ( 1 2 3 4 5\n", "z", Name.parse("lab")));
        assertTrue(paren.getMessage().contains("never closed"), paren.getMessage());
        ZoneException outside = assertThrows(ZoneException.class,
                () -> ZoneFile.parse("$TTL 1\n@ SOA a b 1 2 3 4 5\nother. A 1.2.3.4\n", "z", Name.parse("lab")));
        assertEquals(3, outside.line());
        ZoneException nosoa = assertThrows(ZoneException.class, () -> ZoneFile.parse("$TTL 1\nwww A 1.2.3.4\n", "z", Name.parse("lab")));
        assertTrue(nosoa.getMessage().contains("no SOA"), nosoa.getMessage());
        ZoneException quote = assertThrows(ZoneException.class, () -> ZoneFile.parse("$TTL 1\n@ SOA a b 1 2 3 4 5\nt TXT \"open\n", "z", Name.parse("lab")));
        assertEquals(3, quote.line());
    }

    static ZoneException fails(String body) {
        return assertThrows(ZoneException.class, () -> ZoneFile.parse("$TTL 60\n@ SOA ns h 1 2 3 4 5\nns A 192.0.2.1\n" + body, "t.zone", Name.parse("lab")));
    }

    @Test void aCnameStandsAlone() throws ZoneException {
        // the audit's case: x CNAME ns, then x A: the A would never be served
        ZoneException a = fails("x CNAME ns\nx A 192.0.2.9\n");
        assertEquals(5, a.line());
        assertEquals("t.zone:5: x.lab. is a CNAME (line 4), so it cannot have A data: a CNAME owner may have no other data (RFC 2181 §10.1)",
                a.getMessage());
        ZoneException before = fails("x TXT \"hi\"\nx CNAME ns\n");
        assertEquals(5, before.line());
        assertTrue(before.getMessage().contains("x.lab. cannot be a CNAME: it has TXT data on line 4"), before.getMessage());
        ZoneException two = fails("x CNAME ns\n  CNAME www\n");
        assertTrue(two.getMessage().startsWith("t.zone:5: x.lab. has a second CNAME (the first is on line 4)"), two.getMessage());
        ZoneException apex = fails("@ CNAME ns\n");
        assertTrue(apex.getMessage().contains("lab. cannot be a CNAME: it has SOA data on line 2"), apex.getMessage());
        // DNSSEC records may stand beside it (RFC 2181 §10.1, RFC 4035 §2.5); other names are not affected
        Zone ok = ZoneFile.parse("$TTL 60\n@ SOA ns h 1 2 3 4 5\nx CNAME ns\nx RRSIG CNAME 13 2 60 20260101000000 20251201000000 1 lab. AAAA\ny A 192.0.2.1\nz CNAME y\n", "t.zone", Name.parse("lab"));
        assertEquals(5, ok.size());
    }

    @Test void oneClassPerFile() {
        ZoneException e = fails("t CH TXT \"x\"\n");
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("class CH differs from IN (line 2): a zone file holds one class (RFC 1035 §5.2)"), e.getMessage());
    }

    @Test @org.junit.jupiter.api.Timeout(20) void zoneFilesAreReadUpToALimit(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path zero = java.nio.file.Path.of("/dev/zero");
        if (java.nio.file.Files.isReadable(zero)) {
            ZoneException e = assertThrows(ZoneException.class, () -> ZoneFile.read(zero, "/dev/zero"));
            assertEquals("/dev/zero: larger than the limit for a zone file (16777216 bytes, 16 MiB); read stopped there", e.getMessage());
            assertEquals(0, e.line());
        }
        java.nio.file.Path big = tmp.resolve("big.zone");
        byte[] over = new byte[ZoneFile.MAX_BYTES + 1];
        java.util.Arrays.fill(over, (byte) ';');
        java.nio.file.Files.write(big, over);
        assertTrue(assertThrows(ZoneException.class, () -> ZoneFile.load(big, "big.zone", Name.ROOT)).getMessage().startsWith("big.zone: larger than"));
        java.nio.file.Path ok = java.nio.file.Files.writeString(tmp.resolve("ok.zone"), ZONE);
        assertEquals(7, ZoneFile.load(ok, "ok.zone", Name.ROOT).size());
    }
}
