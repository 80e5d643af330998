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
}
