package wirepad.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import wirepad.http.MessageParser;
import wirepad.http.ParseResult;
import wirepad.http.ParserOptions;
import wirepad.http.Role;

/** Whole-buffer parse of realistic message heads: one operation = one message parsed. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HeadParseBench {
    public static final byte[] BROWSER_GET = bytes("""
            GET /wiki/Hypertext_Transfer_Protocol?action=view&section=3 HTTP/1.1\r
            Host: en.example.org\r
            User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r
            Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8\r
            Accept-Language: en-US,en;q=0.5\r
            Accept-Encoding: gzip, deflate, br, zstd\r
            Referer: https://en.example.org/wiki/Main_Page\r
            Connection: keep-alive\r
            Cookie: session=7f1c2d3e4b5a69788796a5b4c3d2e1f0; prefs=dark; lang=en; consent=1\r
            Upgrade-Insecure-Requests: 1\r
            Sec-Fetch-Dest: document\r
            Sec-Fetch-Mode: navigate\r
            Sec-Fetch-Site: same-origin\r
            Sec-Fetch-User: ?1\r
            Priority: u=0, i\r
            \r
            """);
    public static final byte[] API_RESPONSE = bytes("""
            HTTP/1.1 200 OK\r
            Date: Wed, 22 May 2019 04:06:21 GMT\r
            Content-Type: application/json; charset=utf-8\r
            Content-Length: 0\r
            Cache-Control: no-store, max-age=0\r
            Vary: Accept-Encoding, Authorization\r
            X-Request-Id: 5b1f0e6a-9c2d-4f3e-8a7b-6c5d4e3f2a1b\r
            X-RateLimit-Limit: 5000\r
            X-RateLimit-Remaining: 4987\r
            X-RateLimit-Reset: 1558498000\r
            Strict-Transport-Security: max-age=63072000; includeSubDomains; preload\r
            Access-Control-Allow-Origin: *\r
            ETag: W/"5f3c-1a2b3c4d5e6f"\r
            Server: example/1.2.3\r
            \r
            """);
    public static final byte[] CHUNKED_RESPONSE = bytes("""
            HTTP/1.1 200 OK\r
            Date: Wed, 22 May 2019 04:06:21 GMT\r
            Content-Type: text/html; charset=utf-8\r
            Transfer-Encoding: chunked\r
            Cache-Control: private\r
            Server: example/1.2.3\r
            \r
            1a\r
            <!doctype html><title>hi\r
            \r
            10;name=value\r
            </title><p>Bob's\r
            5\r
             page\r
            0\r
            Expires: Thu, 23 May 2019 04:06:21 GMT\r
            \r
            """);

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    static Object parse(Role role, byte[] b) { return parse(role, b, true); }

    /** In place, as Netty reads its Unpooled.wrappedBuffer; or copied in, as the server's read loop feeds its parser. */
    static Object parse(Role role, byte[] b, boolean inPlace) {
        MessageParser p = new MessageParser(role, ParserOptions.STRICT);
        if (inPlace) p.feedInPlace(b);
        else p.feed(b, 0, b.length);
        ParseResult r = p.next();
        if (!(r instanceof ParseResult.Done d)) throw new IllegalStateException("bench input did not parse: " + r);
        return d.message();
    }

    @Benchmark public Object browserGet() { return parse(Role.REQUEST, BROWSER_GET); }

    @Benchmark public Object apiResponse() { return parse(Role.RESPONSE, API_RESPONSE); }

    /** The same heads fed as {@code serve} feeds what it reads: copied into the parser's own buffer. */
    @Benchmark public Object browserGetCopied() { return parse(Role.REQUEST, BROWSER_GET, false); }

    @Benchmark public Object apiResponseCopied() { return parse(Role.RESPONSE, API_RESPONSE, false); }

    @Benchmark public Object chunkedResponse() { return parse(Role.RESPONSE, CHUNKED_RESPONSE); }
}
