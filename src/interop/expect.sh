#!/usr/bin/env bash
# Uploads and keep-alive against `wirepad serve echo` and `wirepad serve lab`, with real clients on
# loopback: the JDK HttpClient with expectContinue(true) (src/interop/ExpectClient.java, run in
# single-file mode), curl uploads (-T and --data-binary, which send Expect: 100-continue), and
# `ab -k` (HTTP/1.0 with Connection: Keep-Alive). Every client has a deadline: a stall is a FAIL,
# never a hang. Ends with "expect interop: N passed, N failed"; exit 1 on a failure.
# Missing ab: SKIP locally, FAIL when CI=true (CI installs apache2-utils).
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -u
cd "$(dirname "$0")/../.." || exit 2
. src/interop/lib.sh expect

# ms_under LIMIT SECONDS: whether a curl time_total (seconds) is under LIMIT milliseconds
ms_under() { python3 -c 'import sys; sys.exit(0 if float(sys.argv[2]) * 1000 < float(sys.argv[1]) else 1)' "$1" "$2"; }

serve "$T/echo.log" echo --port 0 || bad "echo server did not start" "$(cat "$T/echo.log")"
echo_port=$port
serve "$T/lab.log" lab --port 0 || bad "lab server did not start" "$(cat "$T/lab.log")"
lab_port=$port
E=http://127.0.0.1:$echo_port L=http://127.0.0.1:$lab_port
head -c 2000000 /dev/zero | tr '\0' x >"$T/2mb"
printf 'name=My%%20Widget&color=blue&stock=20' >"$T/form"

# --- 1. the JDK HttpClient, expectContinue(true): it waits for 100 Continue before any body byte ---
# (a JDK before 20 also waits forever when the answer to the head is final, JDK-8286171: those
#  cases are checked with curl below, and with the JDK client only on JDK 20 or later)
jv=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
early=()
[ "${jv:-17}" -ge 20 ] 2>/dev/null && early=(-- PUT "$L/widgets/1" 100000 -- POST "$L/widgets" 2000000 text/plain)
timeout 90 java src/interop/ExpectClient.java POST "$E/upload" 2000000 -- POST "$E/empty" 0 \
  -- POST "$L/widgets" "=$(cat "$T/form")" application/x-www-form-urlencoded -- PUT "$L/anything" 100000 \
  -- POST "$E/chunked" 41943040c "${early[@]}" >"$T/jdk.out" 2>&1
jdk() { # jdk NAME LINE-REGEX
  if grep -Eq "$2" "$T/jdk.out"; then ok "JDK HttpClient: $1 ($(grep -E "$2" "$T/jdk.out" | sed 's/.* -> //'))"; else bad "JDK HttpClient: $1" "$(cat "$T/jdk.out")"; fi
}
jdk "2 MB POST to serve echo completes" "^POST $E/upload -> 200 in [0-9]+ ms"
jdk "empty POST to serve echo completes (100 Continue, then 200)" "^POST $E/empty -> 200 in [0-9]+ ms"
jdk "form POST to serve lab /widgets: 201 Created" "^POST $L/widgets -> 201 in [0-9]+ ms"
jdk "100 kB PUT to serve lab /anything echoed back" "^PUT $L/anything -> 200 in [0-9]+ ms \\(1003[0-9][0-9] bytes back\\)"
# past the 20 MiB a chunked body may take, the 413 comes while the client still sends: it must read it, not a reset
jdk "40 MiB chunked upload to serve echo gets its 413 (lingering close)" "^POST $E/chunked -> 413 in [0-9]+ ms"
if [ ${#early[@]} -gt 0 ]; then
  jdk "PUT /widgets/1: 405 from the head alone" "^PUT $L/widgets/1 -> 405 in [0-9]+ ms"
  jdk "text/plain POST /widgets: 415 from the head alone" "^POST $L/widgets -> 415 in [0-9]+ ms"
else echo "SKIP  JDK HttpClient: final answers to the head alone (JDK $jv waits forever on them, JDK-8286171; curl checks them below)"; fi

# --- 2. curl uploads: Expect: 100-continue answered at once (no 1 s wait), or a final status at once ---
# curl_up NAME URL WANT-STATUS WANT-100(yes|no) CURL-ARGS...
curl_up() {
  local name=$1 url=$2 want=$3 cont=$4; shift 4
  local out; out=$(curl -sv --max-time 10 -o "$T/body" -w 'status=%{http_code} time=%{time_total}' "$@" "$url" 2>"$T/curl.err")
  local t=${out#*time=} st=${out#status=}; st=${st%% *}
  local got100=no; grep -q '^< HTTP/1.1 100 Continue' "$T/curl.err" && got100=yes
  if [ "$st" = "$want" ] && [ "$got100" = "$cont" ] && grep -q '^> Expect: 100-continue' "$T/curl.err" && ms_under 700 "$t"; then
    ok "curl $name: $st in ${t}s (100 Continue: $got100)"
  else bad "curl $name: want $want in < 0.7 s (100 Continue: $cont)" "$out 100=$got100
$(grep -E '^[<>*] ' "$T/curl.err" | head -12)"; fi
}
curl_up "-T 2 MB to serve echo" "$E/t" 200 yes -T "$T/2mb"
curl_up "--data-binary 2 MB to serve echo" "$E/d" 200 yes --data-binary @"$T/2mb"
curl_up "-T 2 MB to serve lab /anything" "$L/anything" 200 yes -T "$T/2mb"
curl_up "-T 2 MB to serve lab /widgets: 405 from the head" "$L/widgets" 405 no -T "$T/2mb"
curl_up "text/plain POST to serve lab /widgets: 415 from the head" "$L/widgets" 415 no -H 'Content-Type: text/plain' --data-binary @"$T/2mb"
curl_up "form POST to serve lab /widgets with Expect: 201" "$L/widgets" 201 yes -H 'Expect: 100-continue' --data-binary @"$T/form"
# a Content-Length over the body limit is refused before one body byte is read (curl stops sending)
head -c $((40 * 1024 * 1024)) /dev/zero >"$T/40mb"
curl_up "40 MiB to serve echo: 413 from its Content-Length" "$E/big" 413 no -T "$T/40mb"
if grep -q 'reads at most 33554432 (32 MiB) per request' "$T/body"; then ok "413 body names the limit"; else bad "413 body names the limit" "$(cat "$T/body")"; fi

# --- 3. ab -k: HTTP/1.0 with Connection: Keep-Alive, every request on a kept connection ---
if have ab apache2-utils "ab -k against serve echo and serve lab"; then
  for target in "serve echo|$E/" "serve lab|$L/widgets"; do
    name=${target%%|*} url=${target#*|}
    timeout 30 ab -k -n 500 -c 8 -s 5 "$url" >"$T/ab.out" 2>&1
    complete=$(sed -n 's/^Complete requests: *//p' "$T/ab.out"); failed=$(sed -n 's/^Failed requests: *//p' "$T/ab.out")
    kept=$(sed -n 's/^Keep-Alive requests: *//p' "$T/ab.out"); rps=$(sed -n 's/^Requests per second: *\([0-9.]*\).*/\1/p' "$T/ab.out")
    if [ "$complete" = 500 ] && [ "$failed" = 0 ] && [ "$kept" = 500 ]; then ok "ab -k against $name: 500 requests, 500 kept alive, 0 failed ($rps requests/s)"
    else bad "ab -k against $name: want 500 complete, 500 kept alive, 0 failed" "$(grep -E 'requests|apr_|Time taken' "$T/ab.out")"; fi
  done
fi
# the reply to an HTTP/1.0 keep-alive request says so; one without keep-alive says close
r10=$(printf 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n' | timeout 5 curl -s --max-time 2 "telnet://127.0.0.1:$echo_port" | tr -d '\r' | grep -i '^Connection:')
if [ "$r10" = "Connection: keep-alive" ]; then ok "HTTP/1.0 keep-alive request: reply says Connection: keep-alive"; else bad "HTTP/1.0 keep-alive: reply says Connection: keep-alive" "$r10"; fi

# the log shows a body preview, not the whole body
if grep -q '^… 1999744 more bytes$' "$T/echo.log" && [ "$(wc -c <"$T/echo.log")" -lt 200000 ]; then ok "serve echo logs a 256-byte preview of a 2 MB body (log: $(wc -c <"$T/echo.log") bytes)"
else bad "serve echo logs a 256-byte preview of a 2 MB body" "$(grep -c '' "$T/echo.log") lines, $(wc -c <"$T/echo.log") bytes"; fi

finish
