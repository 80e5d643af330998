package wirepad.http.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import wirepad.http.Role;

/**
 * Every row of the smuggling teaching set through the lint grid. Each input is linted whole and
 * byte by byte; both grids must be identical.
 */
class LintSmugglingTest {
    static final String POST = "POST / HTTP/1.1\r\nHost: h\r\n";

    static Lint.Report lint(String in) {
        byte[] b = in.getBytes(StandardCharsets.ISO_8859_1);
        Lint.Report whole = Lint.run(Role.REQUEST, b, false, null);
        for (int slice : new int[] {1, 3, 7}) {
            Lint.Report sliced = Lint.run(Role.REQUEST, b, false, null, slice);
            assertEquals(LintGrid.render(whole), LintGrid.render(sliced), "fed in slices of " + slice + " bytes");
        }
        return whole;
    }

    static Lint.Column col(Lint.Report r, Profile p) { return r.columns().get(p.ordinal()); }

    static boolean finding(Lint.Report r, String prefix) { return r.findings().stream().anyMatch(f -> f.startsWith(prefix)); }

    static void level(Lint.Report r, String section, Rules.Level level) {
        Rules.Rule rule = r.rules().get(section);
        assertTrue(rule != null, () -> section + " not among " + r.rules().keySet());
        assertEquals(level, rule.level(), section);
    }

    @Test void clTe() {
        String in = POST + "Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG";
        Lint.Report r = lint(in);
        assertTrue(r.desync());
        assertEquals(in.length() - 1, col(r, Profile.STRICT).endsAt(), "strict: chunked, the G is the next request");
        assertEquals(in.length(), col(r, Profile.TE_IGNORED).endsAt(), "te-ignored: Content-Length 6 swallows the G");
        level(r, "RFC 9112 §6.3 rule 3", Rules.Level.MUST);
        assertTrue(LintGrid.render(r).contains("te-ignored       accept*    " + in.length()));
        assertTrue(LintGrid.render(r).contains("<<"));
    }

    @Test void teCl() {
        String in = POST + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n8\r\nSMUGGLED\r\n0\r\n\r\n";
        Lint.Report r = lint(in);
        assertTrue(r.desync());
        assertEquals(in.length(), col(r, Profile.STRICT).endsAt());
        assertEquals(8, col(r, Profile.STRICT).bodyLength());
        assertEquals(in.length() - "SMUGGLED\r\n0\r\n\r\n".length(), col(r, Profile.TE_IGNORED).endsAt(), "3 bytes: \"8\\r\\n\"");
    }

    @Test void duplicateContentLength() {
        Lint.Report r = lint(POST + "Content-Length: 5\r\nContent-Length: 10\r\n\r\nhelloworld");
        assertEquals(Lint.Verdict.REJECT, col(r, Profile.STRICT).verdict());
        assertEquals(5, col(r, Profile.FIRST_CL).bodyLength());
        assertEquals(10, col(r, Profile.LAST_CL).bodyLength());
        assertTrue(r.desync());
        assertTrue(finding(r, "DISAGREE"));
        level(r, "RFC 9112 §6.3 rule 5", Rules.Level.MUST);
    }

    @Test void whitespaceBeforeColon() {
        Lint.Report r = lint(POST + "Transfer-Encoding : chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n");
        assertEquals(Lint.Verdict.REJECT, col(r, Profile.STRICT).verdict());
        assertEquals("chunked", col(r, Profile.LENIENT).framing(), "lenient strips the space: Transfer-Encoding wins");
        assertTrue(finding(r, "DISAGREE"));
        level(r, "RFC 9112 §5.1", Rules.Level.MUST);
    }

    @Test void obsFold() {
        Lint.Report r = lint(POST + "X: a\r\n Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc");
        assertEquals(Lint.Verdict.REJECT, col(r, Profile.STRICT).verdict());
        assertEquals("length", col(r, Profile.LENIENT).framing(), "the fold is part of X's value, not a TE field");
        level(r, "RFC 9112 §5.2", Rules.Level.MUST);
    }

    @Test void bareLfAndBareCr() {
        Lint.Report lf = lint(POST + "Transfer-Encoding: chunked\r\n\r\n0\n\r\n");
        assertEquals(Lint.Verdict.REJECT, col(lf, Profile.STRICT).verdict());
        assertTrue(col(lf, Profile.LENIENT).accepts());
        level(lf, "RFC 9112 §2.2", Rules.Level.MAY);
        Lint.Report cr = lint(POST + "Foo: bar\rTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc");
        assertEquals(Lint.Verdict.REJECT, col(cr, Profile.STRICT).verdict());
        assertEquals("length", col(cr, Profile.LENIENT).framing(), "the CR becomes SP inside Foo's value");
        level(cr, "RFC 9112 §2.2", Rules.Level.MUST);
    }

    @Test void underscoreName() {
        String in = POST + "Transfer_Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n";
        Lint.Report r = lint(in);
        assertTrue(r.desync());
        assertEquals("length", col(r, Profile.STRICT).framing());
        assertEquals("chunked", col(r, Profile.UNDERSCORE_DASH).framing());
        assertEquals(in.length(), col(r, Profile.UNDERSCORE_DASH).endsAt());
        level(r, "RFC 9110 §5.1", Rules.Level.GRAMMAR);
    }

    @Test void chunkedThenIdentityAndQuoted() {
        for (String te : new String[] {"chunked, identity", "\"chunked\"", "chunk"}) {
            Lint.Report r = lint(POST + "Transfer-Encoding: " + te + "\r\nContent-Length: 3\r\n\r\nabc");
            assertEquals(Lint.Verdict.REJECT, col(r, Profile.STRICT).verdict(), te);
            assertTrue(col(r, Profile.TE_IGNORED).accepts(), te);
            assertTrue(finding(r, "DISAGREE"), te);
            level(r, "RFC 9112 §6.3 rule 4", Rules.Level.MUST);
        }
    }

    @Test void hexAndSignedNumbers() {
        // cl-lenient reads Content-Length like strtoll(s, NULL, 0): strict rejects what it accepts
        for (String cl : new String[] {"0x10", "+16", "020"}) {
            Lint.Report r = lint(POST + "Content-Length: " + cl + "\r\n\r\n0123456789abcdefghij");
            assertEquals(16, col(r, Profile.CL_LENIENT).bodyLength(), cl);
            assertEquals(Lint.Verdict.ACCEPT_WITH_NOTES, col(r, Profile.CL_LENIENT).verdict(), cl);
            assertTrue(LintGrid.render(r).contains("cl-lenient       accept*    "), cl);
            if (cl.equals("020")) {
                assertEquals(20, col(r, Profile.STRICT).bodyLength(), "1*DIGIT is decimal; the leading 0 is fine");
                assertTrue(r.desync(), "strict reads 20 bytes, cl-lenient octal 16: a desync");
                assertTrue(finding(r, "DESYNC: cl-lenient ends the first message at byte"), r.findings().toString());
            } else {
                assertEquals(Lint.Verdict.REJECT, col(r, Profile.STRICT).verdict(), cl);
                assertTrue(finding(r, "DISAGREE"), cl);
            }
            level(r, "RFC 9112 §6.3 rule 5", Rules.Level.MUST);
        }
        for (String cl : new String[] {"-1", "1_0", "0x"}) {
            Lint.Report r = lint(POST + "Content-Length: " + cl + "\r\n\r\n0123456789abcdef");
            for (Lint.Column c : r.columns()) assertEquals(Lint.Verdict.REJECT, c.verdict(), cl + " " + c.profile());
            assertFalse(r.desync());
            assertTrue(finding(r, "agree: every profile rejects"), cl);
        }
        for (String size : new String[] {"+3", "0x3", "3 ", "0_3"}) {
            Lint.Report r = lint(POST + "Transfer-Encoding: chunked\r\n\r\n" + size + "\r\nabc\r\n0\r\n\r\n");
            assertEquals(Lint.Verdict.REJECT, col(r, Profile.STRICT).verdict(), size);
            assertEquals(3, col(r, Profile.CHUNK_LENIENT).bodyLength(), size);
            assertTrue(finding(r, "DISAGREE"), size);
        }
    }

    @Test void underscoredChunkSizeOfTheTable() {
        // the table's "0_2e": strict sees no chunk-size, chunk-lenient (Python's int(s, 16)) a 0x2e = 46-byte chunk
        String data = "x".repeat(46);
        Lint.Report r = lint(POST + "Transfer-Encoding: chunked\r\n\r\n0_2e\r\n" + data + "\r\n0\r\n\r\n");
        assertEquals(Lint.Verdict.REJECT, col(r, Profile.STRICT).verdict());
        assertEquals(46, col(r, Profile.CHUNK_LENIENT).bodyLength());
        assertTrue(col(r, Profile.CHUNK_LENIENT).first().diagnostics().stream()
                .anyMatch(d -> d.message().contains("chunk-size \"0_2e\" read as hex 2e")));
        assertTrue(finding(r, "DISAGREE"));
    }

    @Test void oneEndsTheOthersWait() {
        // te-ignored ends at Content-Length 4; every chunked reader waits for 0x5c bytes: the timing sign of CL.TE.
        String head = POST + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n";
        String in = head + "5c\r\nGPOST / HTTP/1.1\r\n\r\n0\r\n\r\n";
        Lint.Report r = lint(in);
        assertEquals(Lint.Verdict.INCOMPLETE, col(r, Profile.STRICT).verdict());
        assertEquals(head.length() + 4, col(r, Profile.TE_IGNORED).endsAt());
        assertTrue(r.desync(), () -> String.join("\n", r.findings()));
        assertTrue(finding(r, "DESYNC: te-ignored ends the first message at byte " + (head.length() + 4)), () -> String.join("\n", r.findings()));
        assertFalse(finding(r, "agree"));
        assertTrue(r.findings().contains("  te-ignored differs from strict: " + Profile.TE_IGNORED.description));
        assertTrue(LintGrid.render(r).contains("still waiting (for 92 bytes of chunk data (chunk 1))"), LintGrid.render(r));
    }

    @Test void everyProfileWaitingAgrees() {
        Lint.Report r = lint(POST + "Content-Length: 10\r\n\r\nabc");
        assertFalse(r.desync());
        assertEquals(java.util.List.of("agree: every profile is still waiting for more bytes"), r.findings());
    }

    @Test void ruleTextFollowsTheRole() {
        byte[] resp = "HTTP/1.1 200 OK\r\nX: a\r\n b\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Rules.Rule fold = Lint.run(Role.RESPONSE, resp, false, null).rules().get("RFC 9112 §5.2");
        assertTrue(fold.text().contains("user agent MUST replace"), fold.text());
        assertTrue(Lint.run(Role.RESPONSE, resp, false, null).findings().stream().noneMatch(f -> f.contains("400")), "no server rule for a response");
        assertFalse(fold.text().contains("400"), fold.text());
        Rules.Rule reqFold = lint(POST + "X: a\r\n b\r\nContent-Length: 0\r\n\r\n").rules().get("RFC 9112 §5.2");
        assertTrue(reqFold.text().contains("server MUST reject with 400"), reqFold.text());
        byte[] space = "HTTP/1.1 200 OK\r\nX : a\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Rules.Rule ws = Lint.run(Role.RESPONSE, space, false, null).rules().get("RFC 9112 §5.1");
        assertTrue(ws.text().contains("proxy MUST remove"), ws.text());
    }

    @Test void otherControlBytesAreGrammarNotTheCrLfNulMust() {
        Lint.Report vt = lint(POST + "X: a\u000bb\r\nContent-Length: 0\r\n\r\n");
        level(vt, "RFC 9110 §5.5", Rules.Level.GRAMMAR);
        assertFalse(vt.rules().get("RFC 9110 §5.5").text().startsWith("CR, LF, NUL"));
        Lint.Report nul = lint(POST + "X: a\u0000b\r\nContent-Length: 0\r\n\r\n");
        level(nul, "RFC 9110 §5.5", Rules.Level.MUST);
    }

    @Test void cleanMessagesAgree() {
        String in = POST + "Content-Length: 2\r\n\r\nhi";
        Lint.Report r = lint(in);
        assertFalse(r.desync());
        for (Lint.Column c : r.columns()) assertEquals(Lint.Verdict.ACCEPT, c.verdict());
        assertEquals(java.util.List.of("agree: every profile ends the first message at byte " + in.length()), r.findings());
    }

    @Test void responsesToo() {
        byte[] b = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 4\r\n\r\nabcd".getBytes(StandardCharsets.ISO_8859_1);
        Lint.Report r = Lint.run(Role.RESPONSE, b, false, null);
        assertTrue(r.desync());
        assertEquals(2, col(r, Profile.FIRST_CL).bodyLength());
        assertEquals(4, col(r, Profile.LAST_CL).bodyLength());
    }
}
