#!/bin/sh
# The summary of `make bench` as a Markdown table (for docs/performance.md): every number, the ratio
# to each peer, the target and whether it is met, with the machine, the command and the date.
# Reads build/bench/codecs.tsv, servers.tsv and startup.tsv (written by the bench steps).
#   sh src/bench/summary.sh [COMMAND]     (COMMAND: how the numbers were made, shown as is)
set -eu
cd "$(dirname "$0")/../.."
cmd=${1:-make bench}
d=build/bench
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
jv=$(${JAVA:-java} -version 2>&1 | head -1)
echo
echo "## Results"
echo
# the run's start (date, load average) and end (load average), as make bench wrote them
started=$(sed -n 1p $d/started 2>/dev/null || true); load0=$(sed -n 2p $d/started 2>/dev/null || true); load1=$(cat $d/ended 2>/dev/null || true)
echo "- Date: ${started:-$(date -u '+%Y-%m-%d %H:%M UTC')}; command: \`$cmd\`"
echo "- Machine: $(nproc) cores, ${cpu:-unknown CPU}, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); load average (1, 5, 15 min) at the start: ${load0:-?}, at the end: ${load1:-?}"
echo "- Java: $jv"
echo
echo "| measure | wirepad | peer | peer's number | wirepad / peer | by CPU time | target | met |"
echo "|---|---:|---|---:|---:|---:|---|---|"
# met A OP B: yes/no
met() { awk -v a="$1" -v b="$3" -v op="$2" 'BEGIN {if (a == "-" || b == "-" || a == "") print "?"; else if ((op == ">=" && a + 0 >= b + 0) || (op == "<=" && a + 0 <= b + 0)) print "yes"; else print "**no**"}'; }
# cpu INPUT PARSER COLUMN: from the CPU-time check (4 ns/message, 5 MB/s, 6 ratio)
cpu() { awk -F'\t' -v k="$1" -v p="$2" -v c="$3" '$1 == "cpu" && $2 == k && $3 == p {print $c}' $d/cputime.tsv 2>/dev/null; }
# both JMH CPU MIN: a ratio target judged by JMH and by CPU time; where they disagree, the table says which meets it
both() {
  j=$(met "$1" ">=" "$3"); c=$(met "${2:--}" ">=" "$3")
  if [ "$c" = "?" ] || [ "$j" = "$c" ]; then echo "$j"; elif [ "$j" = yes ]; then echo "JMH only"; else echo "CPU time only"; fi
}
val() { awk -F'\t' -v k="$2" -v p="$3" -v c="$4" '$1 == "codec" && $2 == k && $3 == p {print $c}' "$1" 2>/dev/null; }
if [ -f $d/codecs.tsv ]; then
  for input in browserGet apiResponse chunkedResponse; do
    label=$input; case $input in browserGet) label="head parse, browser GET (651 B)" ;; apiResponse) label="head parse, API response (490 B)" ;;
      chunkedResponse) label="chunked response (291 B)" ;; esac
    mbs=$(val $d/codecs.tsv $input wirepad 7); mbs=${mbs:--}
    case $input in chunkedResponse) ;; *)
      echo "| $label | $mbs MB/s | - | - | - | $(cpu $input wirepad 5) MB/s | >= 1000 MB/s | $(both "$mbs" "$(cpu $input wirepad 5)" 1000) |"
      # the same head copied into the parser's buffer, as serve's read loop feeds it (no target: the peers read in place)
      copied=$(val $d/codecs.tsv ${input}Copied wirepad 7)
      [ -z "$copied" ] || echo "| $label, copied in (as \`serve\` reads) | $copied MB/s | - | - | - | - | - |  |" ;; esac
    for peer in Netty Jetty RawHTTP; do
      r=$(val $d/codecs.tsv $input $peer 8); pm=$(val $d/codecs.tsv $input $peer 7)
      [ -n "$pm" ] || continue
      [ "$mbs" = - ] && r=-
      target="-"; ok=""
      c=$(cpu $input $peer 6)
      case "$input $peer" in
        "browserGet Netty"|"apiResponse Netty") target=">= 2.5x"; ok=$(both "$r" "$c" 2.5) ;;
        "chunkedResponse Jetty") target=">= 1.5x"; ok=$(both "$r" "$c" 1.5) ;;
      esac
      echo "| $label | $mbs MB/s | $peer | $pm MB/s | $r$([ "$r" = - ] || echo x) | ${c:--}$([ -z "$c" ] || echo x) | $target | $ok |"
    done
  done
  for op in decode encode; do
    own=$(val $d/codecs.tsv $op wirepad 5); peer=$(val $d/codecs.tsv $op dnsjava 5); r=$(val $d/codecs.tsv $op dnsjava 8)
    [ -n "$own" ] && [ -n "$peer" ] || continue
    c=$(cpu $op dnsjava 6)
    echo "| DNS $op, typical response (190 B) | $own msg/s | dnsjava | $peer msg/s | ${r}x | ${c:--}$([ -z "$c" ] || echo x) | >= 2x | $(both "$r" "$c" 2) |"
  done
fi
if [ -f $d/servers.tsv ]; then
  s() { awk -F'\t' -v k="$1" -v p="$2" -v c="$3" '$1 == k && $2 == p {print $c}' $d/servers.tsv; }
  echo "| serve echo, wrk 16 keep-alive conns | $(s server wirepad 3) req/s | nginx, 1 worker | $(s server nginx 3) req/s | $(s server nginx 4)x | - | >= 0.5x | $(met "$(s server nginx 4)" ">=" 0.5) |"
  echo "| serve echo, wrk 16 keep-alive conns | $(s server wirepad 3) req/s | JDK HttpServer | $(s server jdk 3) req/s | $(s server jdk 4)x | - | >= 2x | $(met "$(s server jdk 4)" ">=" 2) |"
  echo "| 30 MB upload through serve echo (curl) | $(s upload wirepad 3) MB/s | - | - | - | - | >= 100 MB/s | $(met "$(s upload wirepad 3)" ">=" 100) |"
fi
if [ -f $d/startup.tsv ]; then
  t() { awk -F'\t' -v k="$1" -v c="$2" '$1 == "startup" && $2 == k {print $c}' $d/startup.tsv; }
  echo "| one-shot send (mean) | $(t send 3) ms | java -version | $(t java-version 3) ms | $(t send 4)x | - | <= 2x | $(met "$(t send 4)" "<=" 2) |"
  echo "| REPL first prompt (median, tmux) | $(t repl 3) ms | - | - | - | - | <= 300 ms | $(met "$(t repl 3)" "<=" 300) |"
fi
