#!/usr/bin/env bash
# Interop checks for the lab: curl against `wirepad serve lab`, and tshark on wirepad's pcap files
# (an HTTP capture from `send --pcap`, DNS captures from `dns query --pcap` against dns-lab).
# Exits non-zero on any mismatch. Without tshark, its checks are SKIPped, unless CI=true
# (then a missing tshark is a failure: CI installs it with `apt-get install -y tshark`).
# Usage: src/interop/lab.sh   (from anywhere; builds nothing: run `make` first; `sh lab.sh` re-runs it with bash)
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -u
cd "$(dirname "$0")/../.." || exit 2
. src/interop/lib.sh lab

# start SERVER-ARGS...: runs `wirepad serve ...` in the background; sets $port from its first line.
start() {
  local log=$T/server$RANDOM.log
  serve "$log" "$@" && return 0
  echo "lab interop: server did not start: $(cat "$log")" >&2
  exit 2
}

# hex of one direction of `send --view hex` output: sent (>) or received (<)
viewhex() {
  awk -v want="$2" '/^> sent/ {d=">"} /^< received/ {d="<"} d==want && /^[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]  / {print substr($0, 11, 49)}' "$1" | tr -d ' \n'
}
# hex of one node of `tshark -qz follow,...,raw,0`: node 0 lines have no indent, node 1 lines start with a tab
followhex() {
  awk -v node="$2" '/^=+$/ {inb = !inb; next} inb && /^(Follow|Filter|Node)/ {next}
    inb && node == 0 && /^[0-9a-f]+$/ {printf "%s", $0} inb && node == 1 && /^\t[0-9a-f]+$/ {sub(/^\t/, ""); printf "%s", $0}' "$1"
}

start lab --port 0
LAB=127.0.0.1:$port

# --- curl against the lab -----------------------------------------------------------------
if command -v curl >/dev/null 2>&1; then
  curl -s -i "http://$LAB/widgets" >"$T/list"
  check "GET /widgets is the seed's 239 bytes" "$(grep -i '^Content-Length:' "$T/list" | tr -d '\r')" "Content-Length: 239"
  grep -q "<title>Bob's Widgets</title>" "$T/list" && ok "GET /widgets title" || bad "GET /widgets title"
  curl -s -i -d 'name=My%20Widget&color=blue&stock=20' "http://$LAB/widgets" >"$T/post" 2>&1
  check "curl -d form -> 201 Created" "$(head -1 "$T/post" | tr -d '\r')" "HTTP/1.1 201 Created"
  check "curl -d form -> Location" "$(grep -i '^Location:' "$T/post" | tr -d '\r')" "Location: /widgets/2"
  curl -s "http://$LAB/widgets" >"$T/list"
  grep -q 'href="/widgets/2">My Widget<' "$T/list" && ok "the new widget is listed" || bad "the new widget is listed"
  check "415 for text/plain" "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: text/plain' -d x "http://$LAB/widgets")" 415
  check "/chunked exactly as asked" "$(curl -s --raw "http://$LAB/chunked?sizes=3,5,0&ext=a=b&trailers=X-A:1" | od -An -c | tr -s ' \n' ' ')" \
    "$(printf '3;a=b\r\naaa\r\n5;a=b\r\nbbbbb\r\n0;a=b\r\nX-A: 1\r\n\r\n' | od -An -c | tr -s ' \n' ' ')"
  # the curl export, run for real: /raw must reflect exactly the bytes of the request file
  printf 'POST /raw?x=1 HTTP/1.1\r\nHost: lab\r\nContent-Type: text/plain\r\nX-Q: it'"'"'s 100%% \\ ok\r\nContent-Length: 7\r\n\r\nhe\0lo\r\n' >"$T/req"
  $W http export curl "$LAB" "$T/req" >"$T/curl.sh"
  bash "$T/curl.sh" >"$T/curl.out" 2>&1
  body=$(awk 'f {print} /^\r$/ {f=1}' "$T/curl.out" | od -An -tx1 | tr -d ' \n')
  check "export curl: /raw reflects the request file" "$body" "$(od -An -tx1 "$T/req" | tr -d ' \n')"
  $W http export nc "$LAB" "$T/req" | sed 's/ | nc .*$//' >"$T/printf.sh"
  check "export nc: printf gives the request file" "$(sh "$T/printf.sh" | od -An -tx1 | tr -d ' \n')" "$(od -An -tx1 "$T/req" | tr -d ' \n')"
  # faults: curl must notice each (exit codes: 52 empty reply, 1 HTTP/0.9 refused, 18 partial, 56 bad chunk)
  for f in close-silently:52 http09:1 long-cl:18 bad-chunk:56; do
    curl -s -o /dev/null "http://$LAB/malformed/${f%%:*}"
    check "curl exit code for /malformed/${f%%:*}" "$?" "${f##*:}"
  done
  curl -s -o /dev/null "http://$LAB/malformed/dup-cl"; rc=$?
  echo "info curl $(curl --version | head -1 | cut -d' ' -f2) exit code for /malformed/dup-cl: $rc (curl versions differ; 0 = it picked a length)"
else
  bad "curl" "not installed"
fi

# --- tshark on wirepad's captures ----------------------------------------------------------
# `tshark -z expert -q` prints one section per severity: "Errors (N)", "Warns (N)", "Notes (N)",
# "Chats (N)" (older versions: "Warnings (N)"); an error or a warning, or a malformed packet, fails a check.
expert_bad() { grep -qE '^(Errors|Warns|Warnings) \(|[Mm]alformed' "$1"; }
if have tshark tshark "tshark checks"; then
  ts() { tshark "$@" 2>/dev/null; }
  printf 'POST /widgets HTTP/1.1\r\nHost: lab\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 36\r\n\r\nname=My%%20Widget&color=blue&stock=20' >"$T/post.req"
  $W send --view hex --pcap "$T/h.pcap" "$LAB" "$T/post.req" >"$T/h.view"
  ts -r "$T/h.pcap" -qz follow,tcp,raw,0 >"$T/h.follow"
  check "tshark follow: client bytes = ledger" "$(followhex "$T/h.follow" 0)" "$(viewhex "$T/h.view" '>')"
  check "tshark follow: server bytes = ledger" "$(followhex "$T/h.follow" 1)" "$(viewhex "$T/h.view" '<')"
  ts -r "$T/h.pcap" -z expert -q >"$T/h.expert"
  expert_bad "$T/h.expert" && bad "tshark expert: HTTP capture" "$(cat "$T/h.expert")" || ok "tshark expert: HTTP capture has no malformed packets or warnings"
  # the check itself: the same capture with the request's sequence number changed must be caught
  # (packet 4 is the request: 24-byte file header, 3 handshake packets of 16+54 bytes, then its own
  # 16-byte header, 14 Ethernet and 20 IPv4 bytes before TCP, whose sequence number starts at byte 4)
  cp "$T/h.pcap" "$T/bad.pcap"
  printf '\377' | dd of="$T/bad.pcap" bs=1 seek=$((24 + 3 * 70 + 16 + 14 + 20 + 4)) conv=notrunc 2>/dev/null
  ts -r "$T/bad.pcap" -z expert -q >"$T/bad.expert"
  expert_bad "$T/bad.expert" && ok "tshark expert: a capture with a wrong sequence number is caught" \
    || bad "tshark expert: a capture with a wrong sequence number is caught" "$(cat "$T/bad.expert")"
  check "tshark sees the HTTP exchange" "$(ts -r "$T/h.pcap" -Y http -T fields -e http.response.code | tr -d '\n')" "201"
  # a big response: segments split at 1460 bytes must reassemble
  printf 'GET /bytes/20000?seed=3 HTTP/1.1\r\nHost: lab\r\n\r\n' >"$T/big.req"
  $W send --view hex --pcap "$T/big.pcap" "$LAB" "$T/big.req" >"$T/big.view"
  ts -r "$T/big.pcap" -qz follow,tcp,raw,0 >"$T/big.follow"
  check "tshark follow: 20000-byte response = ledger" "$(followhex "$T/big.follow" 1)" "$(viewhex "$T/big.view" '<')"
  ts -r "$T/big.pcap" -z expert -q >"$T/big.expert"
  expert_bad "$T/big.expert" && bad "tshark expert: big capture" "$(cat "$T/big.expert")" || ok "tshark expert: big capture clean"
  start dns-lab --port 0
  DNSPORT=$port
  $W dns query www.example.lab A @127.0.0.4:$DNSPORT --pcap "$T/d.pcap" >/dev/null
  ts -r "$T/d.pcap" -z expert -q >"$T/d.expert"
  expert_bad "$T/d.expert" && bad "tshark expert: DNS/UDP capture" "$(cat "$T/d.expert")" || ok "tshark expert: DNS/UDP capture clean"
  check "tshark decodes the DNS answer" "$(ts -r "$T/d.pcap" -d udp.port==$DNSPORT,dns -Y 'dns.flags.response == 1' -T fields -e dns.a)" "192.0.2.7"
  $W dns query www.example.lab A @127.0.0.4:$DNSPORT +tcp --pcap "$T/dt.pcap" >/dev/null
  ts -r "$T/dt.pcap" -d tcp.port==$DNSPORT,dns -z expert -q >"$T/dt.expert"
  expert_bad "$T/dt.expert" && bad "tshark expert: DNS/TCP capture" "$(cat "$T/dt.expert")" || ok "tshark expert: DNS/TCP capture clean"
  check "tshark decodes DNS over TCP" "$(ts -r "$T/dt.pcap" -d tcp.port==$DNSPORT,dns -Y 'dns.flags.response == 1' -T fields -e dns.a)" "192.0.2.7"
fi

finish
