#!/usr/bin/env bash
# The strictness table (docs/strictness.md), checked against what really happens: every row's bytes
# go to `bin/wirepad http parse` (strict and --lenient), to `wirepad serve echo` and to a real nginx,
# all on loopback. A row passes when all four observations equal the table's columns.
# Prints one line per row and ends with "strict interop: N passed, N failed". Exit 1 on a failure.
# Missing nginx: SKIP locally, FAIL when CI=true (CI installs nginx-light).
set -u
cd "$(dirname "$0")/../.."
DOC=${STRICT_DOC:-docs/strictness.md}   # another table to check (a test of this script)
. src/interop/lib.sh strict

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
[ -n "$rows" ] || { bad "no rows found in $DOC"; finish; }

# --- wirepad serve echo (strict) ---
serve "$tmp/echo.log" echo --port 0 || bad "echo server did not start" "$(cat "$tmp/echo.log")"
eport=$port

# --- nginx on loopback, as http.sh starts it; a WebDAV PUT location so that nginx reads bodies ---
nport=""
if have nginx nginx-light "nginx column"; then
  nport=$(free_port)
  mkdir -p "$tmp/www/up"
  printf 'index\n' >"$tmp/www/index.html"
  chmod 777 "$tmp/www/up"   # nginx workers run as an unprivileged user
  if start_nginx "$nport" crit 'location /up/ { dav_methods PUT; }'; then
    # the baseline: well-formed requests are answered 200 and 201, so a 4xx below is about the bytes
    got="$(status "$nport" 'GET / HTTP/1.1\r\nHost: a\r\n\r\n') $(rm -f "$tmp"/www/up/*; status "$nport" 'PUT /up/x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n')"
    if [ "$got" = "200 201" ]; then ok "nginx baseline: a valid GET is 200, a valid chunked PUT 201"; else bad "nginx baseline (want 200 201)" "$got"; fi
  else bad "nginx did not start" "$(cat "$tmp/nginx.log")"; nport=""; fi
fi

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

finish
