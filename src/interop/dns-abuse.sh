#!/usr/bin/env bash
# DNS abuse: the attacks of issue #8 against 'wirepad serve dns', on loopback only. After each one
# the server must still answer dig over UDP and TCP:
#   - 10,789 questions made of compression pointers into the middle of a label (64,808 bytes):
#     a FORMERR that echoed them would be over half a megabyte; it must be a 12-byte header;
#   - a plain A query for 4,200 A records at one name (a 67,200-byte answer): TC=1, over UDP and TCP;
#   - a 1,825-byte query that is 67,352 bytes uncompressed, with --hex on (the annotated view), and
#     'wirepad dns decode --annotate' of the same bytes: no stack trace;
#   - UDP without EDNS never gets more than 512 bytes (dig +noedns +ignore: TC=1);
#   - TCP: 2,000 idle connections (the cap is 64): dig +tcp is still answered while they are
#     held, because the quietest connection is closed to make room; then a client that pipelines
#     queries and never reads is closed by the write timeout; TCP answers again after.
#
#   src/interop/dns-abuse.sh       (src/interop/run.sh runs it; 'make interop')
#
# Needs dig (Debian: bind9-dnsutils) and java (the JDK wirepad runs on, for the attack program).
# A missing dig makes its checks SKIP, unless CI=true: then it is a failure. Bounded: every wait
# has a limit; about 30 s in all. The last line is always "dns-abuse interop: N passed, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 2

. src/interop/lib.sh dns-abuse

have_dig=yes
have dig bind9-dnsutils "the dig checks" || have_dig=

# A zone with 4,200 A records at many.big. (16 bytes each in a reply: 67,200 bytes).
{
    printf '$ORIGIN big.\n$TTL 60\n@ SOA ns h 1 2 3 4 5\n  NS ns\nns A 127.0.0.1\n'
    for i in $(seq 0 4199); do echo "many A 10.0.$((i / 256)).$((i % 256))"; done
} >"$tmp/big.zone"

if ! serve "$tmp/server.log" dns --zone examples/example.lab.zone --zone "$tmp/big.zone" --hex --port 0; then
    bad "wirepad serve dns starts" "no 'listening' line within 30 s:" "$(tail -5 "$tmp/server.log")"
    finish
fi
echo "wirepad serve dns --hex on 127.0.0.1 port $port"

# still_answers WHAT: dig gets www.example.lab A over UDP and over TCP.
still_answers() {
    [ -n "$have_dig" ] || return
    local t got
    for t in +notcp +tcp; do
        got=$(dig @127.0.0.1 -p "$port" +time=3 +tries=2 +short $t www.example.lab A 2>&1)
        if [ "$got" = 192.0.2.7 ]; then ok "after $1: dig $t still answered"
        else bad "after $1: dig $t should still be answered" "$got" "server: $(tail -2 "$tmp/server.log" | cut -c1-200)"; fi
    done
}

# The attack program: plain Java, run from source by the JDK; one result line per attack.
cat >"$tmp/Attack.java" <<'EOF'
import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
public class Attack {
    static InetSocketAddress server;
    public static void main(String[] a) throws Exception {
        server = new InetSocketAddress("127.0.0.1", Integer.parseInt(a[0]));
        switch (a[1]) {
            case "many-questions" -> udp("many-questions", manyQuestions());
            case "huge-uncompressed" -> { Files.write(Path.of(a[2]), hugeUncompressed()); udp("huge-uncompressed", hugeUncompressed()); }
            case "big-a-udp" -> udp("big-a-udp", query("many.big", 1));
            case "big-a-tcp" -> tcp("big-a-tcp", query("many.big", 1));
            case "hold" -> hold(Integer.parseInt(a[2]), Integer.parseInt(a[3]), Path.of(a[4]));
            case "no-read" -> noRead();
            default -> throw new IllegalArgumentException(a[1]);
        }
    }
    static void udp(String what, byte[] q) throws IOException {
        try (DatagramSocket s = new DatagramSocket()) {
            s.setSoTimeout(5000);
            s.send(new DatagramPacket(q, q.length, server));
            DatagramPacket p = new DatagramPacket(new byte[65535], 65535);
            try { s.receive(p); } catch (SocketTimeoutException e) { System.out.println(what + " sent=" + q.length + " reply=none"); return; }
            System.out.println(what + " sent=" + q.length + " " + describe(Arrays.copyOf(p.getData(), p.getLength())));
        }
    }
    static void tcp(String what, byte[] q) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(server, 5000);
            s.setSoTimeout(5000);
            s.getOutputStream().write(frame(q));
            DataInputStream in = new DataInputStream(s.getInputStream());
            byte[] r = new byte[in.readUnsignedShort()];
            in.readFully(r);
            System.out.println(what + " sent=" + q.length + " " + describe(r));
        }
    }
    /** Opens n connections and holds them (printing "held=N" once open) until the file stop exists, secs at most; then says how many the server closed. */
    static void hold(int n, int secs, Path stop) throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Socket s = new Socket();
                try { s.connect(server, 5000); } catch (IOException e) { System.out.println("connect " + i + ": " + e.getMessage()); s.close(); break; }
                held.add(s);
            }
            System.out.println("held=" + held.size());
            System.out.flush();
            for (long t0 = System.nanoTime(); !Files.exists(stop) && System.nanoTime() - t0 < secs * 1_000_000_000L; ) Thread.sleep(50);
            Thread.sleep(500); // the server closes the last ones it pushed out
            int closed = 0;
            for (Socket s : held) {
                s.setSoTimeout(1);
                try { if (s.getInputStream().read() < 0) closed++; }
                catch (SocketTimeoutException e) { /* still open */ }
                catch (IOException e) { closed++; }
            }
            System.out.println("closed_by_server=" + closed);
        } finally { for (Socket s : held) s.close(); }
    }
    /** Pipelines queries for a 48 KB answer and never reads; prints when the server closes. */
    static void noRead() throws Exception {
        try (Socket s = new Socket()) {
            s.setReceiveBufferSize(4096);
            s.connect(server, 5000);
            byte[] f = frame(query("big.example.lab", 16));
            OutputStream out = s.getOutputStream();
            long t0 = System.nanoTime();
            String how = "still open after 30 s";
            try {
                for (int i = 0; i < 200_000 && System.nanoTime() - t0 < 30_000_000_000L; i++) out.write(f);
            } catch (IOException e) { how = "closed by the server"; }
            System.out.println("no-read " + how + " after_ms=" + (System.nanoTime() - t0) / 1_000_000);
        }
    }
    static String describe(byte[] r) {
        if (r.length < 12) return "reply=" + r.length + "bytes";
        int flags = (r[2] & 0xff) << 8 | (r[3] & 0xff), qd = (r[4] & 0xff) << 8 | (r[5] & 0xff);
        String[] rc = {"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED"};
        return "reply=" + r.length + " rcode=" + ((flags & 15) < rc.length ? rc[flags & 15] : "" + (flags & 15))
                + " tc=" + ((flags >> 9) & 1) + " qdcount=" + qd;
    }
    static byte[] frame(byte[] q) { byte[] f = new byte[q.length + 2]; f[0] = (byte) (q.length >> 8); f[1] = (byte) q.length; System.arraycopy(q, 0, f, 2, q.length); return f; }
    static byte[] query(String name, int type) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        header(b, 0x4242, 1);
        for (String l : name.split("\\.")) { b.write(l.length()); b.writeBytes(l.getBytes()); }
        b.write(0); b.write(0); b.write(type); b.write(0); b.write(1);
        return b.toByteArray();
    }
    /** 10,789 questions: a 62-byte label whose first content byte reads as a length, then pointers to it and into it. */
    static byte[] manyQuestions() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        header(b, 0x1234, 10789);
        b.write(0x3e); b.write(0x3d);
        for (int i = 0; i < 61; i++) b.write('a');
        b.write(0); b.write(0); b.write(1); b.write(0); b.write(1);
        for (int i = 2; i <= 10789; i++) { b.write(0xc0); b.write(i <= 2800 ? 12 : 13); b.write(0); b.write(1); b.write(0); b.write(1); }
        return b.toByteArray();
    }
    /** 1,825 bytes: a 255-byte name and 259 pointers to it. */
    static byte[] hugeUncompressed() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        header(b, 0x4321, 260);
        for (int len : new int[] {63, 63, 63, 61}) { b.write(len); for (int i = 0; i < len; i++) b.write('x'); }
        b.write(0); b.write(0); b.write(1); b.write(0); b.write(1);
        for (int i = 0; i < 259; i++) { b.write(0xc0); b.write(12); b.write(0); b.write(1); b.write(0); b.write(1); }
        return b.toByteArray();
    }
    static void header(ByteArrayOutputStream b, int id, int qd) {
        b.write(id >> 8); b.write(id); b.write(1); b.write(0); b.write(qd >> 8); b.write(qd);
        for (int i = 0; i < 6; i++) b.write(0);
    }
}
EOF
attack() { timeout 60 java "$tmp/Attack.java" "$port" "$@" 2>&1; }

still_answers "start-up"

r=$(attack many-questions)
if [ "$r" = "many-questions sent=64808 reply=12 rcode=FORMERR tc=0 qdcount=0" ]; then ok "10,789 pointer questions: a 12-byte FORMERR, no question echoed"
else bad "10,789 pointer questions should get a 12-byte FORMERR" "$r"; fi
still_answers "10,789 pointer questions"

r=$(attack big-a-udp)
if echo "$r" | grep -Eq '^big-a-udp sent=[0-9]+ reply=([0-9]{2}|[1-4][0-9]{2}|50[0-9]|51[0-2]) rcode=NOERROR tc=1 qdcount=1$'; then ok "4,200 A records over UDP: TC=1 within 512 bytes ($r)"
else bad "4,200 A records over UDP should be TC=1 within 512 bytes" "$r"; fi
r=$(attack big-a-tcp)
if echo "$r" | grep -q 'rcode=NOERROR tc=1 qdcount=1$'; then ok "4,200 A records over TCP (67,200 bytes > 65535): TC=1 ($r)"
else bad "4,200 A records over TCP should be TC=1" "$r"; fi
still_answers "4,200 A records"

r=$(attack huge-uncompressed "$tmp/huge.bin")
if echo "$r" | grep -q '^huge-uncompressed sent=1825 reply=12 rcode=FORMERR'; then ok "1,825-byte query, 67,352 bytes uncompressed, with --hex: FORMERR"
else bad "1,825-byte query with --hex should get FORMERR" "$r"; fi
still_answers "the 1,825-byte query under --hex"
d=$("$WIREPAD" dns decode --annotate --binary "$tmp/huge.bin" 2>&1); rc=$?
if [ $rc = 0 ] && echo "$d" | grep -q 'more than 65535 (more than a DNS message may hold' && ! echo "$d" | grep -q 'Exception'; then
    ok "wirepad dns decode --annotate of the 1,825-byte query: exit 0, says it exceeds 65535 uncompressed"
else bad "wirepad dns decode --annotate of the 1,825-byte query" "exit $rc" "$(echo "$d" | tail -3)"; fi

# UDP without EDNS: never more than 512 bytes (RFC 1035 §4.2.1).
if [ -n "$have_dig" ]; then
    out=$(dig @127.0.0.1 -p "$port" +time=3 +tries=1 +noedns +ignore many.big A 2>&1)
    size=$(echo "$out" | sed -n 's/^;; MSG SIZE  rcvd: \([0-9]*\)/\1/p')
    if echo "$out" | grep -q '^;; flags: qr aa tc' && [ "${size:-9999}" -le 512 ]; then ok "dig +noedns +ignore many.big A: tc, $size bytes"
    else bad "dig +noedns many.big A should be TC=1 within 512 bytes" "$(echo "$out" | grep -E 'flags|SIZE')"; fi
fi

# TCP: 2,000 idle connections against a cap of 64. While they are held, dig +tcp is still answered:
# the quietest connection is closed to make room (RFC 7766 §6.2.3: zero idle time under load).
attack hold 2000 60 "$tmp/hold.stop" >"$tmp/hold.out" &
holder=$!
pids+=($holder)
for _ in $(seq 1 600); do grep -q '^held=' "$tmp/hold.out" && break; kill -0 "$holder" 2>/dev/null || break; sleep 0.1; done
if grep -q '^held=2000$' "$tmp/hold.out"; then ok "TCP cap: 2,000 idle connections opened"
else bad "TCP cap: 2,000 connections should open (the extra ones closed by the server later)" "$(head -3 "$tmp/hold.out")"; fi
if [ -n "$have_dig" ]; then
    got=$(dig @127.0.0.1 -p "$port" +time=3 +tries=2 +short +tcp www.example.lab A 2>&1)
    if [ "$got" = 192.0.2.7 ]; then ok "TCP cap: dig +tcp answered while 2,000 idle connections are held"
    else bad "TCP cap: dig +tcp should be answered while idle connections fill the cap" "$got"; fi
fi
touch "$tmp/hold.stop"
wait "$holder" 2>/dev/null
closed=$(sed -n 's/^closed_by_server=//p' "$tmp/hold.out")
if [ "${closed:-0}" -ge $((2000 - 64)) ]; then ok "TCP cap: the server closed $closed of the 2,000 (at most 64 stay open)"
else bad "TCP cap: the server should have closed all but 64 of the 2,000" "$(cat "$tmp/hold.out")"; fi
if grep -q '64 TCP connections are open, the limit: closed the one from .* to make room' "$tmp/server.log"; then ok "TCP cap: the server log says which connection made room"
else bad "TCP cap: no log line" "$(grep -v ' #[0-9]*$' "$tmp/server.log" | tail -3)"; fi
still_answers "the TCP cap"

# A client that pipelines queries and never reads: closed by the 10 s write timeout, not held forever.
r=$(attack no-read)
if echo "$r" | grep -q '^no-read closed by the server'; then ok "a client that never reads is closed by the write timeout ($r)"
else bad "a client that never reads should be closed" "$r"; fi
for _ in $(seq 1 50); do grep -q 'it is not reading' "$tmp/server.log" && break; sleep 0.1; done
if grep -q 'took no bytes for 10000 ms (it is not reading); closed the connection' "$tmp/server.log"; then ok "write timeout: the server log says so"
else bad "write timeout: no log line" "$(grep -v ' #[0-9]*$' "$tmp/server.log" | grep -v '^ ' | tail -3)"; fi
still_answers "a client that never reads"

if grep -q 'Exception\|^\s*at wirepad' "$tmp/server.log"; then bad "no stack trace in the server's output" "$(grep -m3 'Exception\|at wirepad' "$tmp/server.log")"
else ok "no stack trace in the server's output ($(wc -l <"$tmp/server.log") lines)"; fi
finish
