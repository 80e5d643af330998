#!/usr/bin/env bash
# HTTP interop with real peers, on loopback only: curl against wirepad's echo server, and wirepad
# against nginx and python3's http.server, compared with what curl sees of the same servers.
# Prints one line per check and ends with "http interop: N passed, N failed". Exit 1 on a failure.
# Missing nginx: SKIP locally, FAIL when CI=true (CI installs nginx-light).
set -u
cd "$(dirname "$0")/../.."
. src/interop/lib.sh http

# --- 1. curl -v against `wirepad serve echo`: exactly the seed's exchange ---
serve "$tmp/echo.log" echo --port 0 || bad "echo server did not start" "$(cat "$tmp/echo.log")"
echo "$port" >"$tmp/echo.port"
curl -sv --max-time 5 "http://127.0.0.1:$port/" -o "$tmp/body" 2>"$tmp/curl.err"
check "curl: body is 'You have requested: /' + LF" "$(od -An -c "$tmp/body" | tr -s ' ')" "$(printf 'You have requested: /\n' | od -An -c | tr -s ' ')"
heads=$(grep '^< ' "$tmp/curl.err" | tr -d '\r' | sed 's/^< //' | grep -v '^$')
check "curl: status line" "$(echo "$heads" | sed -n 1p)" "HTTP/1.1 200 OK"
check "curl: header names in the seed's order" "$(echo "$heads" | sed -n '2,$p' | cut -d: -f1 | tr '\n' ' ')" "Date Content-Length Content-Type "
check "curl: Content-Length: 22" "$(echo "$heads" | grep '^Content-Length')" "Content-Length: 22"
check "curl: Content-Type" "$(echo "$heads" | grep '^Content-Type')" "Content-Type: text/plain; charset=utf-8"
if echo "$heads" | grep -Eq '^Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$'; then ok "curl: Date is an IMF-fixdate"; else bad "curl: Date is an IMF-fixdate" "$heads"; fi
curl -sv --max-time 5 "http://127.0.0.1:$port/a" "http://127.0.0.1:$port/b" -o "$tmp/b1" -o "$tmp/b2" 2>"$tmp/curl2.err"
if grep -qi 're-using existing connection' "$tmp/curl2.err" && [ "$(cat "$tmp/b1" "$tmp/b2")" = "$(printf 'You have requested: /a\nYou have requested: /b\n')" ]; then
  ok "curl: two URLs on one keep-alive connection"; else bad "curl: two URLs on one keep-alive connection" "$(grep -i 'connect\|re-us' "$tmp/curl2.err")"; fi
printf 'GET / HTTP/1.1\r\nHost : x\r\n\r\n' | curl -s --max-time 5 "telnet://127.0.0.1:$port" >"$tmp/bad" 2>/dev/null
if head -1 "$tmp/bad" | grep -q '^HTTP/1.1 400 Bad Request' && grep -q 'byte 20: whitespace between field name and colon' "$tmp/bad"; then
  ok "raw bytes via curl telnet://: 400 names byte 20"; else bad "raw bytes via curl telnet://: 400 names byte 20" "$(cat "$tmp/bad")"; fi

# --- 1b. `http export nc` run as is: the nc line ends by itself once the echo server has answered ---
if have nc netcat-openbsd "export nc runs"; then
  printf 'GET /nc HTTP/1.1\r\nHost: x\r\n\r\n' >"$tmp/nc.req"
  $W http export nc "127.0.0.1:$port" "$tmp/nc.req" >"$tmp/nc.sh"
  timeout 10 sh "$tmp/nc.sh" >"$tmp/nc.out" 2>&1; rc=$?
  if [ "$rc" = 0 ] && head -1 "$tmp/nc.out" | grep -q '^HTTP/1.1 200 OK' && grep -q 'You have requested: /nc' "$tmp/nc.out"; then
    ok "export nc: the command ends by itself with the answer ($(grep -o '| nc .*' "$tmp/nc.sh"))"
  else bad "export nc: the command ends by itself (exit $rc; 124 = still waiting after 10 s)" "$(cat "$tmp/nc.sh" "$tmp/nc.out")"; fi
fi

# --- compare wirepad with curl against a server: status, headers (but Date), body ---
# usage: compare NAME PORT METHOD PATH EXPECTED-STATUS
compare() {
  local name=$1 port=$2 method=$3 path=$4 want=$5; shift 5
  printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nUser-Agent: interop\r\nAccept: */*\r\nConnection: close\r\n\r\n' "$method" "$path" "$port" \
    | $W send --view raw --timeout 5000 "127.0.0.1:$port" >"$tmp/w.raw" 2>"$tmp/w.err"
  local m=(); [ "$method" = HEAD ] && m=(--method HEAD)
  $W http parse --response --eof "${m[@]}" --json "$tmp/w.raw" >"$tmp/w.json" 2>&1
  if [ "$method" = HEAD ]; then curl -sI --max-time 5 -A interop -H 'Connection: close' "http://127.0.0.1:$port$path" -o "$tmp/c.head"; : >"$tmp/c.body"
  else curl -s --max-time 5 -A interop -H 'Connection: close' -D "$tmp/c.head" -o "$tmp/c.body" "http://127.0.0.1:$port$path"; fi
  local wstatus wheads wbody
  wstatus=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["messages"][-1]; print(m["version"], m["status"], m["reason"])' "$tmp/w.json" 2>/dev/null)
  wheads=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["messages"][-1]; print("\n".join(n+": "+v for n,v in m["headers"] if n.lower()!="date"))' "$tmp/w.json" 2>/dev/null)
  wbody=$(python3 -c 'import json,sys,base64,hashlib; m=json.load(open(sys.argv[1]))["messages"][-1]; print(hashlib.sha256(base64.b64decode(m["body_b64"])).hexdigest())' "$tmp/w.json" 2>/dev/null)
  local cstatus cheads cbody
  cstatus=$(head -1 "$tmp/c.head" | tr -d '\r')
  cheads=$(sed 1d "$tmp/c.head" | tr -d '\r' | grep -v '^$' | grep -vi '^date:')
  cbody=$(sha256sum "$tmp/c.body" | cut -d' ' -f1)
  if [ "$wstatus" = "$cstatus" ] && [ "$wheads" = "$cheads" ] && [ "$wbody" = "$cbody" ] && [ "${cstatus#* }" != "${cstatus#* $want}" ]; then
    ok "$name: status, headers and body match curl ($cstatus)"
  else bad "$name: status (want $want), headers and body match curl" "wirepad: $wstatus / curl: $cstatus
$(diff <(echo "$wheads") <(echo "$cheads"))
body sha256 wirepad $wbody curl $cbody
$(head -c 400 "$tmp/w.err")"; fi
}

mkdir -p "$tmp/www"
printf 'hello from a static file\n' >"$tmp/www/hello.txt"
head -c 70000 /dev/urandom >"$tmp/www/blob.bin"

# --- 2. nginx on loopback: static file, keep-alive, 404, HEAD ---
if have nginx nginx-light "nginx checks"; then
  nport=$(free_port)
  if start_nginx "$nport" error; then
    compare "nginx static file" "$nport" GET /hello.txt 200
    compare "nginx 70 000-byte file" "$nport" GET /blob.bin 200
    compare "nginx 404" "$nport" GET /missing 404
    compare "nginx HEAD" "$nport" HEAD /hello.txt 200
    out=$(printf 'open 127.0.0.1:%s\nnew GET /hello.txt HTTP/1.1\nh Host: x\nsend --view curl\nsend --view curl\nclose\n' "$nport" | $W 2>&1)
    if [ "$(echo "$out" | grep -c '^hello from a static file')" = 2 ] && echo "$out" | grep -q 'Re-using the open connection'; then
      ok "nginx keep-alive: two requests on one connection (REPL open/send/send)"; else bad "nginx keep-alive" "$out"; fi
    printf 'GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\nGET /missing HTTP/1.1\r\nHost: x\r\n\r\nGET /hello.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' >"$tmp/pipe.req"
    out=$(printf 'open 127.0.0.1:%s\nnew GET /hello.txt HTTP/1.1\nh Host: x\nsave a\nline GET /missing HTTP/1.1\nsave b\npipe a b a --view curl\n' "$nport" | $W 2>&1)
    if [ "$(echo "$out" | grep -c '^< HTTP/1.1 200 OK')" = 2 ] && [ "$(echo "$out" | grep -c '^< HTTP/1.1 404 Not Found')" = 1 ]; then
      ok "nginx pipelining: 3 requests back to back, 3 responses in order"; else bad "nginx pipelining" "$out"; fi
  else bad "nginx did not start" "$(cat "$tmp/nginx.log")"; fi
fi

# --- 3. python3 -m http.server (HTTP/1.0) and a close-delimited python handler ---
pport=$(free_port)
python3 -m http.server --bind 127.0.0.1 --directory "$tmp/www" "$pport" >"$tmp/py.log" 2>&1 & pids+=($!)
if wait_port "$pport"; then
  compare "python http.server file (HTTP/1.0)" "$pport" GET /hello.txt 200
  compare "python http.server 404" "$pport" GET /missing 404
else bad "python http.server did not start" "$(cat "$tmp/py.log")"; fi
cport=$(free_port)
cat >"$tmp/closedelim.py" <<'PY'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    def do_GET(self):
        self.send_response(200); self.send_header("Content-Type", "text/plain"); self.end_headers()
        self.wfile.write(b"no length: this body ends when the server closes\n" * 40)
    def log_message(self, *a): pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
python3 "$tmp/closedelim.py" "$cport" >"$tmp/cd.log" 2>&1 & pids+=($!)
if wait_port "$cport"; then
  compare "python close-delimited body" "$cport" GET / 200
  out=$(printf 'GET / HTTP/1.1\r\nHost: x\r\n\r\n' | $W send --view curl "127.0.0.1:$cport")
  if echo "$out" | grep -q 'stopped: peer closed after 1 960 bytes (close-delimited body)'; then ok "python close-delimited: wirepad says why it stopped"
  else bad "python close-delimited: wirepad says why it stopped" "$(echo "$out" | tail -3)"; fi
else bad "close-delimited server did not start" "$(cat "$tmp/cd.log")"; fi

# --- 4. exit codes: wirepad send and curl, the same failures on loopback ---
# usage: codes NAME WANT WIREPAD-EXIT CURL-EXIT  (curl's number "-" when curl is not asked)
codes() {
  if [ "$3" = "$2" ] && { [ "$4" = - ] || [ "$4" = "$2" ]; }; then ok "exit codes: $1: wirepad $3, curl $4"
  else bad "exit codes: $1 (want $2)" "wirepad $3, curl $4
$(head -c 600 "$tmp/x.err" 2>/dev/null)"; fi
}
req='GET / HTTP/1.1\r\nHost: x\r\n\r\n'
closed=$(free_port)   # nothing listens: refused
printf "$req" | $W send --timeout 3000 "127.0.0.1:$closed" >/dev/null 2>"$tmp/x.err"; w=$?
curl -s --max-time 5 "http://127.0.0.1:$closed/" >/dev/null 2>&1; c=$?
codes "closed port" 7 "$w" "$c"
# An unresolvable name (RFC 6761 .invalid), in a JVM whose only name source is an empty hosts file:
# nothing is asked of any DNS server. curl would ask one, so it is not run here (its number is 6 too).
: >"$tmp/hosts"
printf "$req" | WIREPAD_JAVA_OPTS="-Djdk.net.hosts.file=$tmp/hosts" $W send --timeout 3000 nothing.invalid:80 >/dev/null 2>"$tmp/x.err"; w=$?
codes "unresolvable name (hosts file only)" 6 "$w" -
cat >"$tmp/peers.py" <<'PY'
import socket, ssl, sys, time
mode, port = sys.argv[1], int(sys.argv[2])
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); srv.bind(("127.0.0.1", port)); srv.listen(8)
ctx = None
if mode.startswith("tls"):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); ctx.load_cert_chain(sys.argv[3], sys.argv[4])
while True:
    conn, _ = srv.accept()
    try:
        if mode == "silent":            # reads, never answers
            conn.recv(4096); time.sleep(30)
        elif mode == "empty":           # reads, closes without a byte
            conn.recv(4096)
        elif mode.startswith("tls"):    # a close-delimited body, then close_notify (tls-notify) or a bare TCP close (tls-cut)
            s = ctx.wrap_socket(conn, server_side=True)
            s.recv(4096)
            s.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + b"the body ends where the connection does\n" * 20)
            # tls-notify: unwrap() sends close_notify; tls-cut: closing the TLS socket sends none (Python never does on close)
            conn = s.unwrap() if mode == "tls-notify" else s
    except Exception:
        pass
    finally:
        try: conn.close()
        except Exception: pass
PY
for mode in silent empty; do
  port=$(free_port); python3 "$tmp/peers.py" "$mode" "$port" >"$tmp/$mode.log" 2>&1 & pids+=($!)
  wait_port "$port" || bad "python $mode peer did not start" "$(cat "$tmp/$mode.log")"
  if [ "$mode" = silent ]; then
    printf "$req" | $W send --idle-timeout 500 "127.0.0.1:$port" >/dev/null 2>"$tmp/x.err"; w=$?
    curl -s --max-time 1 "http://127.0.0.1:$port/" >/dev/null 2>&1; c=$?
    codes "no answer (timeout)" 28 "$w" "$c"
  else
    printf "$req" | $W send "127.0.0.1:$port" >/dev/null 2>"$tmp/x.err"; w=$?
    curl -s --max-time 5 "http://127.0.0.1:$port/" >/dev/null 2>&1; c=$?
    codes "empty reply" 52 "$w" "$c"
  fi
done

# --- 5. TLS against python's ssl (OpenSSL): close_notify or not after a close-delimited body ---
if have openssl openssl "TLS exit-code checks"; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost -keyout "$tmp/key.pem" -out "$tmp/cert.pem" >/dev/null 2>&1
  for mode in tls-notify tls-cut; do
    port=$(free_port); python3 "$tmp/peers.py" "$mode" "$port" "$tmp/cert.pem" "$tmp/key.pem" >"$tmp/$mode.log" 2>&1 & pids+=($!)
    wait_port "$port" || bad "python $mode peer did not start" "$(cat "$tmp/$mode.log")"
    printf 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n' | $W send --tls --cacert "$tmp/cert.pem" --view curl "localhost:$port" >"$tmp/x.out" 2>"$tmp/x.err"; w=$?
    curl -s --max-time 5 --cacert "$tmp/cert.pem" "https://localhost:$port/" >/dev/null 2>&1; c=$?
    if [ "$mode" = tls-notify ]; then codes "TLS close_notify ends the body cleanly" 0 "$w" "$c"
    else
      # RFC 9112 §9.8 calls this an incomplete response; curl builds that ignore OpenSSL's unexpected EOF exit 0
      # here (7.88 does), so curl's number is shown, not compared.
      codes "TLS close without close_notify is a truncation (curl said $c)" 56 "$w" -
      if grep -q 'without TLS close_notify after 800 bytes: the close-delimited body may be cut short' "$tmp/x.out"; then ok "TLS truncation: wirepad says so"
      else bad "TLS truncation: wirepad says so" "$(tail -3 "$tmp/x.out")"; fi
    fi
  done
  # the same certificate reached by another name: a host name mismatch (curl 60)
  printf 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n' | $W send --tls --cacert "$tmp/cert.pem" "127.0.0.1:$port" >/dev/null 2>"$tmp/x.err"; w=$?
  curl -s --max-time 5 --cacert "$tmp/cert.pem" "https://127.0.0.1:$port/" >/dev/null 2>&1; c=$?
  codes "TLS host name mismatch" 60 "$w" "$c"
  if grep -q 'host name mismatch: the certificate is for localhost, not 127.0.0.1' "$tmp/x.err"; then ok "TLS mismatch: wirepad names the certificate's names"
  else bad "TLS mismatch: wirepad names the certificate's names" "$(cat "$tmp/x.err")"; fi
  # TLS to a plain HTTP port (wirepad's echo server from check 1): curl 35
  printf 'GET / HTTP/1.1\r\nHost: x\r\n\r\n' | $W send --tls --insecure "127.0.0.1:$(cat "$tmp/echo.port")" >/dev/null 2>"$tmp/x.err"; w=$?
  curl -sk --max-time 5 "https://127.0.0.1:$(cat "$tmp/echo.port")/" >/dev/null 2>&1; c=$?
  codes "TLS to a plain HTTP port" 35 "$w" "$c"
fi

finish
