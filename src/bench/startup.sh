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
