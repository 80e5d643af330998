#!/bin/sh
# Startup benchmark: time from launch to the REPL's first prompt on a real terminal (a tmux pane),
# next to the floor of `java -version` with the launcher's JVM options.
#   sh src/bench/startup.sh [RUNS]        (default 10 runs; prints min and median in ms)
# Budget: first prompt <= 400 ms. Needs tmux; run `make` first.
set -eu
cd "$(dirname "$0")/../.."
runs=${1:-10}
command -v tmux >/dev/null || { echo "startup.sh: tmux is needed (apt-get install tmux)" >&2; exit 2; }
[ -f build/wirepad.jar ] || { echo "startup.sh: run 'make' first" >&2; exit 2; }
now() { date +%s%N; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms (%d runs)\n", a[1], a[int((NR+1)/2)], NR}'; }
hist=$(mktemp)
trap 'rm -f "$hist"; tmux kill-session -t wirepad-bench 2>/dev/null || true' EXIT

# 1. The JVM alone, with the options bin/wirepad uses.
opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss1m -Xshare:auto"
i=0; while [ $i -lt "$runs" ]; do
  t0=$(now); ${JAVA:-java} $opts -version >/dev/null 2>&1; t1=$(now)
  echo $(( (t1 - t0) / 1000000 )); i=$((i + 1))
done | { printf 'java -version floor:      '; stats; }

# 2. bin/wirepad in a terminal: a tmux pane per run (one tmux server for all runs, started first);
#    the clock runs from asking tmux for the pane until the prompt is on the screen.
tmux new-session -d -s wirepad-bench -x 100 -y 30 "sleep 3600"
i=0; while [ $i -lt "$runs" ]; do
  t0=$(now)
  pane=$(tmux new-window -d -P -F '#{pane_id}' -t wirepad-bench "WIREPAD_HISTORY=$hist exec bin/wirepad")
  until tmux capture-pane -t "$pane" -p 2>/dev/null | grep -q '^wirepad>'; do
    [ $(( ($(now) - t0) / 1000000 )) -gt 10000 ] && { echo "startup.sh: no prompt after 10 s" >&2; exit 1; }
  done
  t1=$(now)
  tmux kill-pane -t "$pane"
  echo $(( (t1 - t0) / 1000000 )); i=$((i + 1))
done | { printf 'REPL first prompt (tmux): '; stats; }

# 3. One-shot `bin/wirepad send` to a local echo server (budget: mean <= 150 ms), with the
#    launcher's options and with full tiered compilation (C2) for comparison.
log=$(mktemp)
bin/wirepad serve echo --port 0 >"$log" 2>&1 &
echo_pid=$!
trap 'kill $echo_pid 2>/dev/null; rm -f "$hist" "$log"; tmux kill-session -t wirepad-bench 2>/dev/null || true' EXIT
port=""
for _ in $(seq 1 100); do port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log"); [ -n "$port" ] && break; sleep 0.05; done
[ -n "$port" ] || { echo "startup.sh: echo server did not start" >&2; exit 1; }
req=$(mktemp); printf 'GET / HTTP/1.1\r\nHost: bench\r\n\r\n' >"$req"
mean() { sort -n | awk '{s+=$1; a[NR]=$1} END {printf "mean %d ms, min %d ms, median %d ms (%d runs)\n", s/NR, a[1], a[int((NR+1)/2)], NR}'; }
for label in "C1 only (launcher default)" "full tiered (C2)"; do
  extra=""; [ "$label" = "full tiered (C2)" ] && extra="-XX:TieredStopAtLevel=4"
  i=0; while [ $i -lt "$runs" ]; do
    t0=$(now); WIREPAD_JAVA_OPTS="$extra" bin/wirepad send "127.0.0.1:$port" "$req" >/dev/null; t1=$(now)
    echo $(( (t1 - t0) / 1000000 )); i=$((i + 1))
  done | { printf 'send, %-27s ' "$label:"; mean; }
done
rm -f "$req"
