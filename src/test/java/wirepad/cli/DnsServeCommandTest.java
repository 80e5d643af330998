package wirepad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code wirepad serve dns} and {@code serve dns-lab} from the command line, on loopback. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DnsServeCommandTest {
    record Result(int code, String out, String err) {}

    static Result dns(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = DnsServeCommand.dns(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test void anEndlessZoneFileIsCutOffAtTheLimit() {
        if (!Files.isReadable(Path.of("/dev/zero"))) return;
        Result r = dns("--zone", "/dev/zero");
        assertEquals(1, r.code());
        assertEquals("wirepad serve dns: /dev/zero: larger than the limit for a zone file (16777216 bytes, 16 MiB); read stopped there\n", r.err());
        assertEquals("", r.out());
    }

    @Test void aZoneFileThatCannotBeReadSaysWhyInOneLine(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Result r = dns("--zone", "/nonexistent", "--port", "0");
        assertEquals(2, r.code());
        assertEquals("wirepad serve dns: cannot read zone file /nonexistent: no such file\n", r.err());
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        r = dns("--zone", file + "/lab.zone", "--port", "0");
        assertEquals("wirepad serve dns: cannot read zone file " + file + "/lab.zone: " + file + " is a file, not a directory\n", r.err());
        r = dns("--zone", tmp.toString(), "--port", "0");
        assertEquals("wirepad serve dns: cannot read zone file " + tmp + ": it is a directory\n", r.err());
        assertEquals("", r.out());
    }

    @Test void aLabBindFailureSaysWhichAddressAndWhy() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket()) {
            taken.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0.3"), 0));
            int port = taken.getLocalPort();
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int code = DnsServeCommand.lab(new String[] {"--port", String.valueOf(port)}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false);
            assertEquals(1, code);
            String e = err.toString(StandardCharsets.UTF_8);
            assertTrue(e.startsWith("wirepad serve dns-lab: cannot bind 127.0.0.3 port " + port + " (UDP and TCP): Address already in use: "
                    + "another program (another dns-lab, or a DNS server) has UDP or TCP port " + port + " on 127.0.0.3"), e);
        }
    }

    @Test void hexIsAnOptionOfBothAndExamplesComeFirst(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path zone = Files.writeString(tmp.resolve("lab.zone"), wirepad.server.authority.LabZone.TEXT);
        Result r = dns("--zone", zone.toString(), "--hex", "--port", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("dns: listening on 127.0.0.1 port "), r.out());
        Result help = dns("--help");
        assertTrue(help.out().indexOf("Examples:") < help.out().indexOf("An authoritative DNS server"), help.out());
        assertTrue(help.out().contains("bin/wirepad serve dns --zone lab.zone --hex"), help.out());
        assertEquals(2, dns("--zone", zone.toString(), "--hexx").code());
    }
}
