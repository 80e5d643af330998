package wirepad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import wirepad.bytes.Hex;
import wirepad.dns.Builder;
import wirepad.dns.Message;
import wirepad.dns.Question;
import wirepad.dns.RRType;

class DnsCommandTest {
    record Result(int code, String out, String err) {}

    static Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final byte[] QUERY = Builder.encode(Message.query(0x1234, Question.of("www.example.lab", RRType.AAAA), null));

    @Test void decodesBinaryAndHexAlike() {
        Result bin = run(QUERY, "dns", "decode");
        Result hex = run((Hex.of(QUERY) + "\n").getBytes(StandardCharsets.US_ASCII), "dns", "decode", "-");
        assertEquals(0, bin.code(), bin.err());
        assertEquals(bin.out(), hex.out());
        assertTrue(bin.out().contains(";www.example.lab.\tIN\tAAAA"), bin.out());
        assertTrue(bin.out().contains("id: 4660"), bin.out());
    }

    @Test void jsonAndAnnotate() {
        Result j = run(QUERY, "dns", "decode", "--json");
        assertTrue(j.out().startsWith("{\"header\":{\"id\":4660,"), j.out());
        Result a = run(QUERY, "dns", "decode", "--annotate");
        assertEquals(0, a.code());
        assertTrue(a.out().contains("question[0].type 28 (AAAA)"), a.out());
    }

    @Test void protocolErrorExitsOneAndNamesOffsetAndField() {
        byte[] cut = java.util.Arrays.copyOf(QUERY, QUERY.length - 1);
        Result r = run(cut, "dns", "decode");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("offset 0x001f (31), question[0].class: truncated"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test void usageErrorsExitTwo() {
        assertEquals(2, run(new byte[0], "dns", "decode", "--nope").code());
        assertEquals(2, run(new byte[0], "dns", "frobnicate").code());
        assertEquals(2, run(new byte[0], "dns").code());
        assertEquals(2, run(new byte[0], "dns", "decode", "/nonexistent/file.bin").code());
        Result help = run(new byte[0], "dns", "decode", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Examples:"));
    }
}
