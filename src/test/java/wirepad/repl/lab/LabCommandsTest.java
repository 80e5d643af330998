package wirepad.repl.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import wirepad.net.Direction;
import wirepad.net.Ledger;
import wirepad.repl.CoreCommands;
import wirepad.repl.ServerCommands;
import wirepad.repl.Servers;
import wirepad.repl.http.HttpCommands;
import wirepad.server.HttpServer;

/** lint, env and received on what the session sent and what its servers received and answered. */
class LabCommandsTest extends wirepad.repl.ReplTestBase {
    @Override protected List<wirepad.repl.CommandSet> sets() { return List.of(new CoreCommands(), new HttpCommands(), new ServerCommands(), new LabCommands()); }

    HttpServer server(String name) { return (HttpServer) session.state(Servers.class, Servers::new).get(name).handle(); }

    /** The server records what it wrote just after writing it, and sees the client's close a moment later: wait (bounded). */
    static void await(String what, BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 500 && !done.getAsBoolean(); i++) Thread.sleep(10);
        assertTrue(done.getAsBoolean(), "timed out waiting until " + what);
    }

    void settled(String name, int connections) throws InterruptedException {
        await(name + " has recorded " + connections + " closed connection(s)", () -> {
            List<Ledger> ls = server(name).ledgers();
            return ls.size() == connections && ls.stream().allMatch(l -> l.closedBy() != null && l.total(Direction.SENT) > 0);
        });
    }

    @Test void aResponseToHeadHasNoBodyForLintAndEnv() throws Exception {
        run("serve lab");
        run("raw $lab HEAD /get HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n");
        String lint = run("lint #1 response");
        assertTrue(lint.contains("answering HEAD"), lint);
        assertFalse(lint.contains("waiting"), lint);
        assertTrue(lint.contains("agree: every profile ends the first message"), lint);
        String env = run("env #1 response");
        assertTrue(env.startsWith("env of the response of #1, answering HEAD"), env);
        assertTrue(env.contains("  200,") && env.contains("[\"\"]"), env);
        settled("lab", 1);
        String served = run("env $lab response");
        assertTrue(served.contains("  200,") && served.contains("[\"\"]"), served);
    }

    @Test void aCloseDelimitedResponseEndsWhereThePeerClosed() throws Exception {
        run("serve canned --close HTTP/1.1 200 OK\\r\\n\\r\\nuntil close");
        run("raw $canned GET / HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n");
        String env = run("env #1 response");
        assertTrue(env.contains("[\"until close\"]"), env);
        String lint = run("lint #1 response");
        assertTrue(lint.contains("then the connection closed") && lint.contains("close "), lint);
        settled("canned", 1);
        assertTrue(run("env $canned 1.1 response").contains("[\"until close\"]"));
    }

    @Test void envOfAServersResponseIsTheTripleNotTypedBytes() throws Exception {
        run("serve lab");
        run("raw $lab GET /status/201 HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n");
        settled("lab", 1);
        String out = run("env $lab response");
        assertTrue(out.startsWith("env of what lab answered on connection 1 (the newest)"), out);
        assertTrue(out.contains("  201,"), out);
        assertFalse(out.contains("error"), out);
        assertTrue(run("env $lab sideways").contains("error: after $lab: request or response, not 'sideways'"));
    }

    @Test void everyRequestOfAConnectionInEveryView() throws Exception {
        run("serve lab");
        run("raw $lab GET /get HTTP/1.1\\r\\nHost: a\\r\\n\\r\\nGET /status/201 HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n");
        settled("lab", 1);
        String list = run("received lab 1");
        assertTrue(list.contains("  1.1 GET /get HTTP/1.1 (30 bytes) -> 200"), list);
        assertTrue(list.contains("  1.2 GET /status/201 HTTP/1.1 (37 bytes) -> 201"), list);
        String curl = run("received lab 1.2 curl");
        assertTrue(curl.contains("> GET /status/201 HTTP/1.1") && curl.contains("< HTTP/1.1 201 Created"), curl);
        assertFalse(curl.contains("GET /get"), curl);
        String side = run("received lab 1.2 side");
        assertTrue(side.contains("── raw response (") && side.contains("status    HTTP/1.1 201 Created"), side);
        assertFalse(side.contains("200 OK"), side);
        String hex = run("received lab 1.2 hex");
        assertTrue(hex.contains("request-line \"GET /status/201 HTTP/1.1\"") && hex.contains("status-line \"HTTP/1.1 201 Created\""), hex);
        String flow = run("received lab 1.1 flow");
        assertTrue(flow.contains("GET /get HTTP/1.1") && !flow.contains("/status/201"), flow);
        String whole = run("received lab 1 curl");
        assertTrue(whole.contains("> GET /get HTTP/1.1") && whole.contains("> GET /status/201 HTTP/1.1"), whole);
        String env = run("env $lab 1.2");
        assertTrue(env.contains("\"PATH_INFO\"       => \"/status/201\""), env);
        String lint = run("lint $lab 1.2 response");
        assertTrue(lint.startsWith("lint of what lab answered on connection 1 to request 2"), lint);
        assertTrue(run("received lab 1.3 curl").contains("error: lab's connection 1 has requests 1..2 (see: received lab 1)"));
        assertTrue(run("received lab 2").contains("error: lab has connection 1 only"));
        assertTrue(run("received lab 1 sideways").contains("error: received lab: unexpected 'sideways'"));
    }

    @Test void serveLabTakesLenientAndRootInAnyOrder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String started = run("serve lab 0 --lenient");
        assertTrue(started.contains("reading requests leniently"), started);
        String raw = run("raw $lab GET /raw HTTP/1.1\\nHost: a\\n\\n");
        assertTrue(raw.contains("200 OK"), "a bare-LF request reaches /raw: " + raw);
        Path file = java.nio.file.Files.writeString(dir.resolve("f.txt"), "x");
        assertTrue(run("serve lab --root " + file).contains("error: ROOT " + file + " is a file, not a directory"));
        assertTrue(run("serve lab 0 " + file).contains("is a file, not a directory"));
        assertTrue(run("serve lab --lenient --root " + dir).contains("lab server 'lab2' listening on"));
        assertTrue(run("serve lab --bogus").contains("error: unknown option --bogus (usage: serve lab [PORT] [ROOT | --root DIR] [--lenient])"));
        assertTrue(run("serve lab 70000").contains("error: PORT is a number from 0 to 65535"));
    }
}
