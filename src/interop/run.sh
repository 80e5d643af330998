#!/usr/bin/env bash
# make interop: every interop script under src/interop (each ends with "NAME interop: N passed, N failed").
cd "$(dirname "$0")/../.." || exit 2
status=0
for s in src/interop/http.sh src/interop/strict.sh src/interop/dns.sh src/interop/dns-decode.sh src/interop/dns-abuse.sh src/interop/zones.sh src/interop/lab.sh src/interop/expect.sh src/interop/abuse.sh; do
  [ -f "$s" ] || continue
  echo "== $s"
  bash "$s" || status=1
done
exit $status
