package wirepad.dns;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class NameTest {
    @Test void parsesAndPrintsWithTrailingDot() {
        assertEquals("www.example.lab.", Name.parse("www.example.lab").toString());
        assertEquals("www.example.lab.", Name.parse("www.example.lab.").toString());
        assertEquals(".", Name.parse(".").toString());
        assertTrue(Name.parse(".").isRoot());
    }

    @Test void relativeNamesTakeTheOrigin() {
        Name origin = Name.parse("example.lab.");
        assertEquals("www.example.lab.", Name.parse("www", origin).toString());
        assertEquals(origin, Name.parse("@", origin));
        assertEquals("other.", Name.parse("other.", origin).toString());
    }

    @Test void escapesRoundTrip() {
        Name n = Name.parse("a\\.b.c\\032d.\\255.x");
        assertEquals(3, n.label(0).length);
        assertEquals('.', n.label(0)[1]);
        assertEquals(' ', n.label(1)[1]);
        assertEquals((byte) 255, n.label(2)[0]);
        assertEquals("a\\.b.c\\032d.\\255.x.", n.toString());
        assertEquals(n, Name.parse(n.toString()));
    }

    @Test void comparisonIgnoresCaseButCaseIsKept() {
        Name a = Name.parse("WWW.Example.LAB"), b = Name.parse("www.example.lab");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("WWW.Example.LAB.", a.toString());
        assertTrue(a.isSubdomainOf(Name.parse("example.lab")));
        assertFalse(Name.parse("example.lab").isSubdomainOf(a));
        assertFalse(Name.parse("xexample.lab").isSubdomainOf(Name.parse("example.lab")));
    }

    @Test void limits() {
        String l63 = "a".repeat(63);
        assertEquals(65, Name.parse(l63).wireLength());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Name.parse("a".repeat(64)));
        assertTrue(e.getMessage().contains("at most 63"), e.getMessage());
        // 4 labels of 63 = 4*64 + 1 = 257 > 255; 3 labels of 63 + one of 61 = 255 exactly
        assertThrows(IllegalArgumentException.class, () -> Name.parse(String.join(".", l63, l63, l63, l63)));
        assertEquals(255, Name.parse(String.join(".", l63, l63, l63, "b".repeat(61))).wireLength());
        assertThrows(IllegalArgumentException.class, () -> Name.parse("a..b"));
        assertThrows(IllegalArgumentException.class, () -> Name.parse("a\\25"));
        assertThrows(IllegalArgumentException.class, () -> Name.parse("a\\256"));
    }

    @Test void reverseNames() {
        assertEquals("1.2.0.192.in-addr.arpa.", Addresses.reverseName("192.0.2.1").toString());
        assertEquals("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa.",
                Addresses.reverseName("2001:db8::1").toString());
    }

    @Test void ipv6TextFollowsRfc5952() {
        assertEquals("2001:db8::1", Addresses.ipv6(Addresses.parseIpv6("2001:0DB8:0:0:0:0:0:1")));
        assertEquals("2001:db8:0:1:1:1:1:1", Addresses.ipv6(Addresses.parseIpv6("2001:db8:0:1:1:1:1:1")));
        assertEquals("2001:0:0:1::1", Addresses.ipv6(Addresses.parseIpv6("2001:0:0:1:0:0:0:1")));
        assertEquals("::", Addresses.ipv6(new byte[16]));
        assertEquals("::ffff:192.0.2.1", Addresses.ipv6(Addresses.parseIpv6("::ffff:c000:201")), "IPv4-mapped: RFC 5952 §5");
        assertThrows(IllegalArgumentException.class, () -> Addresses.parseIpv6("1::2::3"));
        assertThrows(IllegalArgumentException.class, () -> Addresses.parseIpv4("1.2.3.256"));
    }

    @Test void codesHaveNamesAndGenericForms() {
        assertEquals("TYPE65280", RRType.name(65280));
        assertEquals(65280, RRType.parse("type65280"));
        assertEquals(15, RRType.parse("mx"));
        assertEquals("CLASS32", RRClass.name(32));
        assertEquals("RCODE12", Rcode.name(12));
        assertEquals("BADVERS", Rcode.name(16));
        assertEquals("OPCODE3", Opcode.name(3));
        assertThrows(IllegalArgumentException.class, () -> RRType.parse("TYPE70000"));
        assertThrows(IllegalArgumentException.class, () -> RRType.parse("BOGUS"));
    }
}
