package wirepad.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test void theOutputIsAsciiWhateverTheText() {
        assertEquals("\"RFC 9112 \\u00a76.3 rule 6\"", Json.write("RFC 9112 §6.3 rule 6"));
        assertEquals("\"a\\u240d\\u240a\"", Json.write("a␍␊"));
        assertEquals("\"caf\\u00c3\\u00a9\"", Json.write("caf\u00c3\u00a9"), "a Latin-1 decoded UTF-8 byte pair stays two code points");
        assertEquals("\"\\ud83d\\ude00\"", Json.write("\ud83d\ude00"), "outside the BMP: the surrogate pair");
        assertEquals("\"\\u0000\\u001f\\u007f\\\"\\\\\\n\\r\\t\"", Json.write("\u0000\u001f\u007f\"\\\n\r\t"));
        for (char c = 0; c < 0x3000; c++) {
            String s = Json.write(String.valueOf(c));
            for (int i = 0; i < s.length(); i++) assertEquals(true, s.charAt(i) >= 0x20 && s.charAt(i) < 0x7f, "char " + (int) c + ": " + s);
        }
    }

    @Test void mapsListsAndScalars() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", List.of(1, 2L, true));
        m.put("a", null);
        m.put("§", 1.5);
        assertEquals("{\"b\":[1,2,true],\"a\":null,\"\\u00a7\":1.5}", Json.write(m));
    }
}
