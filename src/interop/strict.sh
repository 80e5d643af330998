#!/usr/bin/env bash
# The strictness table (docs/strictness.md), checked against what really happens: every row's bytes
# go to `bin/wirepad http parse` (strict and --lenient), to `wirepad serve echo` and to a real nginx,
# all on loopback. A row passes when all four observations equal the table's columns.
# Prints one line per row and ends with "strict interop: N passed, N failed". Exit 1 on a failure.
# Missing nginx: SKIP locally, FAIL when CI=true (CI installs nginx-light).
set -u
cd "$(dirname "$0")/../.."
W=bin/wirepad
DOC=${STRICT_DOC:-docs/strictness.md}   # another table to check (a test of this script)
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"; }
trap cleanup EXIT
pass=0; fail=0
ok() { echo "ok    $1"; pass=$((pass+1)); }
bad() { echo "FAIL  $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/      /' | head -20; fail=$((fail+1)); }
skip() { if [ "${CI:-}" = true ]; then bad "$1 (needed in CI: $2)"; else echo "SKIP  $1 ($2)"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_port() { for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }

# The status code a server answers to raw bytes on stdin ("close": closed without answering;
# "wait": no answer within 5 s). The connection is not half-closed: servers see a client waiting.
cat >"$tmp/raw.py" <<'PY'
import socket, sys
data = sys.stdin.buffer.read()
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(data)
buf = b""
try:
    while b"\r\n" not in buf:
        c = s.recv(4096)
        if not c: break
        buf += c
except socket.timeout:
    print("wait"); sys.exit(0)
print(buf.split(b"\r\n")[0].split(b" ")[1].decode() if buf else "close")
PY
status() { printf '%b' "$2" | python3 "$tmp/raw.py" "$1"; }

# wirepad's verdict on a request: "rejects @N" (+ " (framed)" when the message was still framed), "notes" or "accepts".
verdict() {
  printf '%b' "$1" | $W http parse --request "${@:2}" --json | python3 -c '
import json, sys
j = json.load(sys.stdin); e = j["error"]
if e: print("rejects @%d%s" % (e["offset"], " (framed)" if j["messages"] else ""))
else: print("notes" if any(m["diagnostics"] for m in j["messages"]) else "accepts")'
}

# The table's rows: | case | what | `bytes` | strict | lenient | serve echo | RFC rule | nginx |
rows=$(sed -n '/<!-- strict-table:start -->/,/<!-- strict-table:end -->/p' "$DOC" | grep '^| [a-z0-9-]* |' | grep -v '^| case |')
[ -n "$rows" ] || { bad "no rows found in $DOC"; echo "strict interop: $pass passed, $fail failed"; exit 1; }

# --- wirepad serve echo (strict) ---
eport=$(free_port)
$W serve echo --port "$eport" >"$tmp/echo.log" 2>&1 & pids+=($!)
wait_port "$eport" || bad "echo server did not start" "$(cat "$tmp/echo.log")"

# --- nginx on loopback, as http.sh starts it; a WebDAV PUT location so that nginx reads bodies ---
nport=""
if command -v nginx >/dev/null 2>&1; then
  nport=$(free_port)
  mkdir -p "$tmp/nginx/logs" "$tmp/www/up"
  printf 'index\n' >"$tmp/www/index.html"
  chmod 755 "$tmp"; chmod -R a+rX "$tmp/www"; chmod 777 "$tmp/www/up"   # nginx workers run as an unprivileged user
  cat >"$tmp/nginx/nginx.conf" <<CONF
daemon off; pid $tmp/nginx/nginx.pid; error_log stderr crit; worker_processes 1;
events { worker_connections 64; }
http { access_log off; client_body_temp_path $tmp/nginx/cb; proxy_temp_path $tmp/nginx/p; fastcgi_temp_path $tmp/nginx/f;
       uwsgi_temp_path $tmp/nginx/u; scgi_temp_path $tmp/nginx/s; default_type application/octet-stream;
       server { listen 127.0.0.1:$nport; root $tmp/www; location /up/ { dav_methods PUT; } } }
CONF
  nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" >"$tmp/nginx.log" 2>&1 & pids+=($!)
  if wait_port "$nport"; then
    # the baseline: well-formed requests are answered 200 and 201, so a 4xx below is about the bytes
    got="$(status "$nport" 'GET / HTTP/1.1\r\nHost: a\r\n\r\n') $(rm -f "$tmp"/www/up/*; status "$nport" 'PUT /up/x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n')"
    if [ "$got" = "200 201" ]; then ok "nginx baseline: a valid GET is 200, a valid chunked PUT 201"; else bad "nginx baseline (want 200 201)" "$got"; fi
  else bad "nginx did not start" "$(cat "$tmp/nginx.log")"; nport=""; fi
else skip "nginx column" "apt-get install nginx-light"; fi

trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; printf '%s' "${s%"${s##*[![:space:]]}"}"; }
while IFS= read -r row; do
  IFS='|' read -r _ name _ bytes want_strict want_lenient want_echo _ want_nginx _ <<<"$row"
  name=$(trim "$name"); bytes=$(trim "$bytes"); bytes=${bytes#\`}; bytes=${bytes%\`}
  want_strict=$(trim "$want_strict"); want_lenient=$(trim "$want_lenient"); want_echo=$(trim "$want_echo"); want_nginx=$(trim "$want_nginx")
  got_strict=$(verdict "$bytes"); got_lenient=$(verdict "$bytes" --lenient); got_echo=$(status "$eport" "$bytes")
  want="strict: $want_strict / lenient: $want_lenient / serve echo: $want_echo"
  got="strict: $got_strict / lenient: $got_lenient / serve echo: $got_echo"
  if [ -n "$nport" ]; then
    rm -f "$tmp"/www/up/*
    want="$want / nginx: $want_nginx"; got="$got / nginx: $(status "$nport" "$bytes")"
  fi
  if [ "$want" = "$got" ]; then ok "$name: $got"; else bad "$name: observed differs from $DOC" "table:    $want
observed: $got"; fi
done <<<"$rows"

echo "strict interop: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
