package wirepad.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSinkTest {
    @Test void deliversWholeLinesOnceTheTargetIsSet() {
        LineSink sink = new LineSink();
        PrintStream ps = sink.printStream();
        ps.println("before the target: dropped");
        List<String> got = new ArrayList<>();
        sink.target(got::add);
        ps.print("udp 1 ");
        ps.print("-> NOERROR\r\n");
        ps.println("café");
        ps.print("no newline yet");
        assertEquals(List.of("udp 1 -> NOERROR", "café"), got);
    }

    @Test void serverEventsReachTheLogCommand() {
        Servers servers = new Servers();
        Session s = Session.basic();
        Servers.Running r = servers.add(s, "x", "test", "127.0.0.1:1", () -> { });
        LineSink sink = new LineSink();
        sink.target(r::log);
        sink.printStream().println("one");
        assertEquals(List.of("one"), r.unseen());
        assertEquals(List.of(), r.unseen());
        assertEquals("127.0.0.1:1", s.get("x"));
    }
}
