package wirepad.view.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The nc export gives back every byte through real shells' printf; the curl export warns about what curl cannot do. */
class ExportTest {
    static byte[] b(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    /** Runs {@code printf FORMAT} in the given shell and returns its stdout (bounded: 10 s). */
    static byte[] shellPrintf(String shell, String format) throws IOException, InterruptedException {
        Path script = Files.createTempFile("wirepad-printf", ".sh");
        try {
            Files.writeString(script, "printf " + format + "\n", StandardCharsets.ISO_8859_1);
            Process p = new ProcessBuilder(shell, script.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "printf finished");
            return out;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    @Test void ncPrintfGivesBackEveryByte() throws Exception {
        byte[] all = new byte[256 + 6];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        System.arraycopy(b("%s%%'\\"), 0, all, 256, 6); // printf specials after the 256 bytes
        String format = NcExport.format(all);
        int shells = 0;
        for (String sh : List.of("/bin/sh", "/bin/bash", "/bin/dash")) {
            if (!Files.isExecutable(Path.of(sh))) continue;
            shells++;
            assertArrayEquals(all, shellPrintf(sh, format), sh);
        }
        assumeTrue(shells > 0, "no shell to run printf in");
    }

    @Test void ncCommandShape() {
        assertEquals("printf 'GET / HTTP/1.1\\r\\n'\\\n'Host: a\\r\\n'\\\n'\\r\\n' | nc 127.0.0.1 8080\n",
                NcExport.render(b("GET / HTTP/1.1\r\nHost: a\r\n\r\n"), "127.0.0.1", 8080, NcFlavor.NCAT));
        assertEquals("printf '' | nc -N 127.0.0.1 8080\n", NcExport.render(new byte[0], "127.0.0.1", 8080, NcFlavor.OPENBSD));
        assertEquals("printf '' | nc -q 1 ::1 8080\n", NcExport.render(new byte[0], "::1", 8080, NcFlavor.TRADITIONAL));
        assertTrue(NcExport.render(new byte[0], "h", 1, NcFlavor.NONE).startsWith("printf '' | nc -N h 1   # no nc found here;"));
        assertEquals("'it\\047s 100%% \\\\ \\000\\377'", NcExport.format(b("it's 100% \\ \0\u00ff")));
    }

    @Test void ncFlavorIsToldByItsHelpText() {
        assertEquals(NcFlavor.OPENBSD, NcFlavor.of("usage: nc [-46CDdFhklNnrStUuvZz] [-I length]\n\t-N\t\tShutdown the network socket after EOF on stdin\n"
                + "\t-q secs\t\tquit after EOF on stdin and delay of secs\n"));
        assertEquals(NcFlavor.TRADITIONAL, NcFlavor.of("[v1.10-47]\nconnect to somewhere:\tnc [-options] hostname port[s]\n"
                + "\t-q secs\t\t\tquit after EOF on stdin and delay of secs\n"));
        assertEquals(NcFlavor.NCAT, NcFlavor.of("Ncat 7.93 ( https://nmap.org/ncat )\nUsage: ncat [options] [hostname] [port]\n"));
        assertEquals(NcFlavor.OTHER, NcFlavor.of("BusyBox v1.36.1 multi-call binary.\nUsage: nc [-l] HOST PORT\n"));
    }

    @Test void curlExactWhenCurlWouldSendTheSameBytes() {
        CurlExport.Result r = CurlExport.render(b("POST /widgets HTTP/1.1\r\nHost: lab\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 36\r\n\r\nname=My%20Widget&color=blue&stock=20"), "127.0.0.1", 8082);
        assertEquals(List.of(), r.warnings());
        assertEquals("curl --silent --show-error --include --http1.1 --header 'Host: lab' --header 'Content-Type: "
                + "application/x-www-form-urlencoded' --header 'User-Agent:' --header 'Accept:' --data-binary "
                + "'name=My%20Widget&color=blue&stock=20' 'http://127.0.0.1:8082/widgets'", r.command());
    }

    @Test void curlWarnsAboutWhatItCannotReproduce() {
        CurlExport.Result r = CurlExport.render(b("GET /x HTTP/1.1\nX-A: 1\nhost: a\nX-F: a\r\n b\r\nX-S:tight\r\n\r\n"), "h", 1);
        String all = String.join("\n", r.warnings());
        assertTrue(all.contains("bare LF"), all);
        assertTrue(all.contains("obs-fold"), all);
        assertTrue(all.contains("curl writes Host first"), all);
        assertTrue(all.contains("the case of \"host\""), all);
        assertTrue(all.contains("\"X-S:tight\": curl writes \"X-S: tight\""), all);
        CurlExport.Result chunked = CurlExport.render(b("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"), "h", 1);
        assertTrue(chunked.warnings().get(0).contains("curl chunks the body itself"), chunked.warnings().toString());
        CurlExport.Result bad = CurlExport.render(b("GET / HTTP/1.1\r\nHost: a\r\nX: \u0001\r\n\r\n"), "h", 1);
        assertEquals("", bad.command());
        assertTrue(bad.warnings().get(0).contains("use the nc export"));
        CurlExport.Result nul = CurlExport.render(b("PUT /f HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\na\0b"), "h", 1);
        assertTrue(nul.command().startsWith("printf 'a\\000b' | curl ") && nul.command().contains("--request 'PUT'")
                && nul.command().contains("--data-binary @-"), nul.command());
    }
}
