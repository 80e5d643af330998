#!/bin/sh
# Start-up benchmark. Targets: REPL first prompt <= 300 ms; one-shot `send` <= 2x `java -version`.
#   1. `java -version` (the floor) and one-shot `bin/wirepad send` to a local echo server, side by
#      side with hyperfine (mean of RUNS after 3 warm-ups); falls back to a shell loop without it.
#   2. Time from launch to the REPL's first prompt on a real terminal (a tmux pane): min and median.
#   sh src/bench/startup.sh [RUNS]        (default 10 runs); writes build/bench/startup.tsv
# Needs tmux (and hyperfine for 1); run `make` first.
set -eu
cd "$(dirname "$0")/../.."
runs=${1:-10}
command -v tmux >/dev/null || { echo "startup.sh: tmux is needed (apt-get install tmux)" >&2; exit 2; }
[ -f build/wirepad.jar ] || { echo "startup.sh: run 'make' first" >&2; exit 2; }
now() { date +%s%N; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "%d %d %d\n", a[1], a[int((NR+1)/2)], NR}'; }
tmp=$(mktemp -d)
echo_pid=""
trap '[ -n "$echo_pid" ] && kill $echo_pid 2>/dev/null; rm -rf "$tmp"; tmux kill-session -t wirepad-bench 2>/dev/null || true' EXIT
mkdir -p build/bench; out=build/bench/startup.tsv; : >"$out"
java=${JAVA:-java}

# 1. one-shot send against java -version
bin/wirepad serve echo --port 0 >"$tmp/echo.log" 2>&1 &
echo_pid=$!
port=""
for _ in $(seq 1 200); do port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$tmp/echo.log"); [ -n "$port" ] && break; sleep 0.05; done
[ -n "$port" ] || { echo "startup.sh: echo server did not start" >&2; exit 1; }
printf 'GET / HTTP/1.1\r\nHost: bench\r\n\r\n' >"$tmp/req"
send="bin/wirepad send 127.0.0.1:$port $tmp/req"
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 3 -r "$runs" --export-csv "$tmp/hf.csv" -n "java -version" "$java -version" -n "wirepad send" "$send" \
    >"$tmp/hf.txt" 2>&1 || { cat "$tmp/hf.txt" >&2; exit 1; }
  jv=$(awk -F, '$1 == "java -version" {printf "%.0f", $2 * 1000}' "$tmp/hf.csv")
  sd=$(awk -F, '$1 == "wirepad send" {printf "%.0f", $2 * 1000}' "$tmp/hf.csv")
  how="hyperfine, mean of $runs"
else
  mean() { awk '{s+=$1} END {printf "%.0f", s/NR}'; }
  loop() { i=0; while [ $i -lt "$runs" ]; do t0=$(now); "$@" >/dev/null 2>&1; t1=$(now); echo $(( (t1 - t0) / 1000000 )); i=$((i + 1)); done; }
  jv=$(loop $java -version | mean); sd=$(loop $send | mean)
  how="shell loop, mean of $runs (no hyperfine)"
fi
ratio=$(awk -v a="$sd" -v b="$jv" 'BEGIN {printf "%.2f", a / b}')
printf 'Start-up (%s)\n' "$how"
printf '  %-28s %6s ms\n' "java -version" "$jv"
printf '  %-28s %6s ms   send/java -version %s (target <= 2.00)\n' "bin/wirepad send (one-shot)" "$sd" "$ratio"
printf 'startup\tjava-version\t%s\t-\nstartup\tsend\t%s\t%s\n' "$jv" "$sd" "$ratio" >>"$out"

# 2. bin/wirepad in a terminal: a tmux pane per run (one tmux server for all runs, started first);
#    the clock runs from asking tmux for the pane until the prompt is on the screen.
tmux new-session -d -s wirepad-bench -x 100 -y 30 "sleep 3600"
i=0; while [ $i -lt "$runs" ]; do
  t0=$(now)
  pane=$(tmux new-window -d -P -F '#{pane_id}' -t wirepad-bench "WIREPAD_HISTORY=$tmp/history exec bin/wirepad")
  until tmux capture-pane -t "$pane" -p 2>/dev/null | grep -q '^wirepad>'; do
    [ $(( ($(now) - t0) / 1000000 )) -gt 10000 ] && { echo "startup.sh: no prompt after 10 s" >&2; exit 1; }
  done
  t1=$(now)
  tmux kill-pane -t "$pane"
  echo $(( (t1 - t0) / 1000000 )); i=$((i + 1))
done | stats >"$tmp/repl"
read -r min median n <"$tmp/repl"
printf '  %-28s %6s ms   median of %s, min %s ms (target <= 300)\n' "REPL first prompt (tmux)" "$median" "$n" "$min"
printf 'startup\trepl\t%s\t-\n' "$median" >>"$out"
