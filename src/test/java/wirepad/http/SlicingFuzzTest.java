package wirepad.http;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whole == sliced on many mutated messages (seeded, so failures reproduce): bytes flipped,
 * inserted and removed around the places parsers disagree on. Parse.both does the asserting.
 */
class SlicingFuzzTest {
    private static final String[] SEEDS = {
        "GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n\r\n",
        "POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\nHost: h\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3;e=1\r\nabc\r\n0\r\nT: 1\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi",
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 204 No Content\r\nConnection: keep-alive\r\n\r\n",
        // long values: the one-pass field scan reads them 8 bytes at a time, the byte-by-byte feed does not
        "GET /a/long/enough/target HTTP/1.1\r\nHost: example.org\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64)\t rv:128\r\n"
            + "Cookie: session=7f1c2d3e4b5a69788796a5b4c3d2e1f0; prefs=dark  \r\nContent-Length: 0\r\n\r\n",
    };
    private static final byte[] INTERESTING = {'\r', '\n', ' ', '\t', ':', 0, 0x0b, (byte) 0xa0, '0', 'f', ';', ',', '_', '+', 'x'};

    private static byte[] mutate(Random rnd, byte[] in) {
        byte[] b = in;
        for (int n = 1 + rnd.nextInt(3); n > 0; n--) {
            int at = rnd.nextInt(b.length);
            byte v = INTERESTING[rnd.nextInt(INTERESTING.length)];
            switch (rnd.nextInt(3)) {
                case 0 -> { b = b.clone(); b[at] = v; }
                case 1 -> {
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = v;
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
                default -> {
                    if (b.length < 2) continue;
                    byte[] c = new byte[b.length - 1];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                    b = c;
                }
            }
        }
        return b;
    }

    @Test
    void mutatedMessagesParseTheSameWholeAndSliced() {
        Random rnd = new Random(9112);
        Limits small = Limits.DEFAULT.withMaxHead(60).withMaxFieldLine(24).withMaxStartLine(24).withMaxFields(3);
        ParserOptions[] profiles = {ParserOptions.STRICT, ParserOptions.LENIENT, ParserOptions.STRICT.withLimits(small),
            ParserOptions.LENIENT.named("lax", ParserOptions.ContentLengthPolicy.LAST_WINS, false, true)};
        for (int k = 0; k < 1500; k++) {
            String seed = SEEDS[k % SEEDS.length];
            Role role = seed.startsWith("HTTP/") ? Role.RESPONSE : Role.REQUEST;
            byte[] in = mutate(rnd, Parse.b(seed));
            ParserOptions o = profiles[rnd.nextInt(profiles.length)];
            Parse.both(role, o, in, rnd.nextBoolean(), null);
        }
    }

    /** Long runs (method, target, reason, names, values, extensions): where a line fed in pieces is not re-scanned. */
    private static final String[] LONG = {
        "PROPFINDXYZ /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbbbbbb?q=cccccccccccccc HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX-Long-Name-Of-A-Field-Here: vvvvvvvvvvv vvvvvvvvvvvvvvvvvvv\tvvvvvvvvvvvvvv\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n  folded continuation of the value here\r\n\r\n",
        "HTTP/1.1 200 A Rather Long Reason Phrase For A Status Line\r\nContent-Length: 0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3;name=valuevaluevalue;other=\"quoted string\"\r\nabc\r\n0\r\nTrailer-Name: trailer value value\r\n\r\n",
    };

    @Test
    void mutatedLongLinesParseTheSameWholeAndSliced() {
        Random rnd = new Random(3986);
        ParserOptions[] profiles = {ParserOptions.STRICT, ParserOptions.LENIENT,
            ParserOptions.LENIENT.named("lax", ParserOptions.ContentLengthPolicy.LAST_WINS, false, true)};
        for (int k = 0; k < 1500; k++) {
            String seed = LONG[k % LONG.length];
            Role role = seed.startsWith("HTTP/") ? Role.RESPONSE : Role.REQUEST;
            Parse.both(role, profiles[rnd.nextInt(profiles.length)], mutate(rnd, Parse.b(seed)), rnd.nextBoolean(), null);
        }
    }
}
