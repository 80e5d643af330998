#!/usr/bin/env bash
# DNS interop: wirepad's server and codec against BIND's dig and Knot's kdig, on loopback only:
# every record type asked by dig and by kdig over UDP and TCP, REFUSED for transfers and other
# classes, TC=1 without EDNS and with a 512-byte EDNS size (dig and kdig), "connection refused" on a
# closed UDP port (dig and wirepad), decode of the tools' packets, and wirepad's client against NSD.
# The attacks on the server (issue #8) are in src/interop/dns-abuse.sh.
#
#   src/interop/dns.sh            (the Makefile's 'interop' target runs it after 'make all')
#
# Needs dig (Debian: bind9-dnsutils), optionally kdig (knot-dnsutils), and NSD (nsd: a real
# authoritative server that serves the same zone for 'wirepad dns query' to ask; /usr/sbin/nsd, so
# /usr/sbin must be on PATH, as it is for root). A missing tool makes its checks SKIP, unless CI=true:
# then a missing tool is a failure. Exit status 0 only if nothing failed.
# The last line is always "dns interop: N passed, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 2

. src/interop/lib.sh dns
ZONE=examples/example.lab.zone
TIMEOUT=${DNS_INTEROP_TIMEOUT:-3}   # seconds per dig/kdig try

# The ANSWER SECTION of dig-style output.
answers() { awk '/^;; ANSWER SECTION:/ { on = 1; next } on && /^$/ { on = 0 } on' | canon; }

# --- the server under test: port from its "listening" line ---
if ! serve "$tmp/server.log" dns --zone "$ZONE" --zone examples/2.0.192.in-addr.arpa.zone --port 0; then
    bad "wirepad serve dns starts" "no 'listening' line within 30 s:" "$(cat "$tmp/server.log")"
    finish
fi
echo "wirepad serve dns on 127.0.0.1 port $port"

DIG=(dig @127.0.0.1 -p "$port" +time="$TIMEOUT" +tries=1 +norecurse)
KDIG=(kdig @127.0.0.1 -p "$port" +time="$TIMEOUT" +retry=0 +norecurse)

# +short output in one form: trailing blanks dropped (kdig leaves one after CAA), RFC 3597 data
# (\# LEN HEX) in lower case (its hex digits may be written in either, RFC 3597 §5), sorted.
short_canon() { sed 's/[[:space:]]*$//' | awk '/^\\# / { $0 = tolower($0) } NF' | sort; }

# short_check TOOL NAME TYPE WANT: TOOL's +short output must equal WANT (lines, any order), asked over
# UDP and again over TCP (+tcp: RFC 7766, a length-prefixed message on a connection).
short_check() {
    local tool=$1 name=$2 type=$3 want=$4 got t pkg=bind9-dnsutils
    [ "$tool" = kdig ] && pkg=knot-dnsutils
    have "$tool" "$pkg" "$tool $type $name" || return
    want=$(printf '%s\n' "$want" | short_canon)
    for t in udp tcp; do
        local opts=(+short)
        [ "$t" = tcp ] && opts+=(+tcp)
        if [ "$tool" = kdig ]; then got=$("${KDIG[@]}" "${opts[@]}" "$name" "$type" 2>&1 | short_canon)
        else got=$("${DIG[@]}" "${opts[@]}" "$name" "$type" 2>&1 | short_canon); fi
        if [ "$got" = "$want" ]; then ok "$tool $type $name over ${t^^}: $(echo "$got" | head -1)"
        else bad "$tool $type $name over ${t^^}" "want: $want" "got:  $got"; fi
    done
}

# Every type in the zones, each asked by dig and by kdig, over UDP and over TCP.
while IFS='|' read -r name type want; do
    want=$(printf '%b' "$want")
    short_check dig "$name" "$type" "$want"
    short_check kdig "$name" "$type" "$want"
done <<'CASES'
www.example.lab|A|192.0.2.7
www.example.lab|AAAA|2001:db8::7
example.lab|MX|10 mail.example.lab.
example.lab|NS|ns1.example.lab.
example.lab|SOA|ns1.example.lab. hostmaster.example.lab. 2024010101 7200 3600 1209600 300
example.lab|CAA|0 issue "ca.example.net"
txt.example.lab|TXT|"first string" "second; with a semicolon" "quote \\" inside"
_sip._udp.example.lab|SRV|0 5 5060 sip.example.lab.
alias.example.lab|CNAME|www.example.lab.
alias.example.lab|A|www.example.lab.\n192.0.2.7
odd.example.lab|TYPE65280|\\# 4 0a0b0c0d
7.2.0.192.in-addr.arpa|PTR|www.example.lab.
CASES

# NXDOMAIN with the zone's SOA in the authority section (RFC 2308 §3).
if have dig bind9-dnsutils "dig NXDOMAIN with SOA"; then
    out=$("${DIG[@]}" nothere.example.lab A 2>&1)
    if echo "$out" | grep -q 'status: NXDOMAIN' && echo "$out" | grep -A2 '^;; AUTHORITY SECTION:' | grep -q 'IN[[:space:]]*SOA'; then
        ok "dig NXDOMAIN nothere.example.lab with SOA in authority"
    else bad "dig NXDOMAIN with SOA" "$(echo "$out" | grep -E 'status|SOA|AUTHORITY')"; fi
fi

# REFUSED for what the server does not serve, with the reason in its log: a zone transfer, another class.
# refused_check TOOL LOGTEXT ARGS...: status REFUSED, and LOGTEXT in the server's log.
refused_check() {
    local tool=$1 logtext=$2 out pkg=bind9-dnsutils
    shift 2
    [ "$tool" = kdig ] && pkg=knot-dnsutils
    have "$tool" "$pkg" "$tool $* REFUSED" || return
    if [ "$tool" = kdig ]; then out=$("${KDIG[@]}" "$@" 2>&1); else out=$("${DIG[@]}" "$@" 2>&1); fi
    sleep 0.2   # the server prints its line after it sent the reply
    if echo "$out" | grep -Eiq "status: REFUSED|'REFUSED'|Transfer failed" && grep -qF "$logtext" "$tmp/server.log"; then
        ok "$tool $*: REFUSED; the server log says: $logtext"
    else bad "$tool $* should be REFUSED and logged" "$(echo "$out" | grep -Ei 'status|refused|failed' | head -2)" "log: $(tail -2 "$tmp/server.log")"; fi
}
refused_check dig "zone transfers (AXFR) are not offered" example.lab AXFR
refused_check kdig "zone transfers (IXFR) are not offered" example.lab IXFR=1 +tcp
refused_check dig "class CH is not served: zone example.lab. is IN" www.example.lab CH TXT

# TC=1 for ~800 bytes of TXT in a 512-byte UDP limit: without EDNS (RFC 1035 §4.2.1) and with EDNS
# offering 512 bytes (RFC 6891 §6.2.5); +ignore keeps the truncated reply.
for limit in +noedns +bufsize=512; do
    if have dig bind9-dnsutils "dig TC=1 with $limit"; then
        out=$("${DIG[@]}" $limit +ignore big.example.lab TXT 2>&1)
        flags=$(echo "$out" | sed -n 's/^;; flags: \([^;]*\);.*/\1/p')
        size=$(echo "$out" | sed -n 's/^;; MSG SIZE  rcvd: \([0-9]*\)/\1/p')
        if echo " $flags " | grep -q ' tc ' && echo "$out" | grep -q 'ANSWER: 0' && [ "${size:-9999}" -le 512 ]; then
            ok "dig $limit +ignore big.example.lab TXT: TC set ($flags), no answers, $size bytes"
        else bad "dig $limit big TXT should be truncated" "flags: $flags" "$(echo "$out" | grep -E 'ANSWER:|MSG SIZE')"; fi
    fi
    # Without +ignore dig retries over TCP by itself and gets all three records.
    if have dig bind9-dnsutils "dig $limit TC->TCP retry"; then
        out=$("${DIG[@]}" $limit big.example.lab TXT 2>&1)
        if echo "$out" | grep -q 'Truncated, retrying in TCP mode' && [ "$(echo "$out" | answers | grep -c 'IN TXT')" = 3 ]; then
            ok "dig $limit big.example.lab TXT: truncated, retried over TCP, 3 records"
        else bad "dig $limit TC->TCP retry" "$(echo "$out" | grep -E 'Truncated|ANSWER:|SERVER')"; fi
    fi
    # kdig does the same.
    if have kdig knot-dnsutils "kdig $limit TC->TCP retry"; then
        out=$("${KDIG[@]}" $limit big.example.lab TXT 2>&1)
        if echo "$out" | grep -q 'truncated reply' && echo "$out" | grep -q '(TCP)' && [ "$(echo "$out" | canon | grep -c 'IN TXT')" = 3 ]; then
            ok "kdig $limit big.example.lab TXT: truncated, retried over TCP, 3 records"
        else bad "kdig $limit TC->TCP retry" "$(echo "$out" | grep -Ei 'truncated|ANSWER|From' | head -3)"; fi
    fi
done
# The EDNS size is the limit to the byte (RFC 6891 §6.2.3-4): a reply of exactly that size comes
# whole, one byte less is TC=1; a size below 512 counts as 512 (§6.2.5).
if have dig bind9-dnsutils "dig +bufsize limits"; then
    out=$("${DIG[@]}" +bufsize=4096 +ignore big.example.lab TXT 2>&1)
    whole=$(echo "$out" | sed -n 's/^;; MSG SIZE  rcvd: \([0-9]*\)/\1/p')
    if [ -n "$whole" ] && ! echo "$out" | grep -q '^;; flags: [^;]* tc'; then
        exact=$("${DIG[@]}" +bufsize="$whole" +ignore big.example.lab TXT 2>&1)
        less=$("${DIG[@]}" +bufsize=$((whole - 1)) +ignore big.example.lab TXT 2>&1)
        if ! echo "$exact" | grep -q '^;; flags: [^;]* tc' && echo "$exact" | grep -q "MSG SIZE  rcvd: $whole\$" \
            && echo "$less" | grep -q '^;; flags: [^;]* tc' && echo "$less" | grep -q 'ANSWER: 0'; then
            ok "dig +bufsize=$whole: the $whole-byte reply whole; +bufsize=$((whole - 1)): TC=1"
        else bad "dig +bufsize at the reply's size" "$(echo "$exact" | grep -E '^;; flags|SIZE')" "$(echo "$less" | grep -E '^;; flags|SIZE')"; fi
    else bad "dig +bufsize=4096 big.example.lab TXT should come whole over UDP" "$(echo "$out" | grep -E '^;; flags|SIZE')"; fi
    small=$("${DIG[@]}" +bufsize=100 +ignore example.lab ANY 2>&1)
    size=$(echo "$small" | sed -n 's/^;; MSG SIZE  rcvd: \([0-9]*\)/\1/p')
    if [ "${size:-0}" -gt 100 ] && [ "${size:-0}" -le 512 ] && ! echo "$small" | grep -q '^;; flags: [^;]* tc'; then
        ok "dig +bufsize=100 example.lab ANY: $size bytes, not truncated (below 512 counts as 512)"
    else bad "dig +bufsize=100 should be taken as 512" "$(echo "$small" | grep -E '^;; flags|SIZE')"; fi
fi
# The same over TCP from the start: the whole answer (three TXT records, 803 bytes).
if have dig bind9-dnsutils "dig +tcp full answer"; then
    out=$("${DIG[@]}" +noedns +tcp big.example.lab TXT 2>&1)
    n=$(echo "$out" | answers | grep -c 'IN TXT')
    size=$(echo "$out" | sed -n 's/^;; MSG SIZE  rcvd: \([0-9]*\)/\1/p')
    if [ "$n" = 3 ] && [ "${size:-0}" -gt 512 ]; then ok "dig +tcp big.example.lab TXT: 3 records, $size bytes"
    else bad "dig +tcp big TXT" "records: $n, size: ${size:-?}"; fi
fi

# kdig +ignore keeps the truncated reply too: TC set, no answers, within 512 bytes without EDNS.
if have kdig knot-dnsutils "kdig +noedns +ignore TC=1"; then
    out=$("${KDIG[@]}" +noedns +ignore big.example.lab TXT 2>&1)
    size=$(echo "$out" | sed -n 's/^;; Received \([0-9]*\) B.*/\1/p')
    if echo "$out" | grep -Eq '^;; Flags: [a-z ]*\btc\b.*ANSWER: 0;' && [ "${size:-9999}" -le 512 ]; then
        ok "kdig +noedns +ignore big.example.lab TXT: TC set, no answers, $size bytes"
    else bad "kdig +noedns +ignore big TXT should be truncated" "$(echo "$out" | grep -E 'Flags|Received')"; fi
fi

# A UDP port nobody listens on: its host answers ICMP port unreachable. dig reports "connection
# refused" at once (for each try); wirepad dns query must too, not after 3 tries of $TIMEOUT s.
closed=
for _ in 1 2 3 4 5; do
    p=$((20000 + RANDOM % 40000))
    if command -v ss >/dev/null 2>&1 && [ -n "$(ss -Hlnu "sport = :$p" 2>/dev/null)" ]; then continue; fi
    closed=$p; break
done
if [ -n "$closed" ] && have dig bind9-dnsutils "dig vs wirepad on a closed UDP port"; then
    d=$(dig @127.0.0.1 -p "$closed" +time="$TIMEOUT" +tries=3 www.example.lab A 2>&1)
    t0=$(date +%s%N)
    w=$("$WIREPAD" dns query www.example.lab A "@127.0.0.1:$closed" +timeout="$TIMEOUT" +tries=3 2>&1); wrc=$?
    ms=$((($(date +%s%N) - t0) / 1000000))
    if echo "$d" | grep -q 'connection refused' && echo "$w" | grep -q 'connection refused' && [ $wrc = 1 ] \
       && [ "$ms" -lt $((TIMEOUT * 1000)) ]; then
        ok "closed UDP port $closed: dig and wirepad both say connection refused (wirepad after $ms ms, exit 1)"
    else bad "closed UDP port $closed: both should say connection refused at once" "dig: $(echo "$d" | grep -m1 -E 'refused|timed out|no servers')" \
             "wirepad (exit $wrc, $ms ms): $(echo "$w" | tail -1)"; fi
fi

# tshark is not run here: src/interop/lab.sh checks wirepad's DNS captures (UDP and TCP) with it.

# --- wirepad dns query agrees with dig on the answer section ---
for q in "www.example.lab A" "www.example.lab AAAA" "example.lab MX" "txt.example.lab TXT" \
         "_sip._udp.example.lab SRV" "alias.example.lab A" "example.lab CAA" "odd.example.lab TYPE65280" "big.example.lab TXT"; do
    have dig bind9-dnsutils "wirepad dns query $q = dig" || continue
    # shellcheck disable=SC2086
    want=$("${DIG[@]}" +noall +answer $q 2>&1 | canon)
    # shellcheck disable=SC2086
    got=$("$WIREPAD" dns query $q "@127.0.0.1:$port" +norecurse +timeout="$TIMEOUT" +tries=1 2>&1 | answers)
    if [ -n "$want" ] && [ "$got" = "$want" ]; then ok "wirepad dns query $q = dig ($(echo "$want" | wc -l) records)"
    else bad "wirepad dns query $q differs from dig" "dig:     $(echo "$want" | head -3 | tr '\n' '|')" "wirepad: $(echo "$got" | head -3 | tr '\n' '|')"; fi
done

# --- wirepad dns decode reads what dig and kdig put on the wire ---
# A small UDP relay (plain Java, the JDK wirepad runs on) sits between the tool and the server and
# writes the query and the reply it relays as hex files.
cat >"$tmp/Relay.java" <<'EOF'
import java.net.*;
import java.nio.file.*;
public class Relay {
    public static void main(String[] a) throws Exception {
        int server = Integer.parseInt(a[0]);
        try (DatagramSocket front = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
             DatagramSocket back = new DatagramSocket()) {
            System.out.println(front.getLocalPort());
            System.out.flush();
            front.setSoTimeout(30000);
            back.setSoTimeout(5000);
            for (int n = 1; ; n++) {
                byte[] buf = new byte[65535];
                DatagramPacket q = new DatagramPacket(buf, buf.length);
                front.receive(q);
                byte[] query = java.util.Arrays.copyOf(q.getData(), q.getLength());
                back.send(new DatagramPacket(query, query.length, new InetSocketAddress("127.0.0.1", server)));
                DatagramPacket r = new DatagramPacket(new byte[65535], 65535);
                back.receive(r);
                byte[] reply = java.util.Arrays.copyOf(r.getData(), r.getLength());
                Files.writeString(Path.of(a[1], "query" + n + ".hex"), hex(query));
                Files.writeString(Path.of(a[1], "reply" + n + ".hex"), hex(reply));
                front.send(new DatagramPacket(reply, reply.length, q.getSocketAddress()));
            }
        }
    }
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff));
        return sb.append('\n').toString();
    }
}
EOF
java "$tmp/Relay.java" "$port" "$tmp" >"$tmp/relay.port" 2>"$tmp/relay.err" &
pids+=($!)
rport=
for _ in $(seq 1 150); do rport=$(head -1 "$tmp/relay.port" 2>/dev/null); [ -n "$rport" ] && break; sleep 0.1; done
n=0
# decode_check TOOL PKG TEXT: the relayed query n and reply n, decoded by wirepad, against TEXT (the tool's +qr output).
decode_check() {
    local tool=$1 text=$2 q r qd rd id
    q="$tmp/query$n.hex" r="$tmp/reply$n.hex"
    if [ ! -s "$q" ] || [ ! -s "$r" ]; then bad "$tool: relay captured no packets" "$(cat "$tmp/relay.err")"; return; fi
    if ! qd=$("$WIREPAD" dns decode "$q" 2>&1); then bad "wirepad dns decode of $tool's query" "$qd"; return; fi
    if ! rd=$("$WIREPAD" dns decode "$r" 2>&1); then bad "wirepad dns decode of the reply to $tool" "$rd"; return; fi
    id=$(echo "$qd" | sed -n 's/.*id: \([0-9]*\)$/\1/p')
    # the tool printed the same id for its query
    if [ -n "$id" ] && echo "$text" | grep -Eq "id: $id\b"; then ok "wirepad dns decode of $tool's query: id $id as $tool printed it"
    else bad "$tool query id" "wirepad decoded: $(echo "$qd" | head -1)" "$tool printed: $(echo "$text" | grep -m1 'id:')"; fi
    # the question and the EDNS buffer size the tool sent
    local question udp
    question=$(echo "$qd" | sed -n 's/^;\(example\.lab\.\)[[:space:]]*IN[[:space:]]*MX$/\1 IN MX/p')
    udp=$(echo "$qd" | sed -n 's/.*udp: \([0-9]*\).*/\1/p')
    if [ "$question" = "example.lab. IN MX" ] && [ -n "$udp" ] && echo "$text" | grep -Eiq "udp( size)?[:=] *$udp"; then
        ok "wirepad dns decode of $tool's query: question example.lab. IN MX, EDNS udp $udp"
    else bad "$tool query question/EDNS" "decoded: $question udp ${udp:-none}" "$(echo "$text" | grep -iE 'udp|EDNS' | head -2)"; fi
    # the reply's answer section matches what the tool printed
    local want got
    want=$(echo "$text" | answers)
    got=$(echo "$rd" | answers)
    if [ -n "$got" ] && [ "$got" = "$want" ]; then ok "wirepad dns decode of the reply $tool got: same answer section"
    else bad "reply to $tool decoded differently" "$tool:    $(echo "$want" | tr '\n' '|')" "wirepad: $(echo "$got" | tr '\n' '|')"; fi
}
if [ -z "$rport" ]; then
    bad "relay for decode checks starts" "$(cat "$tmp/relay.err")"
else
    if have dig bind9-dnsutils "wirepad dns decode of dig's packets"; then
        n=$((n + 1))
        text=$(dig @127.0.0.1 -p "$rport" +time="$TIMEOUT" +tries=1 +qr mx example.lab 2>&1)
        decode_check dig "$text"
    fi
    if have kdig knot-dnsutils "wirepad dns decode of kdig's packets (optional)"; then
        n=$((n + 1))
        text=$(kdig @127.0.0.1 -p "$rport" +time="$TIMEOUT" +retry=0 +edns +qr example.lab MX 2>&1)
        decode_check kdig "$text"
    fi
fi

# --- wirepad dns query against a real authoritative server: NSD serving the same zone ---
# NSD runs in the foreground (-d) from a config in $tmp: loopback only, no chroot, no user switch, no
# database, no remote control, all state files in $tmp. It takes examples/example.lab.zone as it is
# (nsd-checkzone accepts it, TYPE65280 \# included), so no adjusted copy is needed. It is started
# with setsid so that the trap can end its whole process group (xfrd, main, and server processes).
# Each answer wirepad prints must equal dig's answer from the same server, in canon's form; TTLs are
# compared as they are, since an authoritative server does not count them down.
nsd_port=
if have nsd nsd "NSD serves example.lab (for wirepad dns query against a real server)"; then
    cat >"$tmp/nsd.zone.conf" <<NSDZONE
zone:
    name: "example.lab"
    zonefile: "$PWD/$ZONE"
NSDZONE
    for try in 1 2 3 4 5; do   # a random free port; if another process takes it first, NSD exits: try another
        p=$((20000 + RANDOM % 40000))
        if command -v ss >/dev/null 2>&1 && [ -n "$(ss -Hlnut "sport = :$p" 2>/dev/null)" ]; then continue; fi
        { nsd_server_conf "$p"; echo "include: \"$tmp/nsd.zone.conf\""; } >"$tmp/nsd.conf"
        rm -f "$tmp/nsd.log"
        start_nsd "$tmp/nsd.conf"
        state=
        for _ in $(seq 1 100); do   # 10 s at most for "nsd started" (logged after the sockets are bound)
            grep -q 'nsd started' "$tmp/nsd.log" 2>/dev/null && { state=up; break; }
            kill -0 "$nsd_pid" 2>/dev/null || { state=exited; break; }
            sleep 0.1
        done
        [ "$state" = up ] && { nsd_port=$p; break; }
        stop "$nsd_pid"   # not up: end it if it still runs, reap it, and forget its id
        grep -q 'Address already in use' "$tmp/nsd.log" 2>/dev/null || break   # not a port clash: no retry
    done
    if [ -n "$nsd_port" ]; then ok "NSD $(nsd -v 2>&1 | sed -n '1s/.*version //p') serves example.lab on 127.0.0.1 port $nsd_port"
    else
        case ${state:-} in exited) why="nsd exited before logging 'nsd started':" ;; *) why="no 'nsd started' within 10 s:" ;; esac
        bad "NSD starts" "$why" "$(cat "$tmp/nsd.log" "$tmp/nsd.out" 2>/dev/null | tail -5)"
    fi
fi
if [ -n "$nsd_port" ]; then
    NDIG=(dig @127.0.0.1 -p "$nsd_port" +time="$TIMEOUT" +tries=1 +norecurse)
    WQ=("@127.0.0.1:$nsd_port" +norecurse +timeout="$TIMEOUT" +tries=1)
    # authority: the AUTHORITY SECTION of dig-style output, like answers.
    authority() { awk '/^;; AUTHORITY SECTION:/ { on = 1; next } on && /^$/ { on = 0 } on' | canon; }
    status() { sed -n 's/.*status: \([A-Z]*\),.*/\1/p' | head -1; }
    flags() { sed -n 's/^;; flags: \([^;]*\);.*/\1/p' | head -1; }

    # Every type in the zone; alias A follows the CNAME to www's A; big TXT (848 bytes) fits EDNS's 1232.
    for q in "www.example.lab A" "www.example.lab AAAA" "example.lab MX" "txt.example.lab TXT" \
             "_sip._udp.example.lab SRV" "alias.example.lab A" "alias.example.lab CNAME" "example.lab CAA" \
             "odd.example.lab TYPE65280" "example.lab SOA" "example.lab NS" "big.example.lab TXT"; do
        have dig bind9-dnsutils "wirepad dns query $q @NSD = dig" || continue
        # shellcheck disable=SC2086
        want=$("${NDIG[@]}" +noall +answer $q 2>&1 | canon)
        # shellcheck disable=SC2086
        got=$("$WIREPAD" dns query $q "${WQ[@]}" 2>&1 | answers)
        if [ -n "$want" ] && [ "$got" = "$want" ]; then ok "wirepad dns query $q @NSD = dig ($(echo "$want" | wc -l) records)"
        else bad "wirepad dns query $q @NSD differs from dig" "dig:     $(echo "$want" | head -3 | tr '\n' '|')" "wirepad: $(echo "$got" | head -3 | tr '\n' '|')"; fi
    done

    # NXDOMAIN: same status, and the same authority section, which holds the zone's SOA (RFC 2308 §3).
    if have dig bind9-dnsutils "wirepad dns query NXDOMAIN @NSD = dig"; then
        d=$("${NDIG[@]}" nothere.example.lab A 2>&1)
        w=$("$WIREPAD" dns query nothere.example.lab A "${WQ[@]}" 2>&1)
        da=$(echo "$d" | authority) wa=$(echo "$w" | authority)
        if [ "$(echo "$d" | status)" = NXDOMAIN ] && [ "$(echo "$w" | status)" = NXDOMAIN ] \
           && [ "$wa" = "$da" ] && echo "$wa" | grep -q ' IN SOA ' && [ -z "$(echo "$w" | answers)" ]; then
            ok "wirepad dns query nothere.example.lab A @NSD: NXDOMAIN, SOA in authority, as dig"
        else bad "wirepad dns query NXDOMAIN @NSD differs from dig" "dig:     $(echo "$d" | status) $(echo "$da" | tr '\n' '|')" \
                 "wirepad: $(echo "$w" | status) $(echo "$wa" | tr '\n' '|')"; fi
    fi

    # big TXT without EDNS: NSD keeps UDP within 512 bytes, so TC=1 and no answers (+ignore) ...
    if have dig bind9-dnsutils "wirepad dns query +noedns +ignore big TXT @NSD = dig"; then
        d=$("${NDIG[@]}" +noedns +ignore big.example.lab TXT 2>&1)
        w=$("$WIREPAD" dns query big.example.lab TXT "${WQ[@]}" +noedns +ignore 2>&1)
        df=$(echo "$d" | flags) wf=$(echo "$w" | flags)
        if echo " $wf " | grep -q ' tc ' && [ "$wf" = "$df" ] && echo "$w" | grep -q 'ANSWER: 0' && echo "$d" | grep -q 'ANSWER: 0'; then
            ok "wirepad dns query +noedns +ignore big.example.lab TXT @NSD: TC set ($wf), no answers, as dig"
        else bad "wirepad dns query +noedns +ignore big TXT @NSD" "dig flags:     $df" "wirepad flags: $wf" "$(echo "$w" | grep -E 'ANSWER:|reply')"; fi
    fi
    # ... and without +ignore both retry over TCP and get all three records.
    if have dig bind9-dnsutils "wirepad dns query +noedns big TXT @NSD (TC->TCP) = dig"; then
        d=$("${NDIG[@]}" +noedns big.example.lab TXT 2>&1)
        w=$("$WIREPAD" dns query big.example.lab TXT "${WQ[@]}" +noedns 2>&1)
        want=$(echo "$d" | answers) got=$(echo "$w" | answers)
        if echo "$w" | grep -q 'TC=1.*retrying over TCP' && echo "$d" | grep -q 'Truncated, retrying in TCP mode' \
           && [ "$(echo "$got" | grep -c ' IN TXT ')" = 3 ] && [ "$got" = "$want" ]; then
            ok "wirepad dns query +noedns big.example.lab TXT @NSD: TC=1, retried over TCP, 3 records, as dig"
        else bad "wirepad dns query +noedns big TXT @NSD (TC->TCP)" "$(echo "$w" | grep -E 'attempt|TC=1|ANSWER:')" \
                 "dig:     $(echo "$want" | cut -c1-60 | tr '\n' '|')" "wirepad: $(echo "$got" | cut -c1-60 | tr '\n' '|')"; fi
    fi
    # ... and TCP from the start.
    if have dig bind9-dnsutils "wirepad dns query +tcp big TXT @NSD = dig"; then
        want=$("${NDIG[@]}" +tcp +noall +answer big.example.lab TXT 2>&1 | canon)
        w=$("$WIREPAD" dns query big.example.lab TXT "${WQ[@]}" +tcp 2>&1)
        got=$(echo "$w" | answers)
        if echo "$w" | grep -q '(TCP)' && [ "$(echo "$got" | grep -c ' IN TXT ')" = 3 ] && [ "$got" = "$want" ]; then
            ok "wirepad dns query +tcp big.example.lab TXT @NSD: 3 records over TCP, as dig"
        else bad "wirepad dns query +tcp big TXT @NSD" "$(echo "$w" | grep -E 'attempt|SERVER')" \
                 "dig:     $(echo "$want" | cut -c1-60 | tr '\n' '|')" "wirepad: $(echo "$got" | cut -c1-60 | tr '\n' '|')"; fi
    fi
fi

finish
