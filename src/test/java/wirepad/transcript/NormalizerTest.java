package wirepad.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirepad.repl.Session;

class NormalizerTest {
    @Test void volatileVariablesBecomeTheirNamesLongestFirst() {
        Session s = Session.basic();
        s.setVolatile("echo_port", "41234");
        s.setVolatile("echo", "127.0.0.1:41234");
        s.set("host", "example.com");
        Normalizer n = Normalizer.of(s);
        assertEquals("connect $echo, port $echo_port, example.com", n.line("connect 127.0.0.1:41234, port 41234, example.com"));
    }

    @Test void datesColourAndTrailingSpace() {
        Normalizer n = Normalizer.of(Session.basic());
        assertEquals("Date: $DATE", n.line("Date: Sun, 06 Nov 1994 08:49:37 GMT   "));
        assertEquals("Date: Sun, 6 Nov 1994 08:49:37 GMT", n.line("Date: Sun, 6 Nov 1994 08:49:37 GMT"), "only IMF-fixdate");
        assertEquals("red", n.line("\u001b[31mred\u001b[0m"));
    }

    @Test void linesDropTrailingBlankLinesOnly() {
        assertEquals(List.of("", "a", "", "b"), Normalizer.of(Session.basic()).lines("\na\n\nb\n\n\n"));
        assertEquals(List.of(), Normalizer.of(Session.basic()).lines(""));
    }

    @Test void ephemeralLoopbackPortsBecomePort() {
        Session s = Session.basic();
        s.setVolatile("echo", "127.0.0.1:8080");
        Normalizer n = Normalizer.of(s);
        assertEquals("127.0.0.1.$PORT-127.0.0.1.$PORT: GET /", n.line("127.0.0.1.40138-127.0.0.1.08080: GET /"));
        assertEquals("* Connected to $echo (127.0.0.1) port $PORT from 127.0.0.1:$PORT",
                n.line("* Connected to 127.0.0.1:8080 (127.0.0.1) port 8080 from 127.0.0.1:51022"));
        assertEquals("'\\r\\n' | nc 127.0.0.1 $PORT", n.line("'\\r\\n' | nc 127.0.0.1 32987"));
        assertEquals("[::1]:$PORT", n.line("[::1]:40001"));
        assertEquals("127.0.0.1:53 and 10.1.2.3:40138 stay", n.line("127.0.0.1:53 and 10.1.2.3:40138 stay"));
    }

    @Test void measuredTimesBecomeMsAndSettingsStay() {
        Normalizer n = Normalizer.of(Session.basic());
        assertEquals("connection open: a -> b (connect $MS ms); send", n.line("connection open: a -> b (connect 1.3 ms); send"));
        assertEquals("first byte $MS ms · last byte $MS ms", n.line("first byte 67.3 ms · last byte 1024.0 ms"));
        assertEquals(";; Query time: $MS msec", n.line(";; Query time: 0.214 msec"));
        assertEquals("stopped: idle 300 ms, version 1.1.2 ms", n.line("stopped: idle 300 ms, version 1.1.2 ms"), "whole numbers and dotted versions stay");
        assertEquals("1.5 msg", n.line("1.5 msg"));
    }

    @Test void aDateWrappedAwayFromItsZoneIsStillADate() {
        Normalizer n = Normalizer.of(Session.basic());
        assertEquals("│           1  Date            $DATE", n.line("│           1  Date            Mon, 30 Nov 2026 01:17:46"));
        assertEquals("│           GMT", n.line("│           GMT"));
    }

    @Test void aDateWrappedBeforeItsTimeIsADateOnBothLines() {
        Normalizer n = Normalizer.of(Session.basic());
        assertEquals(List.of("x  │  1  Date  $DATE", "   │        $DATE"),
                n.lines("x  │  1  Date  Sun, 06 Dec 2026\n   │        03:27:55 GMT\n"));
        assertEquals("at 12:00:00 local", n.line("at 12:00:00 local"), "a time without GMT stays");
    }

    @Test void aLoopbackPortCutByAWrappedColumnBecomesARegexOnBothLines() throws Exception {
        List<String> lines = List.of("a", "\"origin\":\"127.0.0.1:3 │ 4  Connection  close", "↪4936\",\"data\" │ framing", "b");
        List<String> re = RunValues.cutPorts(lines);
        assertEquals(null, re.get(0));
        assertEquals(null, re.get(3));
        Expect first = Expect.parse("t", 1, re.get(0 + 1)), second = Expect.parse("t", 2, re.get(2));
        assertTrue(first.matches("\"origin\":\"127.0.0.1:51 │ 4  Connection  close"), re.get(1));
        assertTrue(first.matches("\"origin\":\"127.0.0.1:$PORT │ 4  Connection  close"), re.get(1));
        assertTrue(second.matches("↪023\",\"data\" │ framing"), re.get(2));
        assertFalse(second.matches("↪023\",\"data\" │ framing!"));
    }

    @Test void aTimeWhoseUnitWrappedIsOneLineAgain() {
        Normalizer n = Normalizer.of(Session.basic());
        assertEquals(List.of("   │  first byte $MS ms · last byte $MS ms", "next"),
                n.lines("   │  first byte 1.2 ms · last byte 205.6\n   │           ms\nnext\n"));
        assertEquals(List.of("size 10", "   │  ms"), n.lines("size 10\n   │  ms"), "a whole number is a setting, not a measured time");
    }
}
