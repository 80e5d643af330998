package wirepad.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's built-in HTTP server answering like {@code wirepad serve echo} ("You have requested: PATH",
 * text/plain, Content-Length, keep-alive), for the side-by-side server bench in src/bench/servers.sh.
 * {@code java wirepad.bench.JdkEchoServer PORT}: loopback only, runs until killed.
 */
public final class JdkEchoServer {
    private JdkEchoServer() {}

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        server.setExecutor(pool);
        server.createContext("/", JdkEchoServer::answer);
        server.start();
        System.out.println("jdk echo listening on 127.0.0.1:" + port);
    }

    private static void answer(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream()); // a request body is read, as serve echo does
        }
        byte[] body = ("You have requested: " + ex.getRequestURI().getRawPath() + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
