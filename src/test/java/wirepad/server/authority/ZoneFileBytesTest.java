package wirepad.server.authority;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.dns.Name;

/** A zone file is UTF-8: bytes that are not are an error that names where they are and shows them, never replaced by U+FFFD. */
class ZoneFileBytesTest {
    static final String HEAD = "$ORIGIN x.\n@ SOA ns h 1 2 3 4 5\n";

    static byte[] bytes(String ascii, int... tail) {
        byte[] a = ascii.getBytes(StandardCharsets.US_ASCII);
        byte[] b = java.util.Arrays.copyOf(a, a.length + tail.length);
        for (int i = 0; i < tail.length; i++) b[a.length + i] = (byte) tail[i];
        return b;
    }

    static String error(Path dir, byte[] b) throws Exception {
        Path f = dir.resolve("z.zone");
        Files.write(f, b);
        return assertThrows(ZoneException.class, () -> ZoneFile.load(f, "z.zone", Name.ROOT)).getMessage();
    }

    @Test void aLatin1ByteIsNamedWithItsLineColumnAndEscape(@TempDir Path dir) throws Exception {
        byte[] b = bytes(HEAD + "www TXT \"caf", 0xe9, '"', '\n');
        assertEquals("z.zone:3: column 13 (byte offset 44): \\xE9 is not UTF-8; a zone file is UTF-8 text: write such bytes as \\233 (RFC 1035 §5.1)",
                error(dir, b));
    }

    @Test void aByteOrderMarkOfUtf16AndACutSequenceAreErrorsToo(@TempDir Path dir) throws Exception {
        assertTrue(error(dir, bytes("", 0xff, 0xfe, '$')).startsWith("z.zone:1: column 1 (byte offset 0): \\xFF is not UTF-8"));
        String cut = error(dir, bytes(HEAD + "www TXT x", 0xe2, 0x82));
        assertTrue(cut.startsWith("z.zone:3: column 10 (byte offset 41): \\xE2\\x82 is not UTF-8;"), cut);
        assertTrue(cut.contains("write such bytes as \\226\\130"), cut);
    }

    @Test void utf8TextIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ok.zone");
        Files.writeString(f, HEAD + "www TXT \"caf\\195\\169\" ; caf\u00e9 in a comment is fine\n");
        assertEquals(2, ZoneFile.load(f, "ok.zone", Name.ROOT).size());
    }
}
