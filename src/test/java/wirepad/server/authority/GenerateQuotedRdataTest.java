package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.dns.Name;
import wirepad.dns.RRType;
import wirepad.dns.ResourceRecord;

/**
 * $GENERATE with its RDATA as one quoted string, as BIND reads it (named-checkzone -D was the
 * reference; src/interop/zones.sh compares the two): the quotes go and the expanded text is read as
 * RDATA, so a quoted MX is two fields and a quoted TXT with a blank is two strings.
 */
class GenerateQuotedRdataTest {
    static final String HEAD = "$ORIGIN g.\n$TTL 5\n@ SOA ns h 1 2 3 4 5\n";

    static List<String> data(Zone z, String name, RRType type) {
        return z.at(Name.parse(name), type.code()).stream().map(rr -> rr.data().presentation()).toList();
    }

    @Test void quotedRdataIsReadAsRdataOnceExpanded() throws Exception {
        Zone z = ZoneFile.parse(HEAD + """
                $GENERATE 1-2 @ MX "$ mx$"
                $GENERATE 1-1 t$ TXT "a b$"
                $GENERATE 1-1 u$ TXT "\\"q r$\\""
                $GENERATE 1-1 v$ TXT "one$"
                $GENERATE 1-1 w$ TXT "a" "b$"
                """, "g.zone", Name.ROOT);
        assertEquals(List.of("1 mx1.g.", "2 mx2.g."), data(z, "g.", RRType.MX));
        assertEquals(List.of("\"a\" \"b1\""), data(z, "t1.g.", RRType.TXT), "two strings, as BIND makes them");
        assertEquals(List.of("\"q r1\""), data(z, "u1.g.", RRType.TXT), "\\\" inside: one string with a blank");
        assertEquals(List.of("\"one1\""), data(z, "v1.g.", RRType.TXT));
        assertEquals(List.of("\"a\" \"b1\""), data(z, "w1.g.", RRType.TXT), "several quoted strings: read as written");
    }

    @Test void anEmptyOrBrokenQuotedRdataSaysSo() {
        ZoneException e = assertThrows(ZoneException.class, () -> ZoneFile.parse(HEAD + "$GENERATE 1-1 t$ TXT \"\"\n", "g.zone", Name.ROOT));
        assertEquals("g.zone:4: $GENERATE: the quoted RDATA \"\" is empty", e.getMessage());
        ZoneException m = assertThrows(ZoneException.class, () -> ZoneFile.parse(HEAD + "$GENERATE 1-1 @ MX \"$\"\n", "g.zone", Name.ROOT));
        assertTrue(m.getMessage().startsWith("g.zone:4: expected MX PREFERENCE EXCHANGE (2 fields), got 1"), m.getMessage());
    }

    @Test void unquotedRdataIsAsBefore() throws Exception {
        Zone z = ZoneFile.parse(HEAD + "$GENERATE 1-2 h$ A 192.0.2.$\n", "g.zone", Name.ROOT);
        assertEquals(List.of("192.0.2.2"), data(z, "h2.g.", RRType.A));
        for (ResourceRecord rr : z.at(Name.parse("h1.g."))) assertEquals(5, rr.ttl());
    }
}
