package wirepad.http.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import wirepad.http.Role;

/** Rules the parser cites that once fell to the default text in the lint grid: each has its own level and words. */
class LintRuleTextsTest {
    static Lint.Report lint(Role role, String in, int... slices) {
        byte[] b = in.getBytes(StandardCharsets.ISO_8859_1);
        Lint.Report whole = Lint.run(role, b, false, null);
        for (int slice : slices)
            assertEquals(LintGrid.render(whole), LintGrid.render(Lint.run(role, b, false, null, slice)), "fed in slices of " + slice + " bytes");
        return whole;
    }

    static void cites(Lint.Report r, String section, Rules.Level level, String text) {
        Rules.Rule rule = r.rules().get(section);
        assertTrue(rule != null, () -> section + " not among " + r.rules().keySet());
        assertEquals(level, rule.level(), section);
        assertTrue(rule.text().contains(text), rule.text());
        String grid = LintGrid.render(r);
        assertTrue(grid.contains(String.format("  %-22s %-7s %s", section, level, rule.text())), grid);
        assertTrue(!grid.contains("the message grammar of " + section), grid);
    }

    @Test void bytesAfterAMessageThatClosesTheConnection() {
        String req = "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\nGET /x HTTP/1.1\r\nHost: h\r\n\r\n";
        cites(lint(Role.REQUEST, req, 1, 3), "RFC 9112 §9.6", Rules.Level.MUST, "a server MUST NOT process further requests");
        String res = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
        cites(lint(Role.RESPONSE, res, 1, 3), "RFC 9112 §9.6", Rules.Level.MUST, "a client MUST close it");
    }

    @Test void connectionNamingAFramingField() {
        String cl = "POST / HTTP/1.1\r\nHost: h\r\nConnection: Content-Length\r\nContent-Length: 5\r\n\r\nhello";
        cites(lint(Role.REQUEST, cl, 1, 3), "RFC 9110 §7.6.1", Rules.Level.MUST, "a proxy MUST remove each field Connection lists");
        String te = "POST / HTTP/1.1\r\nHost: h\r\nConnection: Transfer-Encoding\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
        cites(lint(Role.REQUEST, te, 1, 3), "RFC 9110 §7.6.1", Rules.Level.MUST, "(CL.0 / TE.0)");
    }

    @Test void chunksPastTheTraceLimit() {
        StringBuilder sb = new StringBuilder("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n");
        sb.append("1\r\na\r\n".repeat(100_001)).append("0\r\n\r\n");
        Lint.Report r = lint(Role.REQUEST, sb.toString(), 4096);
        cites(r, "limit:chunks", Rules.Level.LIMIT, "keeps the first 100000 chunks; later ones are decoded into the body, not listed (not an error)");
    }
}
