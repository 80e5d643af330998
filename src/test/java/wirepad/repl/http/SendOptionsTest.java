package wirepad.repl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** send/raw/pipe/open options: nothing silently ignored, targets checked before connecting, two timeouts. */
class SendOptionsTest extends wirepad.repl.ReplTestBase {

    @Test void optionsThatWouldDoNothingAreErrors() {
        run("new GET http://127.0.0.1:9/");
        assertEquals("error: --split-at wants 1 or more bytes per write (0 would not split)\n", run("send --split-at 0"));
        assertEquals("error: --delay MS pauses between the pieces of --split-at N; give --split-at too\n", run("send --delay 100"));
        assertEquals("error: --insecure skips the TLS certificate check; it needs --tls (or an https:// draft)\n", run("send --insecure"));
        assertEquals("error: --delay MS pauses between the pieces of --split-at N; give --split-at too\n",
                run("raw --delay 5 127.0.0.1:9 GET / HTTP/1.1\\r\\n\\r\\n"));
    }

    @Test void targetsAreCheckedBeforeConnecting() {
        run("new GET / HTTP/1.1");
        assertEquals("error: bad port \"0\" in 127.0.0.1:0 (1-65535)\n", run("send 127.0.0.1:0"));
        assertEquals("error: no host before the port in :80 (HOST:PORT, e.g. 127.0.0.1:8080)\n", run("send :80"));
        assertEquals("error: missing ']' in [::1 (an IPv6 address is written [::1]:PORT)\n", run("send [::1"));
        assertEquals("error: expected ':PORT' after ']' in [::1]80 (e.g. [::1]:8080)\n", run("send [::1]80"));
        assertEquals("error: bad port \"0\" in 127.0.0.1:0 (1-65535)\n", run("open 127.0.0.1:0"));
    }

    @Test void pipeTakesTheTargetAfterTheNamesAsItsHelpSays() {
        run("serve echo");
        run("new http://$echo/");
        run("save a");
        run("new GET / HTTP/1.1");
        String out = run("pipe a a $echo");
        assertTrue(out.startsWith("pipelining 2 requests back to back on one connection\n"), out);
        assertTrue(out.contains("HTTP/1.1 200 OK"), out);
        assertTrue(run("pipe a").startsWith("pipelining 1 request back to back"));
    }

    @Test void splitAtAloneOrPastTheEndIsNoted() {
        run("serve echo");
        run("new http://$echo/");
        String out = run("send --split-at 5");
        assertTrue(out.startsWith("note: --split-at 5 without --delay: the pieces go back to back and TCP may merge them;"
                + " --delay MS pauses between them\n"), out);
        out = run("send --split-at 500");
        assertTrue(out.startsWith("note: --split-at 500 splits nothing: the request is 41 bytes, so it goes in one write\n"), out);
        assertTrue(!run("send --split-at 5 --delay 1").startsWith("note:"));
    }

    @Test void connectAndIdleTimeoutsFollowTimeoutUntilSetOnTheirOwn() throws Exception {
        assertTrue(run("set").contains("connect-timeout  timeout"), run("set"));
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            run("new GET / HTTP/1.1");
            String t = "127.0.0.1:" + silent.getLocalPort();
            run("set timeout 300ms");
            assertTrue(run("send " + t).contains("stopped: timed out before any response byte (idle-timeout 300 ms)"));
            run("set idle-timeout 200ms");
            assertTrue(run("send " + t).contains("stopped: timed out before any response byte (idle-timeout 200 ms)"));
            run("set timeout 10s");
            assertTrue(run("send " + t).contains("stopped: timed out before any response byte (idle-timeout 200 ms)"), "idle-timeout, once set, no longer follows timeout");
            run("set idle-timeout timeout");
            run("set timeout 250ms");
            assertTrue(run("send " + t).contains("stopped: timed out before any response byte (idle-timeout 250 ms)"));
        }
        assertEquals("error: connect-timeout: want more than zero (a zero timeout would wait forever) or timeout, got '0s'\n",
                run("set connect-timeout 0s"));
    }

    @Test void bodyFromAFileThatIsNotThereSaysWhy(@TempDir Path dir) throws Exception {
        run("new POST / HTTP/1.1");
        assertEquals("error: cannot read /nonexistent: no such file\n", run("body @/nonexistent"));
        assertEquals("error: cannot read " + dir + ": it is a directory\n", run("body @" + dir));
        Path locked = Files.writeString(dir.resolve("locked"), "x");
        if (locked.toFile().setReadable(false) && !Files.isReadable(locked)) // not when the tests run as root
            assertEquals("error: cannot read " + locked + ": permission denied\n", run("body @" + locked));
    }
}
