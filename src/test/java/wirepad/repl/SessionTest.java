package wirepad.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {
    private final Session s = Session.basic();

    @Test void expandsPlainBracedAndDoubledDollar() throws Exception {
        s.set("host", "example.com");
        s.set("p", "8080");
        assertEquals("example.com:8080/x", s.expand("$host:${p}/x"));
        assertEquals("${p}8080", s.expand("$${p}$p"));
        assertEquals("cost $ 5, end $", s.expand("cost $ 5, end $"));
        assertEquals("no dollar", s.expand("no dollar"));
        assertEquals("example.comx", s.expand("${host}x"));
    }

    @Test void unknownVariablePointsAtItsColumn() {
        CommandException e = assertThrows(CommandException.class, () -> s.expand("GET $nope"));
        assertEquals("column 5: no variable $nope (see 'vars'; write $$ for a dollar sign)", e.getMessage());
        assertEquals(List.of("  GET $nope", "      ^"), e.details());
        CommandException open = assertThrows(CommandException.class, () -> s.expand("a ${b"));
        assertEquals("column 3: '${' without '}'", open.getMessage());
    }

    @Test void variableNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> s.set("1x", "v"));
        assertThrows(IllegalArgumentException.class, () -> s.set("a-b", "v"));
    }

    @Test void settingsValidateAndCanonicalize() throws Exception {
        Settings st = s.settings();
        st.set("width", "0120");
        assertEquals("120", st.get("width"));
        assertEquals("width: want a number from 20 to 1000 or auto, got '5'",
                assertThrows(CommandException.class, () -> st.set("width", "5")).getMessage());
        assertEquals("color: want on, off or auto, got 'yes'",
                assertThrows(CommandException.class, () -> st.set("color", "yes")).getMessage());
        st.set("timeout", "250ms");
        assertThrows(CommandException.class, () -> st.set("timeout", "soon"));
        assertEquals("no setting 'colour' (known: width, color, timeout)",
                assertThrows(CommandException.class, () -> st.set("colour", "on")).getMessage());
    }

    @Test void durations() {
        assertEquals(java.time.Duration.ofMillis(250), Durations.parse("250ms"));
        assertEquals(java.time.Duration.ofSeconds(5), Durations.parse("5"));
        assertEquals(java.time.Duration.ofMinutes(2), Durations.parse("2m"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("ms"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("5h"));
    }

    @Test void setAndVarsCommands() {
        Capture c = new Capture("set $h a.example", "set $h", "vars", "set width 40", "set width", "set $bad-name x");
        assertEquals(1, Capture.repl(c).run());
        assertEquals("$h = a.example\n$h = a.example\nwidth = 40\n", c.out.toString());
        assertEquals("error: bad variable name '$bad-name' (letters, digits, _)\n", c.err.toString());
    }

    @Test void outWidthFollowsSettingOrConsole() throws Exception {
        Capture c = new Capture();
        Repl r = Capture.repl(c);
        assertEquals(80, r.out().width());
        r.session().settings().set("width", "33");
        assertEquals(33, r.out().width());
    }
}
