package wirepad.net.resolver;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wirepad.dns.Name;
import wirepad.dns.RRType;
import wirepad.dns.Rcode;
import wirepad.server.authority.DelegationLab;

/** Iterative resolution through the delegation lab on 127.0.0.2/.3/.4 (started here, loopback only). */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TracerTest {
    static Tracer.Trace trace(DelegationLab lab, String name, RRType type) throws Exception {
        return new Tracer(List.of(InetAddress.getByName("127.0.0.2")), lab.port(), 1000, new Random(1)).trace(Name.parse(name), type.code());
    }

    @Test void followsReferralsWithGlue() throws Exception {
        try (DelegationLab lab = new DelegationLab(0, null)) {
            Tracer.Trace t = trace(lab, "www.example.lab", RRType.A);
            assertNotNull(t.answer(), String.join("\n", t.lines()));
            assertEquals("192.0.2.7", t.answer().answers().get(0).data().presentation());
            List<String> steps = t.lines().stream().filter(l -> l.startsWith("step ")).toList();
            assertEquals(3, steps.size(), String.join("\n", t.lines()));
            assertTrue(steps.get(0).contains("127.0.0.2") && steps.get(1).contains("127.0.0.3") && steps.get(2).contains("127.0.0.4"));
            assertTrue(t.lines().contains("  referral: . delegates lab. to 1 name server (AA clear, NS in authority)"), String.join("\n", t.lines()));
            assertTrue(t.lines().stream().anyMatch(l -> l.contains("glue ns.example.lab.") && l.contains("in bailiwick of lab.: used")));
        }
    }

    @Test void negativeAnswerEndsTheTrace() throws Exception {
        try (DelegationLab lab = new DelegationLab(0, null)) {
            Tracer.Trace t = trace(lab, "nope.example.lab", RRType.A);
            assertEquals(Rcode.NXDOMAIN.code(), t.answer().rcode());
            assertEquals("  done: the name does not exist", t.lines().get(t.lines().size() - 1));
            Tracer.Trace cname = trace(lab, "alias.example.lab", RRType.AAAA);
            assertEquals(2, cname.answer().answers().size());
        }
    }
}
