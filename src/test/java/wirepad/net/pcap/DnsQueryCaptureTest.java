package wirepad.net.pcap;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import wirepad.cli.Main;
import wirepad.dns.Name;
import wirepad.server.authority.Authority;
import wirepad.server.authority.Breakage;
import wirepad.server.authority.DnsServer;
import wirepad.server.authority.LabZone;
import wirepad.server.authority.ZoneFile;

/** 'dns query --pcap' captures every attempt: the UDP datagrams (a truncated one, ignored ones) and the TCP retry. Loopback only. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class DnsQueryCaptureTest {
    static final int UDP = 17, TCP = 6;

    static DnsServer server(Breakage b) throws Exception {
        return new DnsServer(new Authority(List.of(ZoneFile.parse(LabZone.TEXT, "lab.zone", Name.ROOT))),
                InetAddress.getLoopbackAddress(), 0, b, null).start();
    }

    static int query(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.run(args, new ByteArrayInputStream(new byte[0]), sink, sink);
    }

    @Test void truncatedUdpThenTcpAreBothInTheCapture(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("q.pcap");
        try (DnsServer s = server(Breakage.NONE)) {
            assertEquals(0, query("dns", "query", "big.lab", "TXT", "@127.0.0.1:" + s.port(), "+noedns", "--pcap", f.toString()));
            List<PcapReader.Pkt> ps = PcapReader.read(Files.readAllBytes(f));
            List<PcapReader.Pkt> udp = ps.stream().filter(p -> p.proto() == UDP).toList();
            assertEquals(2, udp.size(), "the query and its truncated reply");
            assertEquals(s.port(), udp.get(0).dstPort());
            assertEquals(s.port(), udp.get(1).srcPort());
            assertEquals(0x02, udp.get(1).payload()[2] & 0x02, "TC=1");
            List<PcapReader.Pkt> tcp = ps.stream().filter(p -> p.proto() == TCP).toList();
            assertTrue(ps.indexOf(udp.get(1)) < ps.indexOf(tcp.get(0)), "the TCP retry comes after the truncated reply");
            byte[][] stream = PcapWriterTest.follow(tcp, tcp.get(0).srcPort());
            assertArrayEquals(udp.get(0).payload(), java.util.Arrays.copyOfRange(stream[0], 2, stream[0].length), "the same query, framed");
            assertEquals(stream[1].length - 2, PcapReader.u16(stream[1], 0), "the whole reply behind its length prefix");
            assertTrue(stream[1].length > 512);
        }
    }

    @Test void aFailedQueryIsCapturedWithItsIgnoredReplies(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("q.pcap");
        try (DnsServer s = server(Breakage.WRONG_ID)) {
            assertEquals(1, query("dns", "query", "www.lab", "@127.0.0.1:" + s.port(), "+tries=2", "+timeout=300ms", "--pcap", f.toString()));
            List<PcapReader.Pkt> ps = PcapReader.read(Files.readAllBytes(f));
            assertEquals(4, ps.size(), "two queries, two replies with the wrong id");
            assertTrue(ps.stream().allMatch(p -> p.proto() == UDP));
            assertEquals(PcapReader.u16(ps.get(0).payload(), 0) + 1, PcapReader.u16(ps.get(1).payload(), 0), "the reply's id is off by one");
        }
    }

    @Test void repeatCapturesTheQueriesItSent(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("q.pcap");
        try (DnsServer s = server(Breakage.NONE)) {
            assertEquals(0, query("dns", "query", "alias.lab", "@127.0.0.1:" + s.port(), "+repeat=3", "--pcap", f.toString()));
            List<PcapReader.Pkt> ps = PcapReader.read(Files.readAllBytes(f));
            assertEquals(2, ps.size(), "one query and its reply: the later rounds come from the cache");
        }
    }
}
