package wirepad.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import wirepad.server.authority.Attacks;

/** Issue #8: the command line never prints a stack trace; a bug is one line and exit status 3. */
class InternalErrorCliTest {
    @Test void annotatingAQueryTooLargeUncompressedIsNotAnError() {
        DnsCommandTest.Result r = DnsCommandTest.run(Attacks.hugeUncompressed(), "dns", "decode", "--annotate", "--binary");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("1825 bytes\n"), r.out().substring(0, 40));
        assertTrue(r.out().contains("259 pointers saved 65527 bytes: 1825 bytes as sent, more than 65535 (more than a DNS message may hold, RFC 1035 §4.2.2) without compression"),
                r.out().substring(r.out().indexOf("compression:")));
    }

    @Test void aBugIsOneLineAndExitThree() {
        DnsCommandTest.Result r = DnsCommandTest.run(new byte[0], (String) null); // a null argument: no command expects one
        assertEquals(3, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("wirepad: internal error: NullPointerException"), r.err());
        assertTrue(r.err().endsWith("; please report it\n"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
