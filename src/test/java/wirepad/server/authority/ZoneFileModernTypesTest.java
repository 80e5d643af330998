package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.dns.Name;
import wirepad.dns.RRType;
import wirepad.dns.ResourceRecord;

/** Issue #11: a zone file reads the presentation form of the modern types (through RdataText). */
class ZoneFileModernTypesTest {
    static final String ZONE = """
            $ORIGIN m.lab.
            $TTL 3600
            @        SOA   ns1 hostmaster 1 7200 3600 1209600 300
            @        NS    ns1
            ns1      A     127.0.0.1
            @        DNSKEY 257 3 13 ( mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+Gq
                                       JxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ== )
            secure   DS    60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118
            secure   CDS   0 0 0 00
            @        CDNSKEY 0 3 0 AA==
            sig      RRSIG A 13 3 3600 20260101000000 20251201000000 12345 m.lab. CgsM
            nsec     NSEC  host A MX RRSIG NSEC TYPE1234
            @        NSEC3PARAM 1 0 0 -
            h        NSEC3 1 1 12 AABBCCDD 28Q5CU4GLF6UU4HKAPS91AUDTS938LJO A RRSIG
            csync    CSYNC 66 3 A NS AAAA
            md       ZONEMD 1 1 1 00112233445566778899AABBCCDDEEFF
            svc      SVCB  0 pool.svc
            svc2     SVCB  1 . alpn="h2,h3" port=8443 ipv4hint=192.0.2.1 mandatory=alpn,port no-default-alpn ech=AAECAw== key65000="hi there"
            @        HTTPS 1 . alpn=h2 ipv6hint=2001:db8::1
            _443._tcp TLSA 3 1 1 D2ABDE240D7CD3EE
            sshfp    SSHFP 4 2 0123456789ABCDEF
            naptr    NAPTR 100 10 "S" "SIP+D2U" "" _sip._udp
            dname    DNAME other.lab.
            loc      LOC   52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m
            loc2     LOC   42 21 54 S 71 06 18 W 24m 30m
            host     HINFO "INTEL-386" "Linux"
            rp       RP    louie.trantor rp-txt
            afs      AFSDB 1 afs-host
            rt       RT    10 relay
            px       PX    10 net2.it. PRMD-net2.ADMD-p400.C-it.
            _ftp._tcp URI  10 1 "ftp://ftp1.example.com/public"
            @        CAA   0 abcdefghijklmnopqrst "a 20-letter tag"
            mapped   AAAA  ::ffff:192.0.2.1
            """;

    @Test void everyModernTypeReadsAndPrintsBack() throws ZoneException {
        Zone z = ZoneFile.parse(ZONE, "m.zone", Name.parse("m.lab"));
        assertEquals(30, z.size());
        assertEquals("257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==",
                data(z, "m.lab", "DNSKEY"));
        assertEquals("host.m.lab. A MX RRSIG NSEC TYPE1234", data(z, "nsec.m.lab", "NSEC"));
        assertEquals("1 . mandatory=alpn,port alpn=h2,h3 no-default-alpn port=8443 ipv4hint=192.0.2.1 ech=AAECAw== key65000=\"hi there\"",
                data(z, "svc2.m.lab", "SVCB"));
        assertEquals("52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m", data(z, "loc.m.lab", "LOC"));
        assertEquals("42 21 54.000 S 71 6 18.000 W 24.00m 30m 10000m 10m", data(z, "loc2.m.lab", "LOC"));
        assertEquals("100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.m.lab.", data(z, "naptr.m.lab", "NAPTR"));
        assertEquals("::ffff:192.0.2.1", data(z, "mapped.m.lab", "AAAA"));
        // every record's text reads back to the same record
        StringBuilder again = new StringBuilder();
        for (String owner : List.of("m.lab", "secure.m.lab", "sig.m.lab", "nsec.m.lab", "h.m.lab", "csync.m.lab", "md.m.lab",
                "svc.m.lab", "svc2.m.lab", "_443._tcp.m.lab", "sshfp.m.lab", "naptr.m.lab", "dname.m.lab", "loc.m.lab",
                "loc2.m.lab", "host.m.lab", "rp.m.lab", "afs.m.lab", "rt.m.lab", "px.m.lab", "_ftp._tcp.m.lab", "mapped.m.lab", "ns1.m.lab"))
            for (ResourceRecord rr : z.at(Name.parse(owner))) again.append(rr.presentation()).append('\n');
        Zone back = ZoneFile.parse("$ORIGIN m.lab.\n" + again, "again.zone", Name.parse("m.lab"));
        assertEquals(z.size(), back.size());
        for (String line : again.toString().split("\n")) {
            String[] f = line.split("\t");
            assertEquals(f[4], data(back, f[0], f[3]), line);
        }
    }

    @Test void aBadModernRecordNamesTheLine() {
        ZoneException e = assertThrows(ZoneException.class, () -> ZoneFile.parse(ZONE + "bad SVCB 1 . port=1,2\n", "m.zone", Name.parse("m.lab")));
        assertTrue(e.getMessage().startsWith("m.zone:34: port: \"1,2\" is not a number"), e.getMessage());
        ZoneException k = assertThrows(ZoneException.class, () -> ZoneFile.parse(ZONE + "bad SVCB 1 . colour=red\n", "m.zone", Name.parse("m.lab")));
        assertTrue(k.getMessage().contains("unknown SvcParamKey \"colour\""), k.getMessage());
        ZoneException d = assertThrows(ZoneException.class, () -> ZoneFile.parse(ZONE + "bad DS 1 2 3 XYZ\n", "m.zone", Name.parse("m.lab")));
        assertTrue(d.getMessage().contains("digest is not hex"), d.getMessage());
    }

    static String data(Zone z, String owner, String type) {
        List<ResourceRecord> l = z.at(Name.parse(owner), RRType.parse(type));
        assertEquals(1, l.size(), owner + " " + type + ": " + l);
        return l.get(0).data().presentation();
    }
}
