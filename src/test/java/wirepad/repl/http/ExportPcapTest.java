package wirepad.repl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirepad.repl.CommandTable;
import wirepad.repl.CoreCommands;
import wirepad.repl.Repl;
import wirepad.repl.ServerCommands;
import wirepad.repl.Session;
import wirepad.repl.lookup.DnsCommands;
import wirepad.transcript.ScriptConsole;

/** export pcap holds the session's HTTP connections and its DNS queries (UDP) in one capture. */
class ExportPcapTest {
    @Test void httpAndDnsInOneCapture(@TempDir Path dir) throws Exception {
        CommandTable t = new CommandTable(List.of(new CoreCommands(), new HttpCommands(), new DnsCommands(), new ServerCommands()));
        Session s = t.newSession(Path.of("").toAbsolutePath());
        ScriptConsole c = new ScriptConsole(100);
        Repl repl = new Repl(t, s, c);
        try {
            for (String cmd : List.of("serve echo", "new http://$echo/", "send", "serve dns transcripts/example.lab.zone",
                    "dig www.example.lab @$dns +id=7", "export pcap " + dir.resolve("x.pcap"))) {
                repl.execute(cmd);
            }
            String out = c.take();
            assertTrue(out.contains("wrote " + dir.resolve("x.pcap") + ": 1 HTTP connection and 1 DNS exchange"), out);
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("x.pcap"))).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(0xa1b2c3d4, b.getInt(0));
            int tcp = 0, udp = 0;
            for (int at = 24; at < b.limit(); ) {
                int len = b.getInt(at + 8);
                int frame = at + 16;
                if (b.get(frame + 23) == 6) tcp++;   // Ethernet 14 + IPv4 protocol byte at 9
                if (b.get(frame + 23) == 17) udp++;
                at = frame + len;
            }
            assertEquals(2, udp, "the query and its reply");
            assertTrue(tcp >= 8, "handshake, request, response, close: " + tcp);
        } finally {
            s.close();
        }
    }
}
