// A JDK HttpClient that sends request bodies with Expect: 100-continue (expectContinue(true)), for
// src/interop/expect.sh. Run in single-file mode: java src/interop/ExpectClient.java METHOD URL SIZE|SIZEc|=TEXT [CONTENT-TYPE]...
// (groups of three or four arguments, separated by "--"). Prints one line per request:
//   METHOD URL -> STATUS in MS ms (BODY-BYTES bytes back)
// or "METHOD URL -> FAILED: why". Each request has a 10 s deadline: a server that never answers
// the expectation shows as FAILED, never as a hang.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class ExpectClient {
    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<List<String>> groups = new ArrayList<>();
        List<String> g = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--")) { groups.add(g); g = new ArrayList<>(); } else g.add(a);
        }
        if (!g.isEmpty()) groups.add(g);
        for (List<String> r : groups) {
            String method = r.get(0), url = r.get(1);
            byte[] body; // SIZE bytes of 'x' (SIZEc: chunked, no length given), or "=TEXT" for that text
            boolean chunked = r.get(2).endsWith("c");
            if (r.get(2).startsWith("=")) body = r.get(2).substring(1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            else {
                body = new byte[Integer.parseInt(r.get(2).replaceFirst("c$", ""))];
                Arrays.fill(body, (byte) 'x');
            }
            HttpRequest.BodyPublisher publisher = chunked
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                    : HttpRequest.BodyPublishers.ofByteArray(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).expectContinue(true).timeout(Duration.ofSeconds(10))
                    .method(method, publisher);
            if (r.size() > 3) b.header("Content-Type", r.get(3));
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> res = client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray()).get(12, java.util.concurrent.TimeUnit.SECONDS);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println(method + " " + url + " -> " + res.statusCode() + " in " + ms + " ms (" + res.body().length + " bytes back)");
            } catch (Exception e) {
                System.out.println(method + " " + url + " -> FAILED: " + e);
            }
        }
        System.exit(0);
    }
}
