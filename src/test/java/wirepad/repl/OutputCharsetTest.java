package wirepad.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputCharsetTest {
    @Test void charsetsWithoutTheGlyphsGiveWayToUtf8() {
        assertEquals(StandardCharsets.UTF_8, OutputCharset.of(StandardCharsets.US_ASCII), "LC_ALL=C");
        assertEquals(StandardCharsets.UTF_8, OutputCharset.of(StandardCharsets.ISO_8859_1), "has § but not ␍");
        assertEquals(StandardCharsets.UTF_8, OutputCharset.of(StandardCharsets.UTF_8));
        Charset gb = Charset.forName("GB18030");
        assertEquals(gb, OutputCharset.of(gb), "a charset that can encode them all is kept");
    }
}
