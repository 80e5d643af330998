package wirepad.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {
    private final CommandTable table = Capture.table();
    private final Session session = table.newSession(java.nio.file.Path.of("."));
    private final Completion c = new Completion(table, session);

    @Test void commandNamesAndAliases() {
        assertEquals(List.of("help", "hex"), c.candidates("he"));
        assertEquals(List.of("exit", "echo"), c.candidates("e"));
        assertEquals(table.names(), c.candidates(""));
    }

    @Test void helpCompletesCommandNames() {
        assertEquals(List.of("bytes"), c.candidates("help by"));
    }

    @Test void setCompletesNamesThenValues() {
        assertEquals(List.of("color"), c.candidates("set co"));
        assertEquals(List.of("on", "off"), c.candidates("set color o"));
        assertEquals(List.of(), c.candidates("set color on x"));
    }

    @Test void variablesAnywhere() {
        session.set("echo", "127.0.0.1:1");
        session.set("etc", "x");
        assertEquals(List.of("$echo", "$etc"), c.candidates("bytes GET $e"));
        assertEquals(List.of("$echo"), c.candidates("echo $ec"));
    }

    @Test void bytesOffersMethodsThenHeaderNames() {
        assertEquals(List.of("POST", "PUT", "PATCH"), c.candidates("bytes P"));
        assertTrue(c.candidates("bytes GET / HTTP/1.1\\r\\nHo").isEmpty(), "word glued to escapes is not a header start");
        assertEquals(List.of("Host:"), c.candidates("bytes GET Ho"));
        assertEquals(List.of("TE:", "Trailer:", "Transfer-Encoding:"), c.candidates("bytes GET T").stream()
                .filter(w -> !w.startsWith("HTTP")).toList());
    }

    @Test void vocabulariesAreThere() {
        assertTrue(Words.DNS_TYPES.containsAll(List.of("A", "AAAA", "MX", "TXT")));
        assertTrue(Words.HTTP_METHODS.contains("OPTIONS"));
    }
}
