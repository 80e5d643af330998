package wirepad.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.bytes.Escapes;

class Utf8TextTest {
    private static List<String> lines(String escaped, boolean utf8) throws Exception {
        byte[] b = Escapes.parse(escaped);
        return Utf8Text.lines(b, 0, b.length, utf8);
    }

    @Test void validTextIsShownAndEverythingElseStaysVisibleBytes() throws Exception {
        assertEquals(List.of("café — ok␍␊", "😀 \\xff"), lines("caf\\xc3\\xa9 \\xe2\\x80\\x94 ok\\r\\n\\xf0\\x9f\\x98\\x80 \\xff", true));
        assertEquals(List.of("caf\\xc3\\xa9␊"), lines("caf\\xc3\\xa9\\n", false));
        assertEquals(List.of("\\xc0\\x80"), lines("\\xc0\\x80", true), "overlong NUL");
        assertEquals(List.of("\\xe0\\x80\\xaf"), lines("\\xe0\\x80\\xaf", true), "overlong '/'");
        assertEquals(List.of("\\xed\\xa0\\x80"), lines("\\xed\\xa0\\x80", true), "a surrogate");
        assertEquals(List.of("\\xc2\\x85"), lines("\\xc2\\x85", true), "a C1 control (NEL)");
        assertEquals(List.of("\\xe2\\x80\\x8e"), lines("\\xe2\\x80\\x8e", true), "a bidi mark is a format character");
        assertEquals(List.of("a\\xe2\\x80"), lines("a\\xe2\\x80", true), "cut short at the end");
        assertEquals(List.of("\\xf4\\x90\\x80\\x80"), lines("\\xf4\\x90\\x80\\x80", true), "above U+10FFFF");
        assertEquals(List.of("\\\\ ␉"), lines("\\\\ \\t", true));
    }

    @Test void autoFollowsTheCharsetParameter() {
        assertTrue(Utf8Text.saysUtf8("text/html; charset=UTF-8"));
        assertTrue(Utf8Text.saysUtf8("text/plain;charset=\"utf-8\""));
        assertFalse(Utf8Text.saysUtf8("text/plain; charset=iso-8859-1"));
        assertFalse(Utf8Text.saysUtf8("text/plain"));
        assertFalse(Utf8Text.saysUtf8(null));
        assertTrue(Utf8Text.decode("on", List.of()));
        assertFalse(Utf8Text.decode("auto", List.of()));
        assertFalse(Utf8Text.decode("off", List.of()));
    }
}
