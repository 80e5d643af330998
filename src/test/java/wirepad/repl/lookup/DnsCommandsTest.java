package wirepad.repl.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import wirepad.repl.Completion;
import wirepad.repl.CoreCommands;
import wirepad.repl.ServerCommands;
import wirepad.repl.Servers;

/** The DNS REPL commands, run through the command table against a server started with 'serve dns'. */
class DnsCommandsTest extends wirepad.repl.ReplTestBase {
    private final AtomicLong now = new AtomicLong(1_000_000);
    @Override protected List<wirepad.repl.CommandSet> sets() { return List.of(new CoreCommands(), new DnsCommands(), new ServerCommands()); }

    @Override protected Path workDir() { return Path.of("examples"); }

    @Override protected void ready() {
        session.state(DnsState.class, () -> new DnsState(now::get));
        run("set timeout 2s");
        run("set width 160"); // wide enough that no decoded line wraps
    }

    private String ok(String line) {
        int before = repl.failures();
        String out = run(line);
        assertEquals(before, repl.failures(), line + " failed:\n" + out);
        return out;
    }

    @Test void decodeShowsFieldsBesideTheDecodeOffline() {
        String out = ok("decode 1234 0100 0001 0000 0000 0000 03777777 076578616d706c65 036c6162 00 0001 0001");
        assertTrue(out.contains("0000 12 34        id 4660"), out);
        assertTrue(out.contains("qd[0].name.label len=3 \"www\""), out);
        assertTrue(out.contains("│ ;; ->>HEADER<<- opcode: QUERY, status: NOERROR"), out);
        assertTrue(out.contains(";www.example.lab. IN A"), out);
    }

    @Test void narrowWidthStacksTheColumns() {
        ok("set width 60");
        String out = ok("decode 1234 0100 0001 0000 0000 0000 03777777 00 0001 0001");
        assertFalse(out.contains("│"), out);
        assertTrue(out.indexOf("── decoded ──") > out.indexOf("qd[0].class"), out);
    }

    @Test void aBadPointerIsShownWithItsOffsetAndTheBytesLeft() {
        String out = ok("decode 1000 0000 0001 0000 0000 0000 c00c 0001 0001");
        assertTrue(out.contains("error: the bytes break a DNS rule at offset 12"), out);
        assertTrue(out.contains("must point before 0x000c"), out);
        assertTrue(out.contains("000c c0 0c 00 01 00 01  (not decoded)"), out);
    }

    @Test void queryThenEditCountsBreaksTheDecodeAndQsendGetsFormerr() {
        ok("serve dns example.lab.zone");
        String q = ok("query www.example.lab A +noedns +id=4096");
        assertTrue(q.contains("query: www.example.lab. IN A, id 4096, flags: rd, no EDNS"), q);
        assertTrue(q.contains("── query 33 bytes ──"), q);
        String e = ok("qedit qdcount 2");
        assertTrue(e.startsWith("qdcount at offset 4: 00 01 -> 00 02 (1 -> 2)\n"), e);
        assertTrue(e.contains("question[1].name"), e);
        String r = ok("qsend");
        assertTrue(r.contains("status: FORMERR, id: 4096"), r);
        assertTrue(r.contains("FORMERR (rcode 1): the server could not parse the query"), r);
        String log = ok("log dns");
        assertTrue(log.startsWith("dns: udp /127.0.0.1:"), log);
        assertTrue(log.contains("malformed (offset 0x0021 (33), question[1].name") && log.contains("-> FORMERR, 12 bytes"), log);
        assertEquals("no new events ('log all' shows the older ones)\n", ok("log dns"));
    }

    @Test void flagEditsAndPointerLoop() {
        ok("query www.example.lab +id=1");
        assertTrue(ok("qedit rd 0").startsWith("RD 1 -> 0: flags at offset 2: 01 00 -> 00 00 (256 -> 0)"));
        assertTrue(ok("qedit opcode 5").contains("OPCODE 0 -> 5"));
        String p = ok("qedit pointer 12");
        assertTrue(p.startsWith("pointer at offset 12 -> 12, a pointer to itself (a loop)"), p);
        String reset = ok("qedit reset");
        assertTrue(reset.contains("status: NOERROR, id: 1") && reset.contains("flags: rd;"), reset);
        assertTrue(run("qedit nonsense 1").startsWith("error: cannot edit 'nonsense'"));
    }

    @Test void digCachesAndLookupCountsTheTtlDownWithTheClock() {
        ok("serve dns example.lab.zone");
        String d = ok("dig www.example.lab @$dns +id=7");
        assertTrue(d.contains("www.example.lab. 300 IN A 192.0.2.7"), d);
        assertTrue(d.contains("cached: www.example.lab. A for 300s"), d);
        assertTrue(d.contains("compression: 1 pointer saved 15 bytes"), d);
        now.addAndGet(100_000);
        String hit = ok("lookup www.example.lab");
        assertTrue(hit.contains(";; cache hit: www.example.lab. A, 200s left"), hit);
        assertTrue(hit.contains("www.example.lab. 200 IN A 192.0.2.7"), hit);
        assertTrue(ok("cache").contains("www.example.lab. A    200s of 300s 192.0.2.7"));
        now.addAndGet(250_000);
        String miss = ok("lookup www.example.lab");
        assertTrue(miss.contains(";; cache miss: www.example.lab. A, asking 127.0.0.1:"), miss);
        assertTrue(miss.contains("www.example.lab. 300 IN A 192.0.2.7"), miss);
        assertTrue(miss.contains(";; cache: 1 hit,"), miss);
        assertEquals("cache cleared\n", ok("cache clear"));
        assertTrue(ok("cache").startsWith("the cache is empty"));
    }

    @Test void lookupCountsOneHitOrMissPerNameAndShowsIgnoredRepliesWhenItFails() {
        ok("serve dns example.lab.zone");
        assertTrue(ok("lookup alias.example.lab @$dns").contains(";; cache: 0 hits, 1 miss, "));
        String again = ok("lookup alias.example.lab @$dns");
        assertTrue(again.contains(";; cache hit: alias.example.lab. CNAME") && again.contains(";; cache hit: www.example.lab. A"), again);
        assertTrue(ok("cache").endsWith("lookups: 2 hits, 1 miss\n"), "one hit or miss per name looked up");
        ok("serve dns example.lab.zone --break wrong-id");
        ok("set timeout 300ms");
        String failed = run("lookup mail.example.lab @$dns2");
        assertTrue(failed.contains(";; attempt 1: UDP ") && failed.contains(";; attempt 2: UDP "), failed);
        assertTrue(failed.matches("(?s).*;;   ignored \\d+ bytes from [^ ]+ after [0-9.]+ ms: id 0x[0-9a-f]{4}, expected 0x[0-9a-f]{4}\n.*"), failed);
        assertTrue(failed.contains("error: no reply from 127.0.0.1:"), failed);
    }

    @Test void decodeNamesWhatIsNotHex() {
        String odd = run("decode 1234 123");
        assertTrue(odd.startsWith("error: not hex: column 6: odd number of hex digits in \"123\" (3)"), odd);
        assertTrue(odd.contains("\n  1234 123\n       ^"), odd);
        assertTrue(run("decode 12 zz").startsWith("error: not hex: column 4: not a hex digit: 'z'"));
    }

    @Test void truncatedUdpIsExplainedAndRetriedOverTcp() {
        ok("serve dns example.lab.zone");
        String out = ok("dig big.example.lab TXT +noedns +id=2");
        assertTrue(out.contains(";; The UDP reply has flags qr aa tc rd and 0 answers"), out);
        assertTrue(out.contains("may have at most 512 bytes"), out);
        assertTrue(out.contains("length prefix 00 21 (33)"), out);
        assertTrue(out.contains("── reply 803 bytes over TCP ──"), out);
        assertTrue(out.contains("ANSWER: 3"), out);
        String kept = ok("dig big.example.lab TXT +bufsize=512 +ignore +id=3");
        assertTrue(kept.contains("flags: qr aa tc rd;") && !kept.contains("TCP"), kept);
        assertTrue(ok("cache").contains("big.example.lab. TXT"), "the TCP answer is cached, the truncated one is not");
    }

    @Test void serversStopAndVariables() {
        String kinds = ok("serve");
        assertTrue(kinds.contains("dns [PORT] [ZONEFILE...]") && kinds.contains("dns-lab [PORT]"), kinds);
        assertTrue(run("serve gopher").startsWith("error: no server kind 'gopher' (known: dns, dns-lab"));
        ok("serve dns");
        ok("serve dns example.lab.zone");
        String address = session.get("dns2");
        assertNotNull(address);
        assertTrue(ok("servers").contains("dns2     dns      " + address), "second server gets $dns2");
        assertEquals("stopped dns2 (dns)\n", ok("stop $dns2"));
        assertNull(session.get("dns2"));
        assertNull(session.state(Servers.class, Servers::new).get("dns2"));
        assertTrue(run("stop dns2").startsWith("error: no server 'dns2'"));
        String builtIn = ok("dig alias.example.lab @$dns +id=9");
        assertTrue(builtIn.contains("alias.example.lab. 300 IN CNAME www.example.lab."), builtIn);
    }

    @Test void traceWalksTheLabFromTheRoot() {
        String started = run("serve dns-lab");
        if (started.startsWith("error:")) return; // 127.0.0.2-4 not bindable here (macOS without aliases)
        String t = ok("trace www.example.lab");
        assertTrue(t.contains("step 1: asked 127.0.0.2 (root hint, zone .)"), t);
        assertTrue(t.contains("referral: lab. delegates example.lab. to 1 name server"), t);
        assertTrue(t.contains("glue ns.example.lab. 3600 IN A 127.0.0.4 (in bailiwick of lab.: used)"), t);
        assertTrue(t.endsWith("www.example.lab. 300 IN A 192.0.2.7\n"), t);
        assertTrue(ok("log dnslab").split("\n").length >= 3);
    }

    @Test void usageErrorsAndCompletion() {
        assertTrue(run("dig").startsWith("error: usage: dig NAME"));
        assertTrue(run("qsend").startsWith("error: nothing to send"));
        assertTrue(run("dig www.example.lab +frob").startsWith("error: unknown option '+frob'"));
        assertTrue(run("decode zz").startsWith("error: not hex"));
        Completion c = new Completion(table, session);
        assertTrue(c.candidates("dig www.example.lab AA").contains("AAAA"));
        assertTrue(c.candidates("dig www.example.lab +no").containsAll(List.of("+nord", "+noedns")));
        assertEquals(List.of("qdcount"), c.candidates("qedit qd"));
    }
}
