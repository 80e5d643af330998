#!/usr/bin/env bash
# Zones interop: wirepad's authoritative server against Knot DNS (knotd) serving the same zone file,
# on loopback only. Every name the zone has, and the names around it (wildcard-covered names, names
# below a wildcard, below an existing name, under an empty non-terminal, below a delegation, and
# names that do not exist), asked with every type the zone has, of both servers with dig; the
# status, the flags (AA, TC ...) and the answer, authority and additional sections (one canonical
# line per record, sorted) must be the same. The zone's names and types come from an AXFR of
# Knot's copy, so a record added to the zone is checked without editing this script. Every owner
# and type is asked once more without EDNS (+ignore): the same 512-byte replies, TC=1 where needed.
# Without an argument it then does the same for a zone split over files with $INCLUDE (a path
# relative to the including file, nested, with and without an origin argument, $ORIGIN changed
# inside an included file): knotd reads $INCLUDE as wirepad does. And $GENERATE, which Knot does not
# read, against BIND's own expansion of it (named-checkzone -D, Debian: bind9-utils): every record
# BIND makes must be what wirepad answers for that name and type.
#
#   src/interop/zones.sh [ZONE_FILE]     (default examples/example.lab.zone; 'make interop' runs it)
#
# Needs dig (Debian: bind9-dnsutils) and knotd (Debian: knot). knotd runs as the current user from
# a config in a temp dir (rundir, storage and journal there too, the zone file read in place and
# never written back), on a free loopback port, and is ended when the script ends. A missing tool
# makes the checks SKIP, unless CI=true: then it is a failure.
# The last line is always "zones interop: N passed, N failed".
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -u
cd "$(dirname "$0")/../.." || exit 2
export PATH="$PATH:/usr/sbin:/sbin"

ZONE=${1:-examples/example.lab.zone}
TIMEOUT=${DNS_INTEROP_TIMEOUT:-3}
. src/interop/lib.sh zones
have dig bind9-dnsutils "zones interop" && have knotd knot "zones interop" || finish

# The origin: the owner of the SOA, as wirepad reads the file (its "zone NAME (N records)" line).
serve "$tmp/wirepad.log" dns --zone "$ZONE" --port 0 || { bad "wirepad serve dns starts" "$(cat "$tmp/wirepad.log")"; finish; }
wport=$port
origin=$(sed -n 's/^dns: zone \([^ ]*\) (.*/\1/p' "$tmp/wirepad.log" | head -1)
echo "wirepad serve dns: zone $origin on 127.0.0.1 port $wport"

# --- knotd from a config in $tmp, on a free port (retried if another process takes it first) ---
mkdir -p "$tmp/run" "$tmp/storage"
case $ZONE in /*) zone_abs=$ZONE ;; *) zone_abs=$PWD/$ZONE ;; esac
kport=
for try in 1 2 3 4 5; do
    p=$((20000 + RANDOM % 40000))
    if command -v ss >/dev/null 2>&1 && [ -n "$(ss -Hlnut "sport = :$p" 2>/dev/null)" ]; then continue; fi
    cat >"$tmp/knot.conf" <<KNOTCONF
server:
    rundir: "$tmp/run"
    listen: 127.0.0.1@$p
    udp-workers: 1
    tcp-workers: 1
    background-workers: 1
log:
  - target: "$tmp/knot.log"
    any: info
database:
    storage: "$tmp/storage"
acl:
  - id: local-transfer
    address: 127.0.0.1
    action: transfer
template:
  - id: default
    storage: "$tmp/storage"
    zonefile-sync: -1
    zonefile-load: whole
    journal-content: none
    semantic-checks: off
zone:
  - domain: $origin
    file: "$zone_abs"
    acl: local-transfer
KNOTCONF
    : >"$tmp/knot.log"
    knotd -c "$tmp/knot.conf" >"$tmp/knot.out" 2>&1 &
    knot_pid=$!; pids+=("$knot_pid")
    state=
    for _ in $(seq 1 100); do   # 10 s at most for the zone to be served, over UDP and over TCP (the AXFR below
        # needs TCP: knotd keeps serving UDP when another process holds the TCP port, and then it is a clash)
        if ! kill -0 "$knot_pid" 2>/dev/null; then state=exited; break; fi
        if dig @127.0.0.1 -p "$p" +time=1 +tries=1 +norecurse +short "$origin" SOA 2>/dev/null | grep -q . \
           && dig @127.0.0.1 -p "$p" +time=1 +tries=1 +norecurse +short +tcp "$origin" SOA 2>/dev/null | grep -q .; then state=up; break; fi
        sleep 0.1
    done
    [ "$state" = up ] && { kport=$p; break; }
    stop "$knot_pid"
    grep -qi 'address already in use\|failed to bind' "$tmp/knot.log" "$tmp/knot.out" 2>/dev/null || break
done
if [ -z "$kport" ]; then
    bad "knotd serves $origin" "$(cat "$tmp/knot.log" "$tmp/knot.out" 2>/dev/null | tail -8)"
    finish
fi
ok "knotd $(knotd --version 2>&1 | sed -n '1s/.*version //p') serves $origin from $ZONE on 127.0.0.1 port $kport"

# --- the names and types to ask: from Knot's AXFR of the zone ---
dig @127.0.0.1 -p "$kport" +time="$TIMEOUT" +tries=1 +nocmd +nostats +nocomments "$origin" AXFR >"$tmp/axfr" 2>&1
awk 'NF && $1 !~ /^;/ { print tolower($1) }' "$tmp/axfr" | sort -u >"$tmp/owners"
awk 'NF && $1 !~ /^;/ { print $4 }' "$tmp/axfr" | sort -u >"$tmp/types"
if [ "$(grep -c . "$tmp/owners")" -lt 2 ]; then bad "AXFR of $origin from knotd" "$(head -5 "$tmp/axfr")"; finish; fi
# Delegated names: owners of NS records other than the apex (their data below is glue, not answers).
origin_lc=$(echo "$origin" | tr 'A-Z' 'a-z')
awk -v o="$origin_lc" 'NF && $1 !~ /^;/ && $4 == "NS" && tolower($1) != o { print tolower($1) }' "$tmp/axfr" | sort -u >"$tmp/cuts"
{
    cat "$tmp/owners"
    while read -r n; do
        # every ancestor up to the origin (empty non-terminals), and a name below each owner
        m=$n
        while [ "$m" != "$origin_lc" ] && [ "$m" != . ]; do m=${m#*.}; echo "$m"; done
        echo "zz-below.$n"
        # below a wildcard: a covered name, a covered name two labels deep
        case $n in \*.*) echo "covered.${n#\*.}"; echo "two.deep.${n#\*.}" ;; esac
    done <"$tmp/owners"
    echo "nothere.$origin_lc"
    echo "a.b.nothere.$origin_lc"
} | awk -v o="$origin_lc" '$0 == o || substr($0, length($0) - length(o)) == "." o' | sort -u >"$tmp/names"
types=$(tr '\n' ' ' <"$tmp/types")
echo "asking $(grep -c . "$tmp/names") names x $(grep -c . "$tmp/types") types ($types) of both servers"

# One reply in a canonical form: status and flags, then each section's records (fields separated by
# one space, owner names in lower case, RFC 3597 data in lower case, sorted). The OPT pseudo-section is
# compared too (EDNS version, flags, UDP size); the id and timing lines are dropped.
canonical() {
    awk '
        /^;; ->>HEADER<<-/ { sub(/, id: [0-9]+/, ""); print; next }
        /^;; flags:/ { print; next }
        /^; EDNS:/ { print; next }
        /^;; (ANSWER|AUTHORITY|ADDITIONAL) SECTION:/ { sec = $2; next }
        /^$/ { sec = ""; next }
        sec != "" && $1 !~ /^;/ { $1 = tolower($1); $1 = $1; line = $0; if (line ~ /\\# /) line = tolower(line); print sec " " line | "sort"; }
        END { close("sort") }
    '
}
ask() { dig @127.0.0.1 -p "$1" +time="$TIMEOUT" +tries=1 +norecurse +nocmd +nostats "${@:4}" "$2" "$3" 2>&1; }

n=0 differ=0 synth=0
while read -r name; do
    for type in $types; do
        n=$((n + 1))
        want=$(ask "$kport" "$name" "$type" | canonical)
        got=$(ask "$wport" "$name" "$type" | canonical)
        if [ "$got" != "$want" ] || [ -z "$want" ]; then
            # asked once more, both: a reply lost to a busy machine (a dig time-out) is not a difference
            want=$(ask "$kport" "$name" "$type" | canonical)
            got=$(ask "$wport" "$name" "$type" | canonical)
        fi
        if [ "$got" != "$want" ] || [ -z "$want" ]; then
            differ=$((differ + 1))
            bad "$name $type: wirepad differs from knotd" "knotd:   $(echo "$want" | tr '\n' '|')" "wirepad: $(echo "$got" | tr '\n' '|')"
        fi
    done
done <"$tmp/names"
sleep 0.3   # the server prints its log line after it sent the reply
synth=$(grep -c 'synthesised from the wildcard' "$tmp/wirepad.log")
# each query that agrees counts as one check passed (each that differs failed above)
pass=$((pass + n - differ))
if [ "$differ" -eq 0 ]; then echo "ok   all $n queries: wirepad answers as knotd does (status, flags, sections); $synth answers synthesised from a wildcard"
else echo "     $differ of $n queries differ"; fi

# Truncation: every owner and type again without EDNS (512 bytes, RFC 1035 §4.2.1), +ignore to see the
# UDP reply itself: TC and what is kept in each section must be as knotd's.
tn=0 tdiffer=0
while read -r name; do
    for type in $types; do
        tn=$((tn + 1))
        want=$(ask "$kport" "$name" "$type" +noedns +ignore | canonical)
        got=$(ask "$wport" "$name" "$type" +noedns +ignore | canonical)
        if [ "$got" != "$want" ] || [ -z "$want" ]; then
            want=$(ask "$kport" "$name" "$type" +noedns +ignore | canonical)
            got=$(ask "$wport" "$name" "$type" +noedns +ignore | canonical)
        fi
        if [ "$got" != "$want" ] || [ -z "$want" ]; then
            tdiffer=$((tdiffer + 1))
            bad "$name $type +noedns: wirepad's 512-byte reply differs from knotd's" "knotd:   $(echo "$want" | tr '\n' '|')" "wirepad: $(echo "$got" | tr '\n' '|')"
        fi
    done
done <"$tmp/owners"
pass=$((pass + tn - tdiffer))
[ "$tdiffer" -eq 0 ] && echo "ok   all $tn queries without EDNS: the same 512-byte replies as knotd (TC=1 where they do not fit)"

# The log says when an answer was synthesised (the wildcard and the closest encloser).
if grep -q '^\*\.' "$tmp/owners"; then
    if [ "$synth" -gt 0 ]; then ok "wirepad's log names the wildcard for synthesised answers: $(grep -m1 -o 'synthesised from the wildcard [^)]*)' "$tmp/wirepad.log")"
    else bad "wirepad's log says when an answer was synthesised" "$(tail -3 "$tmp/wirepad.log")"; fi
fi

# $INCLUDE: the same comparison for a zone read from four files (run once more, by this script).
if [ $# -eq 0 ] && [ -z "${ZONES_INCLUDE_RUN:-}" ]; then
    mkdir -p "$tmp/inc/sub"
    cat >"$tmp/inc/main.zone" <<'ZONE'
$ORIGIN inc.lab.
$TTL 300
@ IN SOA ns1 hostmaster 1 3600 600 86400 300
@ IN NS ns1
ns1 IN A 127.0.0.1
$INCLUDE sub/hosts.inc
after IN A 192.0.2.99
$INCLUDE sub/mail.inc mail.inc.lab.
tail IN TXT "the origin is inc.lab. again"
ZONE
    cat >"$tmp/inc/sub/hosts.inc" <<'ZONE'
www IN A 192.0.2.1
$ORIGIN deep.inc.lab.
x IN A 192.0.2.2
$INCLUDE nested.inc
ZONE
    printf 'y IN A 192.0.2.3\n*.wild IN TXT "nested"\n' >"$tmp/inc/sub/nested.inc"
    printf '@ IN MX 10 mx\nmx IN A 192.0.2.25\n*.w IN A 192.0.2.26\n' >"$tmp/inc/sub/mail.inc"
    echo "== the same for a zone split with \$INCLUDE ($tmp/inc/main.zone and sub/*.inc)"
    # run from the repository, not the zone's folder: the paths must be taken relative to the including file
    inc=$(ZONES_INCLUDE_RUN=1 bash src/interop/zones.sh "$tmp/inc/main.zone" 2>&1)
    echo "$inc" | grep -v '^zones interop:' | sed 's/^/  /'
    last=$(echo "$inc" | tail -1)
    p=$(echo "$last" | sed -n 's/^zones interop: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
    f=$(echo "$last" | sed -n 's/^zones interop: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
    if [ -n "$p" ] && [ -n "$f" ]; then pass=$((pass + p)); fail=$((fail + f))
    else bad "the \$INCLUDE comparison ends with its counts" "$last"; fi
fi

# $GENERATE: BIND's expansion (named-checkzone -D) against what wirepad answers, record by record.
if [ $# -eq 0 ] && [ -z "${ZONES_INCLUDE_RUN:-}" ] && have named-checkzone bind9-utils "zones interop"; then
    mkdir -p "$tmp/gen"
    cat >"$tmp/gen/gen.zone" <<'ZONE'
$ORIGIN gen.lab.
$TTL 300
@ IN SOA ns1 hostmaster 1 3600 600 86400 300
@ IN NS ns1
ns1 IN A 127.0.0.1
$GENERATE 1-5 host$ A 192.0.2.$
$GENERATE 0-20/7 r${10,3,d} 60 IN A 198.51.100.${0,0,d}
$GENERATE 10-12 x${0,4,x} CNAME host${-9}
$GENERATE 1-3 $.rev PTR h${0,2,o}.gen.lab.
$GENERATE 250-252 n${0,0,X} TXT v$-${1,3,n}
$GENERATE 1-2 t$ TXT "a b$"
$GENERATE 1-2 @ MX "$ mx$"
$GENERATE 1-2 mx$ AAAA 2001:db8::$
$GENERATE 14-15 ${0,0,n}.nib PTR n$.gen.lab.
ZONE
    if ! named-checkzone -q -D -o "$tmp/gen/bind.txt" gen.lab. "$tmp/gen/gen.zone" >"$tmp/gen/bind.err" 2>&1; then
        bad "named-checkzone reads the \$GENERATE zone" "$(head -3 "$tmp/gen/bind.err")"
    else
        serve "$tmp/gen/wirepad.log" dns --zone "$tmp/gen/gen.zone" --port 0; gport=$port
        if [ -z "$gport" ]; then bad "wirepad serve dns reads the \$GENERATE zone" "$(head -3 "$tmp/gen/wirepad.log")"
        else
            # one line per record: owner (lower case), TTL, class, type, data; fields separated by one blank
            norm() { awk 'NF && $1 !~ /^;/ { $1 = tolower($1); $1 = $1; print }' | sort; }
            norm <"$tmp/gen/bind.txt" >"$tmp/gen/bind.norm"
            awk '{ print $1, $4 }' "$tmp/gen/bind.norm" | sort -u | while read -r name type; do
                dig @127.0.0.1 -p "$gport" +time="$TIMEOUT" +tries=2 +norecurse +noall +answer "$name" "$type" 2>&1
            done | norm >"$tmp/gen/wirepad.norm"
            nrec=$(grep -c . "$tmp/gen/bind.norm")
            if diff "$tmp/gen/bind.norm" "$tmp/gen/wirepad.norm" >"$tmp/gen/diff"; then
                ok "\$GENERATE: the $nrec records BIND's named-checkzone makes of the zone are what wirepad answers"
            else bad "\$GENERATE: wirepad should answer the records BIND makes (< BIND, > wirepad)" "$(head -8 "$tmp/gen/diff")"; fi
        fi
        stop "$serve_pid"
    fi
fi
finish
