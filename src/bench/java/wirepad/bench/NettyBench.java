package wirepad.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same inputs as {@link HeadParseBench}, parsed by Netty's HTTP/1 decoders. Netty keeps one
 * decoder per connection, so one channel per input is reused here (its fast path): one operation
 * = the bytes of one message written in, every decoded part read out and released.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NettyBench {
    private EmbeddedChannel request, response, chunked;

    @Setup(Level.Trial)
    public void setup() {
        request = new EmbeddedChannel(new HttpRequestDecoder());
        response = new EmbeddedChannel(new HttpResponseDecoder());
        chunked = new EmbeddedChannel(new HttpResponseDecoder());
        // Each input must decode to a whole message, or the numbers mean nothing.
        for (int i = 0; i < 3; i++) {
            check(request, HeadParseBench.BROWSER_GET, 2);
            check(response, HeadParseBench.API_RESPONSE, 2);
            check(chunked, HeadParseBench.CHUNKED_RESPONSE, 5);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        request.finishAndReleaseAll();
        response.finishAndReleaseAll();
        chunked.finishAndReleaseAll();
    }

    static int decode(EmbeddedChannel ch, byte[] in) {
        ch.writeInbound(Unpooled.wrappedBuffer(in));
        int parts = 0;
        for (Object o; (o = ch.readInbound()) != null; parts++) ReferenceCountUtil.release(o);
        return parts;
    }

    private static void check(EmbeddedChannel ch, byte[] in, int wantParts) {
        ch.writeInbound(Unpooled.wrappedBuffer(in));
        int parts = 0;
        boolean last = false;
        for (Object o; (o = ch.readInbound()) != null; parts++) {
            DecoderResult r = ((HttpObject) o).decoderResult();
            if (!r.isSuccess()) throw new IllegalStateException("Netty could not decode the bench input: " + r);
            last |= o instanceof LastHttpContent;
            if (o instanceof ByteBuf b) b.release();
            else ReferenceCountUtil.release(o);
        }
        if (parts != wantParts || !last) throw new IllegalStateException("Netty decoded " + parts + " parts, want " + wantParts);
    }

    @Benchmark public int browserGet() { return decode(request, HeadParseBench.BROWSER_GET); }

    @Benchmark public int apiResponse() { return decode(response, HeadParseBench.API_RESPONSE); }

    @Benchmark public int chunkedResponse() { return decode(chunked, HeadParseBench.CHUNKED_RESPONSE); }
}
