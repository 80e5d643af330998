package wirepad.bench;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpVersion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same inputs as {@link HeadParseBench}, parsed by Jetty's HttpParser. Jetty resets one parser
 * per connection, so the parser is reused here (its fast path). The handler keeps what a message
 * is made of (start line, every field, the body bytes), as wirepad's parser does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JettyBench {
    /** Collects one message: what wirepad's HttpMessage holds too. */
    static final class Collect implements HttpParser.RequestHandler, HttpParser.ResponseHandler {
        final List<HttpField> fields = new ArrayList<>(), trailers = new ArrayList<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        String start;
        boolean complete;
        HttpException bad;

        void clear() { fields.clear(); trailers.clear(); body.reset(); start = null; complete = false; bad = null; }

        @Override public void startRequest(String method, String uri, HttpVersion version) { start = method; }
        @Override public void startResponse(HttpVersion version, int status, String reason) { start = reason; }
        @Override public void parsedHeader(HttpField field) { fields.add(field); }
        @Override public void parsedTrailer(HttpField field) { trailers.add(field); }
        @Override public boolean headerComplete() { return false; }
        @Override public boolean content(ByteBuffer b) {
            byte[] a = new byte[b.remaining()];
            b.get(a);
            body.write(a, 0, a.length);
            return false;
        }
        @Override public boolean contentComplete() { return false; }
        @Override public boolean messageComplete() { complete = true; return true; }
        @Override public void earlyEOF() {}
        @Override public void badMessage(HttpException failure) { bad = failure; }
    }

    private final Collect handler = new Collect();
    private HttpParser request, response;

    @Setup(Level.Trial)
    public void setup() {
        request = new HttpParser((HttpParser.RequestHandler) handler);
        response = new HttpParser((HttpParser.ResponseHandler) handler);
        check(parse(request, HeadParseBench.BROWSER_GET), 14, 0);
        check(parse(response, HeadParseBench.API_RESPONSE), 13, 0);
        check(parse(response, HeadParseBench.CHUNKED_RESPONSE), 5, 47);
    }

    private static void check(Collect c, int fields, int body) {
        if (c.bad != null || !c.complete || c.fields.size() != fields || c.body.size() != body)
            throw new IllegalStateException("Jetty did not parse the bench input: " + c.bad + ", complete " + c.complete
                    + ", " + c.fields.size() + " fields, " + c.body.size() + " body bytes");
    }

    Collect parse(HttpParser p, byte[] in) {
        handler.clear();
        p.reset();
        ByteBuffer b = ByteBuffer.wrap(in);
        while (b.hasRemaining() && !handler.complete && handler.bad == null) p.parseNext(b);
        return handler;
    }

    @Benchmark public Object browserGet() { return parse(request, HeadParseBench.BROWSER_GET); }

    @Benchmark public Object apiResponse() { return parse(response, HeadParseBench.API_RESPONSE); }

    @Benchmark public Object chunkedResponse() { return parse(response, HeadParseBench.CHUNKED_RESPONSE); }
}
