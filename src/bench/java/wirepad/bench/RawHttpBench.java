package wirepad.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import rawhttp.core.RawHttp;

/** The same inputs as {@link HeadParseBench}, parsed by RawHTTP from a stream, body read eagerly. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RawHttpBench {
    private final RawHttp http = new RawHttp();

    @Benchmark public Object browserGet() throws IOException {
        return http.parseRequest(new ByteArrayInputStream(HeadParseBench.BROWSER_GET)).eagerly();
    }

    @Benchmark public Object apiResponse() throws IOException {
        return http.parseResponse(new ByteArrayInputStream(HeadParseBench.API_RESPONSE)).eagerly();
    }

    @Benchmark public Object chunkedResponse() throws IOException {
        return http.parseResponse(new ByteArrayInputStream(HeadParseBench.CHUNKED_RESPONSE)).eagerly();
    }
}
