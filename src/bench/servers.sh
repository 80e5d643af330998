#!/bin/sh
# Servers side by side on loopback: `wirepad serve echo`, nginx (1 worker, minimal config in a temp
# dir) and the JDK's built-in HttpServer (src/bench/java/wirepad/bench/JdkEchoServer.java), each
# loaded by wrk with 16 keep-alive connections (2 threads); then a 30 MB upload through serve echo
# (curl --data-binary). Prints req/s, the ratios and MB/s; writes build/bench/servers.tsv.
#   BENCH_CP=... sh src/bench/servers.sh [quick]     (run by `make bench`; needs wrk, curl, nginx)
set -eu
cd "$(dirname "$0")/../.."
mode=${1:-full}
if [ "$mode" = quick ]; then warm=2; dur=5; uploads=2; else warm=5; dur=10; uploads=3; fi
for t in wrk curl; do command -v $t >/dev/null || { echo "servers.sh: $t is needed" >&2; exit 2; }; done
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "servers.sh: nginx is needed (apt-get install nginx-light)" >&2; exit 2; }
[ -f build/wirepad.jar ] || { echo "servers.sh: run 'make' first" >&2; exit 2; }
[ -n "${BENCH_CP:-}" ] || { echo "servers.sh: BENCH_CP (the bench class path) is not set; run it through make bench" >&2; exit 2; }

tmp=$(mktemp -d)
pid=""
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; pid=""; }
trap 'stop; rm -rf "$tmp"' EXIT
out=build/bench/servers.tsv
mkdir -p build/bench; : >"$out"

freeport() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $(( 20000 + $$ % 20000 ))
}
# Waits (bounded: 20 s) until the server on $1 answers.
ready() {
  i=0; until curl -s -o /dev/null "http://127.0.0.1:$1/"; do
    i=$((i + 1)); [ $i -gt 200 ] && { echo "servers.sh: nothing answers on port $1" >&2; exit 1; }; sleep 0.1
  done
}
# wrk against port $1: a warm-up run (thrown away), then the measured one; prints req/s.
load() {
  wrk -t2 -c16 -d"${warm}s" "http://127.0.0.1:$1/bench" >/dev/null
  wrk -t2 -c16 -d"${dur}s" "http://127.0.0.1:$1/bench" >"$tmp/wrk.txt"
  if grep -qE 'Non-2xx|Socket errors' "$tmp/wrk.txt"; then grep -E 'Non-2xx|Socket errors' "$tmp/wrk.txt" | sed 's/^/  wrk: /' >&2; fi
  awk '/^Requests\/sec:/ {printf "%.0f\n", $2}' "$tmp/wrk.txt"
}

echo "Servers: wrk -t2 -c16 (keep-alive), ${dur} s after a ${warm} s warm-up, loopback"
# 1. wirepad serve echo (its per-request log goes to /dev/null)
port=$(freeport)
bin/wirepad serve echo --port "$port" >/dev/null 2>"$tmp/wirepad.err" & pid=$!
ready "$port"
wp=$(load "$port")
# 1b. the 30 MB upload through the same server, now warm: best of $uploads
head -c 30000000 /dev/urandom >"$tmp/upload.bin"
best=0; i=0
while [ $i -lt "$uploads" ]; do
  s=$(curl -s -o /dev/null -w '%{time_total}' --max-time 120 --data-binary @"$tmp/upload.bin" "http://127.0.0.1:$port/upload" || echo 0)
  mbs=$(awk -v t="$s" 'BEGIN {if (t > 0) printf "%.0f", 30 / t; else print 0}')
  [ "$mbs" -gt "$best" ] && best=$mbs
  i=$((i + 1))
done
stop

# 2. nginx, one worker, answering from memory (return 200)
port=$(freeport)
mkdir -p "$tmp/nginx/logs"
cat >"$tmp/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx/body;
  default_type text/plain;
  server {
    listen 127.0.0.1:$port;
    location / { return 200 "You have requested: \$uri\n"; }
  }
}
CONF
"$nginx" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" 2>"$tmp/nginx.err" & pid=$!
ready "$port"
ng=$(load "$port")
stop

# 3. the JDK HttpServer echo-alike (a full JIT JVM with the launcher's GC; TCP_NODELAY, without which
#    its two writes per response wait for delayed ACKs: about 25 responses a second per connection)
port=$(freeport)
java -XX:+UseSerialGC -Dsun.net.httpserver.nodelay=true -cp "$BENCH_CP" wirepad.bench.JdkEchoServer "$port" >/dev/null 2>"$tmp/jdk.err" & pid=$!
ready "$port"
jdk=$(load "$port")
stop

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "-"}'; }
printf '  %-28s %10s req/s\n' "wirepad serve echo" "$wp"
printf '  %-28s %10s req/s   wirepad/nginx %s (target >= 0.50)\n' "nginx, 1 worker" "$ng" "$(ratio "$wp" "$ng")"
printf '  %-28s %10s req/s   wirepad/JDK   %s (target >= 2.00)\n' "JDK HttpServer" "$jdk" "$(ratio "$wp" "$jdk")"
printf '  %-28s %10s MB/s    (target >= 100, best of %s)\n' "30 MB upload, serve echo" "$best" "$uploads"
printf 'server\twirepad\t%s\t-\nserver\tnginx\t%s\t%s\nserver\tjdk\t%s\t%s\nupload\twirepad\t%s\t-\n' \
  "$wp" "$ng" "$(ratio "$wp" "$ng")" "$jdk" "$(ratio "$wp" "$jdk")" "$best" >"$out"
