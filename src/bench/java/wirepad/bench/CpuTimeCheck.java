package wirepad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A second opinion for a busy machine: the same codec operations as the JMH benchmarks, timed by
 * this thread's CPU time instead of the wall clock, with the parsers taking turns round after
 * round. When other processes take the CPU away, JMH's numbers drop by chance, one benchmark more
 * than another; CPU time per message stays close to what a quiet machine shows, so the ratios do
 * too. {@code make bench} prints it after JMH; JMH's numbers remain the measure of record.
 */
public final class CpuTimeCheck {
    private CpuTimeCheck() {}

    interface Op { Object run() throws Exception; }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    static volatile Object sink;

    private static long cpuNanos(Op op, int n) throws Exception {
        long t = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) sink = op.run();
        return CPU.getCurrentThreadCpuTime() - t;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        HeadParseBench own = new HeadParseBench();
        NettyBench netty = new NettyBench();
        netty.setup();
        JettyBench jetty = new JettyBench();
        jetty.setup();
        RawHttpBench raw = new RawHttpBench();
        DnsBench dns = new DnsBench();
        DnsjavaBench dnsjava = new DnsjavaBench();
        Map<String, Op> ops = new LinkedHashMap<>();
        ops.put("browserGet wirepad", own::browserGet);
        ops.put("browserGet Netty", netty::browserGet);
        ops.put("browserGet Jetty", jetty::browserGet);
        ops.put("browserGet RawHTTP", raw::browserGet);
        ops.put("apiResponse wirepad", own::apiResponse);
        ops.put("apiResponse Netty", netty::apiResponse);
        ops.put("apiResponse Jetty", jetty::apiResponse);
        ops.put("apiResponse RawHTTP", raw::apiResponse);
        ops.put("chunkedResponse wirepad", own::chunkedResponse);
        ops.put("chunkedResponse Netty", netty::chunkedResponse);
        ops.put("chunkedResponse Jetty", jetty::chunkedResponse);
        ops.put("chunkedResponse RawHTTP", raw::chunkedResponse);
        ops.put("decode wirepad", dns::decode);
        ops.put("decode dnsjava", dnsjava::decode);
        ops.put("encode wirepad", dns::encode);
        ops.put("encode dnsjava", dnsjava::encode);
        int n = quick ? 20_000 : 50_000, warm = quick ? 4 : 8, rounds = quick ? 3 : 5;
        Map<String, Long> total = new LinkedHashMap<>();
        for (int r = 0; r < warm + rounds; r++) {
            for (Map.Entry<String, Op> e : ops.entrySet()) {
                long ns = cpuNanos(e.getValue(), e.getKey().contains("RawHTTP") ? n / 10 : n);
                if (r >= warm) total.merge(e.getKey(), e.getKey().contains("RawHTTP") ? ns * 10 : ns, Long::sum);
            }
        }
        netty.tearDown();
        System.out.println();
        System.out.println("CPU time per message (this thread's CPU clock, parsers in turn; " + rounds + " rounds of " + n + ")");
        System.out.printf("  %-16s %-8s %12s %10s %10s%n", "input", "parser", "ns/message", "MB/s", "wirepad/x");
        StringBuilder tsv = new StringBuilder();
        for (Map.Entry<String, Long> e : total.entrySet()) {
            String[] k = e.getKey().split(" ");
            double ns = e.getValue() / (double) rounds / n, ownNs = total.get(k[0] + " wirepad") / (double) rounds / n;
            double mbs = BenchMain.INPUTS.get(k[0]).length / ns * 1e3;
            String ratio = k[1].equals("wirepad") ? "-" : String.format("%.2f", ns / ownNs);
            System.out.printf("  %-16s %-8s %12.0f %10.1f %10s%n", k[0], k[1], ns, mbs, ratio.equals("-") ? "" : ratio + "x");
            tsv.append(String.format("cpu\t%s\t%s\t%.0f\t%.1f\t%s%n", k[0], k[1], ns, mbs, ratio));
        }
        String file = System.getProperty("bench.out");
        if (file != null) java.nio.file.Files.writeString(java.nio.file.Path.of(file), tsv.toString());
    }
}
