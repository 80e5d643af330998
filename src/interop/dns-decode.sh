#!/usr/bin/env bash
# DNS decode interop: wirepad's decoder against Knot's kdig and Wireshark's tshark, on replies that
# real authoritative servers (Knot DNS and NSD) wrote, on loopback only.
#
#   src/interop/dns-decode.sh     (the Makefile's 'interop' target runs it after 'make all')
#
# 1. knotd and nsd serve decode.lab, a zone written here with many types (the modern ones too:
#    DS, CDS, DNSKEY, CDNSKEY, RRSIG, NSEC, NSEC3PARAM, CSYNC, ZONEMD, SVCB, HTTPS, TLSA, SSHFP,
#    NAPTR, DNAME, LOC, HINFO, RP, AFSDB, RT, PX (NSD only), URI, a CAA tag of 20 letters, an
#    IPv4-mapped AAAA).
# 2. src/interop/dns-decode.py (python3, standard library only) asks both servers every name and type, four ways
#    (no EDNS; EDNS 1232; EDNS with DO and NSID and the name in mixed case; EDNS 512, which may set
#    TC), plus NXDOMAIN, NODATA, a referral and CH TXT, and a query signed with TSIG by a key the
#    servers do not know (their NOTAUTH reply carries a TSIG record), and keeps each reply's bytes.
#    Knot also signs signed.lab (NSEC3), so replies with DO carry real RRSIGs and NSEC3 records.
# 3. Each reply is decoded with 'wirepad dns decode --json' and compared field by field with
#    - kdig asking the same question the same way: status, flags, counts, EDNS version/DO/UDP
#      size/NSID, and every record of every section (owner, TTL, class, type, RDATA);
#    - tshark reading all replies from a pcap written by the script: id, flags, counts, question,
#      the owner/type/class/TTL of every record, and the type-specific fields tshark has (A, AAAA,
#      CNAME, NS, MX, SRV, CAA tag, DS key id, RRSIG, NSEC and NSEC3 (bit maps too), NAPTR, RP,
#      AFSDB, DNAME, TLSA, SSHFP, SVCB keys, HINFO, PX, TSIG), and the DNSKEY key tag that
#      wirepad's --annotate view computes. The TSIG replies are compared with tshark only (kdig
#      cannot send the same unknown-key query).
#    RDATA text is compared after one normalisation: blanks collapsed, numbers with a zero fraction
#    written without it (kdig prints LOC "23 N ... -2m" where wirepad, like BIND, prints
#    "23.000 N ... -2.00m"); NSEC3 RDATA is compared without case (base32hex may be either,
#    RFC 4648 §7: kdig and tshark print lower case, wirepad upper case as BIND does). Owner names
#    are compared without case with kdig (which prints them in lower case) and exactly with tshark.
# 4. wirepad serve dns reads the same zone file (all these types through its zone-file parser) and
#    answers every name and type as NSD does, as kdig prints the answer sections.
# Needs knotd (knot), nsd, kdig (knot-dnsutils), tshark, python3. A missing tool SKIPs its checks,
# unless CI=true: then it is a failure. The last line is always "dns-decode interop: N passed, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 2

. src/interop/lib.sh dns-decode
PATH=$PATH:/usr/sbin
have python3 python3 "dns decode interop (capture and comparison)" || finish
have kdig knot-dnsutils "dns decode interop: kdig's view" || finish

# --- the zone: every type below is served by both servers (PX by NSD only: Knot has no PX) ---
cat >"$tmp/decode.lab.zone" <<'ZONE'
$ORIGIN decode.lab.
$TTL 3600
@        SOA   ns1 hostmaster 2024010101 7200 3600 1209600 300
@        NS    ns1
ns1      A     127.0.0.1
www      A     192.0.2.1
www      A     192.0.2.2
www      AAAA  2001:db8::1
mapped   AAAA  ::ffff:192.0.2.1
@        MX    10 mail
mail     A     192.0.2.25
txt      TXT   "hello world" "second \"q\"" "\000\255"
alias    CNAME www
_sip._udp SRV  0 5 5060 sip
sip      A     192.0.2.60
@        CAA   0 issue "ca.example.net"
@        CAA   \# 30 80 14 6162636465666768696a6b6c6d6e6f7071727374 6c6f6e6720746167
host     HINFO "INTEL-386" "Linux"
rp       RP    louie.trantor rp-txt
afs      AFSDB 1 afsdb-host
rt       RT    10 relay
naptr    NAPTR 100 10 "S" "SIP+D2U" "" _sip._udp
naptr    NAPTR 102 10 "u" "E2U+sip" "!^.*$!sip:info@example.com!" .
dname    DNAME other.lab.
loc      LOC   52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m
loc2     LOC   42 21 54 S 71 06 18 W 24m 30m
secure   DS    60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118
secure   CDS   60485 5 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D
@        DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==
@        CDNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==
sshfp    SSHFP 4 2 123456789ABCDEF67890123456789ABCDEF67890123456789ABCDEF123456789
_443._tcp.www TLSA 3 1 1 D2ABDE240D7CD3EE6B4B28C54DF034B97983A1D16E8A410E4561CB106618E971
svc      SVCB  0 pool.svc
svc2     SVCB  1 . alpn=h2,h3 port=8443 ipv4hint=192.0.2.1,192.0.2.2 ipv6hint=2001:db8::1,::ffff:192.0.2.9 mandatory=alpn,port no-default-alpn ech=AAECAw==
@        HTTPS 1 . alpn=h2
_ftp._tcp URI  10 1 "ftp://ftp1.example.com/public"
csync    CSYNC 66 3 A NS AAAA
@        NSEC3PARAM 1 0 0 -
nsec     NSEC  host.decode.lab. A MX RRSIG NSEC TYPE1234
sig      RRSIG A 13 3 3600 20260101000000 20251201000000 12345 decode.lab. CgsM
md       ZONEMD 2024010101 1 1 7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f
sub      NS    ns.sub
ns.sub   A     127.0.0.3
ZONE
# signed.lab: Knot signs it itself (keys made at load, NSEC3 with a salt), so its replies carry real
# RRSIG, DNSKEY, CDS, CDNSKEY, NSEC3 and NSEC3PARAM records
cat >"$tmp/signed.lab.zone" <<'ZONE'
$ORIGIN signed.lab.
$TTL 3600
@        SOA   ns1 hostmaster 1 7200 3600 1209600 300
@        NS    ns1
ns1      A     127.0.0.1
www      A     192.0.2.1
www      TXT   "signed"
ZONE
cp "$tmp/decode.lab.zone" "$tmp/nsd.zone"
# (names in lower case: NSD keeps PX's names in lower case whatever the zone says)
echo 'px       PX    10 net2.it. prmd-net2.admd-p400.c-it.' >>"$tmp/nsd.zone"

# up PORT: the server answers an SOA query within 10 s
up() { for _ in $(seq 1 50); do kdig @127.0.0.1 -p "$1" +time=1 +retry=0 +short decode.lab SOA 2>/dev/null | grep -q hostmaster && return 0; sleep 0.2; done; return 1; }

servers=()
if have knotd knot "Knot DNS serves decode.lab"; then
    kport=$(free_port)
    mkdir -p "$tmp/knot/db/keys"
    cat >"$tmp/knot/knot.conf" <<KNOT
server:
    listen: 127.0.0.1@$kport
    rundir: $tmp/knot
database:
    storage: $tmp/knot/db
policy:
  - id: nsec3
    algorithm: ecdsap256sha256
    nsec3: on
    nsec3-iterations: 0
    nsec3-salt-length: 4
template:
  - id: default
    storage: $tmp
    zonefile-sync: -1
    journal-content: none
    semantic-checks: off
zone:
  - domain: decode.lab
    file: decode.lab.zone
  - domain: signed.lab
    file: signed.lab.zone
    dnssec-signing: on
    dnssec-policy: nsec3
log:
  - target: stderr
    any: info
KNOT
    knotd -c "$tmp/knot/knot.conf" >"$tmp/knot/log" 2>&1 &
    pids+=($!)
    if up "$kport"; then ok "Knot DNS $(knotd --version | sed 's/.*version //') serves decode.lab and signed.lab (which it signs, NSEC3) on 127.0.0.1 port $kport"; servers+=("knot:$kport")
    else bad "Knot DNS starts and loads decode.lab" "$(tail -5 "$tmp/knot/log")"; fi
fi
if have nsd nsd "NSD serves decode.lab"; then
    nport=$(free_port)
    { nsd_server_conf "$nport"; printf 'zone:\n    name: "decode.lab"\n    zonefile: "%s"\n' "$tmp/nsd.zone"; } >"$tmp/nsd.conf"
    start_nsd "$tmp/nsd.conf"
    if up "$nport"; then ok "NSD $(nsd -v 2>&1 | sed -n '1s/.*version //p') serves decode.lab on 127.0.0.1 port $nport"; servers+=("nsd:$nport")
    else bad "NSD starts and loads decode.lab" "$(cat "$tmp/nsd.log" "$tmp/nsd.out" 2>/dev/null | tail -5)"; fi
fi
[ "${#servers[@]}" -gt 0 ] || finish

tshark_ok=0
have tshark tshark "dns decode interop: tshark's view" && tshark_ok=1

# --- capture, decode, compare: src/interop/dns-decode.py (python3, standard library only) ---
python3 src/interop/dns-decode.py "$tmp" "$WIREPAD" "$tshark_ok" "${servers[@]}" >"$tmp/report" 2>"$tmp/report.err"
status=$?


while IFS= read -r line; do
    case $line in
        "ok   "*) pass=$((pass + 1)); echo "$line" ;;
        "FAIL "*) fail=$((fail + 1)); echo "$line" ;;
        *) echo "$line" ;;
    esac
done <"$tmp/report"
if [ "$status" -ne 0 ]; then bad "the capture and comparison script ran to its end" "$(tail -5 "$tmp/report.err")"; fi

# --- the same zone read by wirepad's zone-file parser: wirepad serve dns answers as NSD does ---
# (every name and type of the zone but ANY, which NSD answers per RFC 8482 and wirepad with the whole
# node, and the name below the DNAME, whose CNAME wirepad's server does not synthesize)
serve "$tmp/wirepad-server.log" dns --zone "$tmp/nsd.zone" --port 0; wport=$port
if [ -z "$wport" ]; then bad "wirepad serve dns reads decode.lab (every type above)" "$(head -5 "$tmp/wirepad-server.log")"
elif [ -z "${nport:-}" ] || ! printf '%s\n' "${servers[@]}" | grep -q '^nsd:'; then
    skip=$((skip + 1)); echo "SKIP wirepad serve dns = NSD: NSD is not running"   # (not a missing tool: no FAIL in CI)
else
    same=0 differ=()
    for q in "decode.lab SOA" "decode.lab NS" "decode.lab MX" "decode.lab CAA" "decode.lab DNSKEY" "decode.lab CDNSKEY" \
             "decode.lab HTTPS" "decode.lab NSEC3PARAM" "www.decode.lab A" "www.decode.lab AAAA" "mapped.decode.lab AAAA" \
             "txt.decode.lab TXT" "alias.decode.lab CNAME" "_sip._udp.decode.lab SRV" "host.decode.lab HINFO" "rp.decode.lab RP" \
             "afs.decode.lab AFSDB" "rt.decode.lab RT" "naptr.decode.lab NAPTR" "dname.decode.lab DNAME" "loc.decode.lab LOC" \
             "loc2.decode.lab LOC" "secure.decode.lab DS" "secure.decode.lab CDS" "sshfp.decode.lab SSHFP" \
             "_443._tcp.www.decode.lab TLSA" "svc.decode.lab SVCB" "svc2.decode.lab SVCB" "_ftp._tcp.decode.lab URI" \
             "csync.decode.lab CSYNC" "nsec.decode.lab NSEC" "sig.decode.lab RRSIG" "md.decode.lab ZONEMD" "px.decode.lab TYPE26"; do
        # shellcheck disable=SC2086
        want=$(kdig @127.0.0.1 -p "$nport" +time=3 +retry=1 +noall +answer $q 2>&1 | canon)
        # shellcheck disable=SC2086
        got=$(kdig @127.0.0.1 -p "$wport" +time=3 +retry=1 +noall +answer $q 2>&1 | canon)
        if [ -n "$want" ] && [ "$got" = "$want" ]; then same=$((same + 1)); else differ+=("$q: NSD: $(echo "$want" | head -2 | tr '\n' '|') wirepad: $(echo "$got" | head -2 | tr '\n' '|')"); fi
    done
    if [ "${#differ[@]}" -eq 0 ]; then ok "wirepad serve dns reads decode.lab and answers $same questions as NSD does (kdig's answer sections)"
    else bad "wirepad serve dns answers differ from NSD for ${#differ[@]} questions" "${differ[@]:0:8}"; fi
fi
stop "$serve_pid"
finish
