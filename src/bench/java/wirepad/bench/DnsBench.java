package wirepad.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import wirepad.dns.Builder;
import wirepad.dns.DnsFormatException;
import wirepad.dns.Edns;
import wirepad.dns.Header;
import wirepad.dns.Message;
import wirepad.dns.Name;
import wirepad.dns.Parser;
import wirepad.dns.Question;
import wirepad.dns.RRType;
import wirepad.dns.Rdata;
import wirepad.dns.ResourceRecord;

/**
 * DNS codec throughput on a typical response: www.example.lab A with a CNAME, three addresses,
 * two NS records with glue and EDNS, compressed (what a recursive resolver hands back).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DnsBench {
    public static final Message RESPONSE = typical();
    public static final byte[] WIRE = Builder.encode(RESPONSE);

    static Message typical() {
        Header h = Header.query(0x1234).response(false, 0);
        Builder b = new Builder(h).question(Question.of("www.example.lab.", RRType.A));
        b.answer(ResourceRecord.in("www.example.lab.", 300, new Rdata.CNAME(Name.parse("web.example.lab."))));
        for (int i = 1; i <= 3; i++) b.answer(ResourceRecord.in("web.example.lab.", 300, new Rdata.A(new byte[] {(byte) 192, 0, 2, (byte) i})));
        b.authority(ResourceRecord.in("example.lab.", 3600, new Rdata.NS(Name.parse("ns1.example.lab."))));
        b.authority(ResourceRecord.in("example.lab.", 3600, new Rdata.NS(Name.parse("ns2.example.lab."))));
        b.additional(ResourceRecord.in("ns1.example.lab.", 3600, new Rdata.A(new byte[] {(byte) 192, 0, 2, 53})));
        b.additional(ResourceRecord.in("ns2.example.lab.", 3600, new Rdata.AAAA(new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x53})));
        b.edns(Edns.of(1232, List.of()));
        try {
            return Parser.parse(b.finish());
        } catch (DnsFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark public Object decode() throws DnsFormatException { return Parser.parse(WIRE); }

    @Benchmark public Object encode() { return Builder.encode(RESPONSE); }
}
