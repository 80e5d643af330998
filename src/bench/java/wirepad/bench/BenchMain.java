package wirepad.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code make bench}: runs the JMH codec benchmarks (wirepad and its peers on the same inputs), then
 * prints messages/s, MB/s and the ratio wirepad / peer for each input, and writes them as tab-separated
 * lines to the file named by the system property {@code bench.out} (for the summary table).
 * {@code -Dbench.quick=true} runs shorter iterations (numbers are rougher).
 */
public final class BenchMain {
    private BenchMain() {}

    /** Benchmark class simple name -> the name shown. */
    private static final Map<String, String> PARSERS = new LinkedHashMap<>();
    static {
        PARSERS.put("HeadParseBench", "wirepad");
        PARSERS.put("NettyBench", "Netty");
        PARSERS.put("JettyBench", "Jetty");
        PARSERS.put("RawHttpBench", "RawHTTP");
        PARSERS.put("DnsBench", "wirepad");
        PARSERS.put("DnsjavaBench", "dnsjava");
    }

    /** Benchmark method -> its input (for MB/s), in the order the results are printed; CpuTimeCheck reads it too. */
    static final Map<String, byte[]> INPUTS = new LinkedHashMap<>();
    static {
        INPUTS.put("browserGet", HeadParseBench.BROWSER_GET);
        INPUTS.put("apiResponse", HeadParseBench.API_RESPONSE);
        INPUTS.put("browserGetCopied", HeadParseBench.BROWSER_GET);
        INPUTS.put("apiResponseCopied", HeadParseBench.API_RESPONSE);
        INPUTS.put("chunkedResponse", HeadParseBench.CHUNKED_RESPONSE);
        INPUTS.put("decode", DnsBench.WIRE);
        INPUTS.put("encode", DnsBench.WIRE);
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = Boolean.getBoolean("bench.quick");
        String include = args.length > 0 && !args[0].isBlank() ? args[0] : "wirepad.bench.(" + String.join("|", PARSERS.keySet()) + ")\\.";
        TimeValue t = quick ? TimeValue.milliseconds(500) : TimeValue.seconds(1);
        Options opt = new OptionsBuilder().include(include).forks(1).warmupIterations(quick ? 2 : 3).warmupTime(t)
                .measurementIterations(quick ? 3 : 5).measurementTime(t).jvmArgsAppend("-Xmx1g").build();
        Collection<RunResult> results = new Runner(opt).run();

        Map<String, double[]> score = new LinkedHashMap<>(); // "input parser" -> {ops/s, error}
        for (RunResult r : results) {
            String b = r.getParams().getBenchmark();
            String method = b.substring(b.lastIndexOf('.') + 1);
            String cls = b.substring(0, b.lastIndexOf('.'));
            String parser = PARSERS.get(cls.substring(cls.lastIndexOf('.') + 1));
            if (parser == null || !INPUTS.containsKey(method)) continue;
            score.put(method + " " + parser, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }

        StringBuilder tsv = new StringBuilder();
        PrintStream out = System.out;
        out.println();
        out.println("Codecs, one message per operation (JMH throughput, " + (quick ? "QUICK run" : "1 fork, 5 x 1 s") + ")");
        out.printf("  %-16s %-8s %6s %14s %10s %10s%n", "input", "parser", "bytes", "messages/s", "MB/s", "wirepad/x");
        for (String input : INPUTS.keySet()) {
            double[] own = score.get(input + " wirepad");
            for (String parser : PARSERS.values().stream().distinct().toList()) {
                double[] s = score.get(input + " " + parser);
                if (s == null) continue;
                int n = INPUTS.get(input).length;
                String ratio = own == null || parser.equals("wirepad") ? "" : String.format("%.2fx", own[0] / s[0]);
                out.printf("  %-16s %-8s %6d %,14.0f %10.1f %10s%n", input, parser, n, s[0], s[0] * n / 1e6, ratio);
                tsv.append(String.format("codec\t%s\t%s\t%d\t%.0f\t%.0f\t%.1f\t%s%n", input, parser, n, s[0], s[1], s[0] * n / 1e6,
                        ratio.isEmpty() ? "-" : ratio.substring(0, ratio.length() - 1)));
            }
        }
        String file = System.getProperty("bench.out");
        if (file != null) Files.writeString(Path.of(file), tsv.toString(), StandardCharsets.UTF_8);
    }
}
