package wirepad.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.xbill.DNS.Message;
import org.xbill.DNS.Section;

/** The same typical response as {@link DnsBench}, decoded and encoded (with name compression) by dnsjava. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DnsjavaBench {
    private static final Message PARSED = parsed();

    private static Message parsed() {
        try {
            Message m = new Message(DnsBench.WIRE);
            if (m.getSection(Section.ANSWER).size() != 4 || m.getSection(Section.AUTHORITY).size() != 2)
                throw new IllegalStateException("dnsjava read the bench input differently: " + m);
            if (m.toWire().length != DnsBench.WIRE.length)
                throw new IllegalStateException("dnsjava encodes the bench input in " + m.toWire().length
                        + " bytes, wirepad in " + DnsBench.WIRE.length);
            return m;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark public Object decode() throws IOException { return new Message(DnsBench.WIRE); }

    @Benchmark public Object encode() { return PARSED.toWire(); }
}
