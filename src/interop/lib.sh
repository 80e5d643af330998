# The helpers every interop script shares; sourced, never run:
#
#   . src/interop/lib.sh NAME     (from the repository's root, in bash, after `set -u`)
#
# It sets WIREPAD (and W, the same), tmp (and T, the same: a fresh directory, removed at the end),
# pids (background processes, ended at the end), pass, fail and skip, and defines:
#   ok NAME                  a check passed:           "ok   NAME"
#   bad NAME [DETAIL...]     a check failed:           "FAIL NAME", then each detail indented (20 lines each at most)
#   skip NAME WHY            a check could not run:    "SKIP NAME: WHY"; a FAIL when CI=true (CI installs every tool)
#   have TOOL PKG NAME       true if TOOL is on PATH; otherwise skip NAME (TOOL and its Debian package named)
#   check NAME GOT WANT      ok if GOT = WANT, else bad with the difference
#   finish                   "NAME interop: N passed, N failed", then exit 1 if anything failed, else 0
#   free_port                a loopback port free for both TCP and UDP
#   wait_port PORT           true once 127.0.0.1:PORT accepts a TCP connection (5 s at most)
#   serve LOG ARGS...        `wirepad serve ARGS...` in the background; sets port and serve_pid (see below)
#   stop PID...              ends processes (and their process groups), bounded, and forgets them
#   start_nsd CONF           NSD in the foreground from CONF, in its own process group; sets nsd_pid
#   nsd_server_conf PORT     the server and remote-control parts of an NSD config kept whole in $tmp
#   canon                    dig's answer lines in one comparable form (a filter)
#   start_nginx PORT LEVEL [DIRECTIVES]  nginx serving $tmp/www on 127.0.0.1:PORT; true once it accepts
[ -n "${BASH_VERSION:-}" ] || { echo "src/interop/lib.sh needs bash" >&2; exit 2; }
interop_name=${1:?usage: . src/interop/lib.sh NAME}
WIREPAD=${WIREPAD:-bin/wirepad}
W=$WIREPAD
[ -f build/wirepad.jar ] || { echo "$interop_name interop: build/wirepad.jar missing (run make)" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wirepad-$interop_name-interop.XXXXXX") || exit 2
T=$tmp
pids=()
pass=0 fail=0 skip=0

# stop PID...: TERM to each (to its whole process group when it leads one, as NSD started with setsid
# does), then up to 5 s for them to go, then KILL; each is reaped and dropped from pids, so that the
# end of the script signals no stale id.
stop() {
    local p q _ keep=()
    for p in "$@"; do kill -- "-$p" 2>/dev/null || kill "$p" 2>/dev/null; done
    for p in "$@"; do
        for _ in $(seq 1 50); do
            kill -0 -- "-$p" 2>/dev/null || kill -0 "$p" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL -- "-$p" 2>/dev/null || kill -KILL "$p" 2>/dev/null
        wait "$p" 2>/dev/null
    done
    for q in "${pids[@]}"; do
        for p in "$@"; do [ "$q" = "$p" ] && continue 2; done
        keep+=("$q")
    done
    pids=("${keep[@]}")
}
interop_cleanup() {
    [ "${#pids[@]}" -gt 0 ] && stop "${pids[@]}"
    rm -rf "$tmp"
}
trap interop_cleanup EXIT
trap 'exit 130' INT TERM

ok()  { pass=$((pass + 1)); echo "ok   $1"; }
bad() {
    local l
    fail=$((fail + 1)); echo "FAIL $1"; shift
    for l in "$@"; do [ -n "$l" ] && printf '%s\n' "$l" | head -20 | sed 's/^/       /'; done
    return 0
}
skip() {
    if [ "${CI:-}" = true ]; then bad "$1" "$2, and CI=true"
    else skip=$((skip + 1)); echo "SKIP $1: $2"; fi
}
have() {
    command -v "$1" >/dev/null 2>&1 && return 0
    skip "$3" "$1 is not installed (apt-get install -y $2)"
    return 1
}
check() {
    if [ "$2" = "$3" ]; then ok "$1"
    else bad "$1" "want: $3" "got:  $2"; fi
}
finish() {
    [ "$skip" -gt 0 ] && echo "($skip skipped: tools missing)"
    echo "$interop_name interop: $pass passed, $fail failed"
    [ "$fail" -eq 0 ]
    exit
}

# The OS picks a port, bound for TCP and for UDP at once; a server started right after takes it.
free_port() { python3 -c 'import socket
s=socket.socket(); s.bind(("127.0.0.1",0)); p=s.getsockname()[1]
u=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); u.bind(("127.0.0.1",p)); print(p)'; }
wait_port() { local _; for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }

# serve LOG ARGS...: runs `wirepad serve ARGS...` (ARGS with --port 0) in the background, its output
# in LOG, and sets serve_pid, and port from its first line that names one: "... listening on
# 127.0.0.1:PORT ..." (HTTP servers), "dns: listening on 127.0.0.1 port PORT (udp+tcp)", "dns-lab: ...,
# port PORT (udp+tcp)". 30 s at most (a JVM starts slowly on a busy machine); false, with port empty,
# when no such line comes or the server exits first.
serve() {
    local log=$1 _; shift
    "$WIREPAD" serve "$@" >"$log" 2>&1 &
    serve_pid=$!
    pids+=("$serve_pid")
    for _ in $(seq 1 300); do
        port=$(listening_port "$log")
        [ -n "$port" ] && return 0
        kill -0 "$serve_pid" 2>/dev/null || break
        sleep 0.1
    done
    port=$(listening_port "$log")
    [ -n "$port" ]
}
listening_port() { sed -n 's/.*listening on [0-9.]*:\([0-9]*\).*/\1/p; s/.* port \([0-9]*\) (udp+tcp).*/\1/p' "$1" 2>/dev/null | head -1; }

# canon: answer-section lines (dig or kdig) in one form: fields separated by one space, sorted; RFC 3597
# unknown data (\# LEN HEX) in lower case, since its hex digits may be written in either (RFC 3597 §5).
canon() { awk 'NF && $1 !~ /^;/ { $1 = $1; if ($0 ~ /\\# /) $0 = tolower($0); print }' | sort; }

# NSD runs in the foreground (-d) from a config in $tmp: loopback only, no chroot, no user switch, no
# database, no remote control, all state files in $tmp. It is started with setsid so that stop ends
# its whole process group (xfrd, main, and server processes). Its output goes to $tmp/nsd.out.
nsd_server_conf() {
    cat <<NSDCONF
server:
    ip-address: 127.0.0.1@$1
    port: $1
    do-ip4: yes
    do-ip6: no
    username: ""
    chroot: ""
    database: ""
    zonesdir: "$tmp"
    pidfile: "$tmp/nsd.pid"
    xfrdfile: "$tmp/nsd.xfrd.state"
    xfrdir: "$tmp"
    zonelistfile: "$tmp/nsd.zone.list"
    logfile: "$tmp/nsd.log"
    server-count: 1
    verbosity: 1
remote-control:
    control-enable: no
NSDCONF
}
start_nsd() {
    if command -v setsid >/dev/null 2>&1; then setsid nsd -d -c "$1" >"$tmp/nsd.out" 2>&1 &
    else nsd -d -c "$1" >"$tmp/nsd.out" 2>&1 & fi
    nsd_pid=$!
    pids+=("$nsd_pid")
}

# start_nginx PORT LEVEL [DIRECTIVES]: nginx in the foreground from $tmp/nginx/nginx.conf, one worker,
# serving $tmp/www on 127.0.0.1:PORT (DIRECTIVES go inside its server block), errors at LEVEL and
# up on stderr ($tmp/nginx.log). True once it accepts connections.
start_nginx() {
    mkdir -p "$tmp/nginx/logs" "$tmp/www"
    chmod 755 "$tmp"; chmod -R a+rX "$tmp/www"   # nginx workers run as an unprivileged user
    cat >"$tmp/nginx/nginx.conf" <<CONF
daemon off; pid $tmp/nginx/nginx.pid; error_log stderr $2; worker_processes 1;
events { worker_connections 64; }
http { access_log off; client_body_temp_path $tmp/nginx/cb; proxy_temp_path $tmp/nginx/p; fastcgi_temp_path $tmp/nginx/f;
       uwsgi_temp_path $tmp/nginx/u; scgi_temp_path $tmp/nginx/s; default_type application/octet-stream;
       server { listen 127.0.0.1:$1; root $tmp/www;${3:+ $3} } }
CONF
    nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" >"$tmp/nginx.log" 2>&1 &
    pids+=($!)
    wait_port "$1"
}
