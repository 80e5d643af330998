package wirepad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/wirepad picks the JIT per command: C1 only for one-shot commands (fast start), the full tiered
 * JIT for long-running ones (servers, parsing a file over 1 MB). JAVA=echo prints the java command line.
 */
class LauncherJitTest {
    @TempDir Path tmp;

    private static String jitFor(File stdin, String... args) throws Exception {
        Path launcher = Path.of("bin/wirepad").toAbsolutePath();
        assumeTrue(Files.isRegularFile(launcher) && Files.isRegularFile(Path.of("build/wirepad.jar")), "run from the project root after make");
        List<String> cmd = new ArrayList<>(List.of("sh", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("JAVA", "echo");
        pb.environment().remove("WIREPAD_JAVA_OPTS");
        pb.environment().remove("WIREPAD_CDS_DUMP");
        if (stdin != null) pb.redirectInput(stdin);
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("wirepad.cli.Main"), out);
        int i = out.indexOf("-XX:TieredStopAtLevel=");
        assertTrue(i >= 0 && out.indexOf("-XX:TieredStopAtLevel=", i + 1) < 0, "one JIT option, got: " + out);
        return out.substring(i + "-XX:TieredStopAtLevel=".length(), i + "-XX:TieredStopAtLevel=".length() + 1);
    }

    @Test void oneShotCommandsKeepTheFastStart() throws Exception {
        assertEquals("1", jitFor(null, "send", "127.0.0.1:1", "x"));
        assertEquals("1", jitFor(null, "dns", "decode", "x"));
        assertEquals("1", jitFor(null)); // the REPL: its first prompt is what counts
        Path small = Files.write(tmp.resolve("small.bin"), "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("1", jitFor(null, "http", "parse", small.toString()));
        assertEquals("1", jitFor(small.toFile(), "http", "parse"));
    }

    @Test void serversAndLargeInputsGetTheFullJit() throws Exception {
        assertEquals("4", jitFor(null, "serve", "echo", "--port", "0"));
        assertEquals("4", jitFor(null, "serve", "dns", "--zone", "z"));
        Path big = Files.write(tmp.resolve("big.bin"), new byte[1048577]);
        assertEquals("4", jitFor(null, "http", "parse", "--response", big.toString()));
        assertEquals("4", jitFor(null, "http", "lint", big.toString()));
        assertEquals("4", jitFor(big.toFile(), "http", "parse", "-"));
        assertEquals("1", jitFor(big.toFile(), "send", "127.0.0.1:1", "-")); // only parse and lint read it all
    }
}
