package wirepad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.bytes.Hex;
import wirepad.dns.Builder;
import wirepad.dns.Message;
import wirepad.dns.Question;
import wirepad.dns.RRType;

class DnsCommandTest {
    record Result(int code, String out, String err) {}

    static Result run(byte[] stdin, String... args) { return run(new ByteArrayInputStream(stdin), args); }

    static Result run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
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

    @Test void aFileThatCannotBeReadSaysWhy(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Result r = run(new byte[0], "dns", "decode", "/nonexistent");
        assertEquals(2, r.code());
        assertEquals("wirepad dns decode: cannot read /nonexistent: no such file\n", r.err());
        r = run(new byte[0], "dns", "decode", "/nonexistent/dir/q.bin");
        assertEquals("wirepad dns decode: cannot read /nonexistent/dir/q.bin: the directory /nonexistent/dir does not exist\n", r.err());
        r = run(new byte[0], "dns", "decode", tmp.toString());
        assertEquals("wirepad dns decode: cannot read " + tmp + ": it is a directory\n", r.err());
        assertEquals("", r.out());
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

    static Result decodeText(String stdin, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "dns";
        args[1] = "decode";
        System.arraycopy(more, 0, args, 2, more.length);
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Text input is hex, read strictly: the first problem is named with its line and column. */
    @Test void badHexIsNamedNotMisreadAsBinary() {
        Result odd = decodeText("123\n");
        assertEquals(2, odd.code());
        assertTrue(odd.err().startsWith("wirepad dns decode: not hex: line 1, column 1: odd number of hex digits in \"123\" (3)"), odd.err());
        assertTrue(odd.err().contains("note: read as hex text because the input has no control bytes; --binary reads it as raw bytes"), odd.err());
        assertFalse(odd.err().contains("header.qdcount"), odd.err());
        Result zz = decodeText("zz zz\n");
        assertTrue(zz.err().startsWith("wirepad dns decode: not hex: line 1, column 1: not a hex digit: 'z'"), zz.err());
        Result second = decodeText("1234 0100\n0001 00g0\n");
        assertTrue(second.err().contains("line 2, column 8: not a hex digit: 'g'"), second.err());
        Result ellipsis = decodeText("1234 0100 …\n");
        assertTrue(ellipsis.err().contains("line 1, column 11: not a hex digit: U+2026"), ellipsis.err());
        Result prefixed = decodeText("0x1234 0x0100 0x0001 0x0000 0x0000 0x0000 0x00 0x0001 0x0001");
        assertEquals(0, prefixed.code(), prefixed.err());
        assertTrue(prefixed.out().contains("id: 4660"), prefixed.out());
    }

    @Test void whichReadingWasUsedIsSaidWhenItIsNotObvious() {
        byte[] nearlyText = "12 34 01 00 00 01 00 00 00 00 00 00\0".getBytes(StandardCharsets.US_ASCII);
        Result r = run(nearlyText, "dns", "decode");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("note: read as raw bytes because of the control byte 0x00 at offset 35; --hex reads it as hex text"), r.err());
        Result forced = decodeText("1234", "--binary");
        assertTrue(forced.err().contains("offset 0x0004 (4), header.qdcount: truncated"), forced.err());
        assertFalse(forced.err().contains("note:"), forced.err());
        Result hex = run(QUERY, "dns", "decode", "--hex");
        assertEquals(2, hex.code());
        assertTrue(hex.err().startsWith("wirepad dns decode: not hex: line 1, column 1: "), hex.err());
    }

    /** A DNS message has at most 65535 bytes; input is never read past what that allows, so endless input ends. */
    @Test @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void inputIsLimitedToWhatAMessageCanBe() {
        InputStream endless = new InputStream() {
            @Override public int read() { return '0'; }
        };
        Result r = run(endless, "dns", "decode");
        assertEquals(2, r.code());
        assertEquals("wirepad dns decode: stdin has more than 524280 bytes: a DNS message has at most 65535 (RFC 1035 §4.2.2),"
                + " as hex text at most 524280 characters\n", r.err());
        if (Files.exists(Path.of("/dev/zero"))) {
            Result zero = run(new byte[0], "dns", "decode", "/dev/zero");
            assertEquals(2, zero.code());
            assertTrue(zero.err().startsWith("wirepad dns decode: /dev/zero has more than 524280 bytes"), zero.err());
        }
        Result big = run(new byte[70_000], "dns", "decode");
        assertEquals("wirepad dns decode: 70000 bytes of binary input: a DNS message has at most 65535 (RFC 1035 §4.2.2)\n", big.err());
        Result bigHex = decodeText("00 ".repeat(70_000));
        assertTrue(bigHex.err().contains("more than 65535 bytes of hex"), bigHex.err());
    }
}
