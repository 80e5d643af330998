#!/usr/bin/env bash
# DNS interop: wirepad's server and codec against BIND's dig and Knot's kdig, on loopback only.
#
#   src/interop/dns.sh            (the Makefile's 'interop' target runs it after 'make all')
#
# Needs dig (Debian: bind9-dnsutils) and optionally kdig (knot-dnsutils). A missing tool makes its
# checks SKIP, unless CI=true: then a missing tool is a failure. Exit status 0 only if nothing failed.
# The last line is always "dns interop: N passed, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 2

WIREPAD=${WIREPAD:-bin/wirepad}
ZONE=examples/example.lab.zone
TIMEOUT=${DNS_INTEROP_TIMEOUT:-3}   # seconds per dig/kdig try
pass=0 fail=0 skip=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wirepad-dns-interop.XXXXXX")
pids=()

cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ok()   { pass=$((pass + 1)); echo "ok   $1"; }
bad()  { fail=$((fail + 1)); echo "FAIL $1"; shift; for l in "$@"; do printf '       %s\n' "$l"; done; }
# A check that needs a tool: true if present; otherwise SKIP (or FAIL when CI=true).
have() {
    local tool=$1 pkg=$2 what=$3
    command -v "$tool" >/dev/null 2>&1 && return 0
    if [ "${CI:-}" = true ]; then bad "$what" "$tool is not installed (apt-get install -y $pkg), and CI=true"
    else skip=$((skip + 1)); echo "SKIP $what: $tool is not installed (apt-get install -y $pkg)"; fi
    return 1
}
# Answer-section lines in one canonical form: fields separated by one space, sorted; RFC 3597
# unknown data (\# LEN HEX) in lower case, since its hex digits may be written in either (RFC 3597 §5).
canon() { awk 'NF && $1 !~ /^;/ { $1 = $1; if ($0 ~ /\\# /) $0 = tolower($0); print }' | sort; }
# The ANSWER SECTION of dig-style output.
answers() { awk '/^;; ANSWER SECTION:/ { on = 1; next } on && /^$/ { on = 0 } on' | canon; }

# --- the server under test: port from its "listening" line ---
"$WIREPAD" serve dns --zone "$ZONE" --zone examples/2.0.192.in-addr.arpa.zone --port 0 >"$tmp/server.log" 2>&1 &
pids+=($!)
port=
for _ in $(seq 1 100); do
    port=$(sed -n 's/^dns: listening on 127\.0\.0\.1 port \([0-9]*\).*/\1/p' "$tmp/server.log")
    [ -n "$port" ] && break
    sleep 0.1
done
if [ -z "$port" ]; then
    bad "wirepad serve dns starts" "no 'listening' line within 10 s:" "$(cat "$tmp/server.log")"
    echo "dns interop: $pass passed, $fail failed"
    exit 1
fi
echo "wirepad serve dns on 127.0.0.1 port $port"

DIG=(dig @127.0.0.1 -p "$port" +time="$TIMEOUT" +tries=1 +norecurse)

# dig_short NAME TYPE WANT: dig +short output (sorted) must equal WANT (lines).
dig_short() {
    local name=$1 type=$2 want=$3 got
    have dig bind9-dnsutils "dig $type $name" || return
    got=$("${DIG[@]}" +short "$name" "$type" 2>&1 | sort)
    if [ "$got" = "$(printf '%s\n' "$want" | sort)" ]; then ok "dig $type $name: $(echo "$got" | head -1)"
    else bad "dig $type $name" "want: $want" "got:  $got"; fi
}

dig_short www.example.lab A 192.0.2.7
dig_short www.example.lab AAAA 2001:db8::7
dig_short example.lab MX "10 mail.example.lab."
dig_short txt.example.lab TXT '"first string" "second; with a semicolon" "quote \" inside"'
dig_short _sip._udp.example.lab SRV "0 5 5060 sip.example.lab."
dig_short alias.example.lab A "www.example.lab.
192.0.2.7"
dig_short 7.2.0.192.in-addr.arpa PTR "www.example.lab."

# NXDOMAIN with the zone's SOA in the authority section (RFC 2308 §3).
if have dig bind9-dnsutils "dig NXDOMAIN with SOA"; then
    out=$("${DIG[@]}" nothere.example.lab A 2>&1)
    if echo "$out" | grep -q 'status: NXDOMAIN' && echo "$out" | grep -A2 '^;; AUTHORITY SECTION:' | grep -q 'IN[[:space:]]*SOA'; then
        ok "dig NXDOMAIN nothere.example.lab with SOA in authority"
    else bad "dig NXDOMAIN with SOA" "$(echo "$out" | grep -E 'status|SOA|AUTHORITY')"; fi
fi

# TC=1 for ~800 bytes of TXT without EDNS (512-byte limit, RFC 1035 §4.2.1); +ignore keeps it.
if have dig bind9-dnsutils "dig TC=1 without EDNS"; then
    out=$("${DIG[@]}" +noedns +ignore big.example.lab TXT 2>&1)
    flags=$(echo "$out" | sed -n 's/^;; flags: \([^;]*\);.*/\1/p')
    if echo " $flags " | grep -q ' tc ' && echo "$out" | grep -q 'ANSWER: 0'; then ok "dig +noedns big.example.lab TXT: TC set ($flags), no answers"
    else bad "dig +noedns big TXT should be truncated" "flags: $flags" "$(echo "$out" | grep -E 'ANSWER:|MSG SIZE')"; fi
fi
# The same over TCP: the whole answer (three TXT records, 803 bytes).
if have dig bind9-dnsutils "dig +tcp full answer"; then
    out=$("${DIG[@]}" +noedns +tcp big.example.lab TXT 2>&1)
    n=$(echo "$out" | answers | grep -c 'IN TXT')
    size=$(echo "$out" | sed -n 's/^;; MSG SIZE  rcvd: \([0-9]*\)/\1/p')
    if [ "$n" = 3 ] && [ "${size:-0}" -gt 512 ]; then ok "dig +tcp big.example.lab TXT: 3 records, $size bytes"
    else bad "dig +tcp big TXT" "records: $n, size: ${size:-?}"; fi
fi
# Without +ignore dig retries over TCP by itself.
if have dig bind9-dnsutils "dig TC->TCP retry"; then
    out=$("${DIG[@]}" +noedns big.example.lab TXT 2>&1)
    if echo "$out" | grep -q 'Truncated, retrying in TCP mode' && [ "$(echo "$out" | answers | grep -c 'IN TXT')" = 3 ]; then
        ok "dig +noedns big.example.lab TXT: truncated, retried over TCP, 3 records"
    else bad "dig TC->TCP retry" "$(echo "$out" | grep -E 'Truncated|ANSWER:|SERVER')"; fi
fi

# --- wirepad dns query agrees with dig on the answer section ---
for q in "www.example.lab A" "www.example.lab AAAA" "example.lab MX" "txt.example.lab TXT" \
         "_sip._udp.example.lab SRV" "alias.example.lab A" "example.lab CAA" "odd.example.lab TYPE65280" "big.example.lab TXT"; do
    have dig bind9-dnsutils "wirepad dns query $q = dig" || continue
    # shellcheck disable=SC2086
    want=$("${DIG[@]}" +noall +answer $q 2>&1 | canon)
    # shellcheck disable=SC2086
    got=$("$WIREPAD" dns query $q "@127.0.0.1:$port" +norecurse +timeout=$((TIMEOUT * 1000)) +tries=1 2>&1 | answers)
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

[ "$skip" -gt 0 ] && echo "($skip skipped: tools missing)"
echo "dns interop: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
