package wirepad.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import wirepad.bytes.Hex;
import wirepad.bytes.Span;

/**
 * The one way tests parse: {@link #both} runs the input whole, then byte by byte and in a few
 * other slicings, and asserts every run agrees on everything (a deep dump of the results, byte
 * arrays included). It also checks each message's spans against the input bytes.
 */
final class Parse {
    private Parse() {}

    /** Slice sizes every input is fed in besides whole; 1 = byte by byte. */
    static final int[] SLICES = {1, 2, 3, 5, 7, 13};

    static StreamParse both(Role role, ParserOptions o, byte[] input, boolean eof, String method) {
        StreamParse whole = StreamParse.of(role, o, input, Integer.MAX_VALUE, eof, method);
        String expected = dump(whole);
        for (int s : SLICES) {
            StreamParse sliced = StreamParse.of(role, o, input, s, eof, method);
            assertEquals(expected, dump(sliced), "fed in slices of " + s + " bytes, the result differs from whole input");
        }
        byte[] own = input.clone(); // read in place: the parser's stream is this array, with no room after the last byte
        assertEquals(expected, dump(StreamParse.inPlace(role, o, own, eof, method == null ? java.util.List.of() : java.util.List.of(method))),
                "read in place, the result differs from whole input");
        for (HttpMessage m : whole.messages()) checkSpans(input, m);
        return whole;
    }

    static StreamParse both(Role role, ParserOptions o, String latin1, boolean eof, String method) {
        return both(role, o, b(latin1), eof, method);
    }

    /** Strict request, no eof. */
    static StreamParse req(String s) { return both(Role.REQUEST, ParserOptions.STRICT, s, false, null); }

    static StreamParse lenientReq(String s) { return both(Role.REQUEST, ParserOptions.LENIENT, s, false, null); }

    /** Strict response to GET, no eof. */
    static StreamParse resp(String s) { return both(Role.RESPONSE, ParserOptions.STRICT, s, false, null); }

    static StreamParse respEof(String s) { return both(Role.RESPONSE, ParserOptions.STRICT, s, true, null); }

    static StreamParse lenientResp(String s) { return both(Role.RESPONSE, ParserOptions.LENIENT, s, false, null); }

    /** The only message of a successful parse that consumed the whole input. */
    static HttpMessage one(StreamParse r) {
        assertNull(r.error(), () -> "unexpected error: " + r.error());
        assertEquals(1, r.messages().size(), "messages");
        return r.messages().get(0);
    }

    static ParseError error(StreamParse r) {
        assertNotNull(r.error(), () -> "expected an error, got " + r.messages().size() + " messages, waiting for " + r.waiting());
        return r.error();
    }

    /** Asserts the error's offset and rule, returns it for message checks. */
    static ParseError error(StreamParse r, int offset, String rule) {
        ParseError e = error(r);
        assertEquals(rule, e.rule(), () -> "rule of " + e);
        assertEquals(offset, e.offset(), () -> "offset of " + e);
        return e;
    }

    static boolean hasDiag(HttpMessage m, String rule, String text) {
        return m.diagnostics().stream().anyMatch(d -> d.rule().equals(rule) && d.message().contains(text));
    }

    static void assertDiag(HttpMessage m, String rule, String text) {
        assertTrue(hasDiag(m, rule, text), () -> "no diagnostic " + rule + " containing \"" + text + "\" in " + m.diagnostics());
    }

    static byte[] b(String latin1) { return latin1.getBytes(StandardCharsets.ISO_8859_1); }

    static String s(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }

    static int at(String haystack, String needle) {
        int i = haystack.indexOf(needle);
        if (i < 0) fail("\"" + needle + "\" not in the input");
        return i;
    }

    static String text(byte[] input, Span sp) { return s(Arrays.copyOfRange(input, sp.start(), sp.end())); }

    /** Every span of the message points at the bytes it claims. */
    static void checkSpans(byte[] input, HttpMessage m) {
        assertArrayEquals(Arrays.copyOfRange(input, m.span().start(), m.span().end()), m.raw(), "raw = input[span]");
        assertEquals(m.span().start(), m.head().start());
        assertEquals(m.head().end(), m.bodySpan().start());
        assertEquals(m.bodySpan().end(), m.span().end());
        if (m.startLine() instanceof StartLine.RequestLine r) {
            assertEquals(r.method(), text(input, r.methodSpan()));
            assertEquals(r.target(), text(input, r.targetSpan()));
            assertEquals(r.version(), text(input, r.versionSpan()));
        } else {
            StartLine.StatusLine st = (StartLine.StatusLine) m.startLine();
            assertEquals(st.version(), text(input, st.versionSpan()));
            assertEquals(String.valueOf(st.status()), text(input, st.statusSpan()));
            assertEquals(st.reason(), text(input, st.reasonSpan()));
        }
        boolean rewritten = m.diagnostics().stream().anyMatch(d -> d.message().contains("obs-fold") || d.message().contains("bare CR"));
        for (HeaderField f : m.headers()) checkField(input, f, rewritten);
        for (HeaderField f : m.trailers()) checkField(input, f, rewritten);
        boolean traceCut = m.diagnostics().stream().anyMatch(d -> d.rule().equals("limit:chunks"));
        if (m.framing().kind() == Framing.Kind.CHUNKED) {
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            for (Chunk c : m.chunks()) {
                assertEquals(c.size(), c.data().length(), "chunk data span length");
                joined.write(input, c.data().start(), c.data().length());
                assertTrue(text(input, c.sizeLine()).startsWith(c.sizeText()), "size line starts with the size text");
            }
            if (!traceCut) assertArrayEquals(joined.toByteArray(), m.body(), "body = joined chunk data");
        } else {
            assertArrayEquals(Arrays.copyOfRange(input, m.bodySpan().start(), m.bodySpan().end()), m.body(), "body = input[bodySpan]");
        }
    }

    private static void checkField(byte[] input, HeaderField f, boolean rewritten) {
        assertEquals(f.name(), text(input, f.nameSpan()), "name span");
        assertEquals(f.line().start(), f.nameSpan().start(), "line starts with the name");
        assertTrue(f.valueSpan().start() >= f.nameSpan().end() && f.valueSpan().end() <= f.line().end(), "value inside line");
        if (!rewritten) assertEquals(f.value(), text(input, f.valueSpan()), "value span");
    }

    /** Everything a parse produced, as text, so two runs can be compared deeply (byte arrays as hex). */
    static String dump(StreamParse r) {
        StringBuilder sb = new StringBuilder();
        sb.append("consumed=").append(r.consumed()).append(" complete=").append(r.complete())
          .append(" tunnelAt=").append(r.tunnelAt()).append("\nerror=").append(r.error())
          .append("\nwaiting=").append(r.waiting()).append('\n');
        for (HttpMessage m : r.messages()) {
            sb.append("--- message\nrole=").append(m.role()).append("\nstart=").append(m.startLine()).append('\n');
            for (HeaderField f : m.headers()) sb.append("header ").append(f).append('\n');
            sb.append("framing=").append(m.framing()).append("\nbody=").append(Hex.of(m.body())).append('\n');
            for (Chunk c : m.chunks()) sb.append("chunk ").append(c).append('\n');
            for (HeaderField f : m.trailers()) sb.append("trailer ").append(f).append('\n');
            for (Diagnostic d : m.diagnostics()) sb.append("diag ").append(d.offset()).append(' ').append(d.rule()).append(' ').append(d.message()).append('\n');
            sb.append("span=").append(m.span()).append(" head=").append(m.head()).append(" bodySpan=").append(m.bodySpan())
              .append("\nraw=").append(Hex.of(m.raw())).append("\nkeepAlive=").append(m.keepAlive())
              .append(" persistence=").append(m.persistence()).append('\n');
        }
        return sb.toString();
    }
}
