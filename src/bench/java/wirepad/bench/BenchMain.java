package wirepad.bench;

import java.util.Collection;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** {@code make bench}: runs the JMH benchmarks and prints MB/s and messages/s per input. */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : "HeadParseBench|DnsBench";
        Options opt = new OptionsBuilder().include(include).forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1)).build();
        Collection<RunResult> results = new Runner(opt).run();
        Map<String, byte[]> inputs = Map.of("browserGet", HeadParseBench.BROWSER_GET, "apiResponse", HeadParseBench.API_RESPONSE,
                "chunkedResponse", HeadParseBench.CHUNKED_RESPONSE, "decode", DnsBench.WIRE, "encode", DnsBench.WIRE);
        System.out.println();
        System.out.println("whole-buffer HTTP parse (target: >= 500 MB/s for heads); DNS decode/encode of a typical response");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            double ops = r.getPrimaryResult().getScore(), err = r.getPrimaryResult().getScoreError();
            byte[] in = inputs.get(name);
            if (in == null) continue;
            System.out.printf("  %-16s %5d bytes  %,12.0f msg/s (±%,.0f)  %8.1f MB/s%n", name, in.length, ops, err, ops * in.length / 1e6);
        }
    }
}
